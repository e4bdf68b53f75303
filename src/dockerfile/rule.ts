/**
 * Analyse stage, Dockerfile engine: what a rule is and what it reports. Each rule lives in its own
 * file under `rules/`, with a bad and a good example that the tests (and the rule's page) run
 * through the engine.
 */
import type { DockerfileModel } from './model.ts';

/** error > warning > info > style, as in hadolint. */
export type Severity = 'error' | 'warning' | 'info' | 'style';

/** Where a rule comes from: hadolint's ids and semantics, BuildKit build checks, or ours. */
export type RuleSource = 'hadolint' | 'buildkit' | 'shipshape';

/**
 * Settings from a hadolint configuration (`.hadolint.yaml`) that some rules read; the loader
 * (suppressions and config) fills it in, and every field is optional so rules work without one.
 */
export interface RuleConfig {
  /** `trustedRegistries`: registries FROM (and `--from`) may pull from (DL3026); `*` globs. */
  trustedRegistries?: readonly string[] | undefined;
  /**
   * `label-schema`: label name to type (`text`, `url`, `spdx`, `hash`, `rfc3339`, `semver`,
   * `email`), for the label rules DL3049–DL3058.
   */
  labelSchema?: Readonly<Record<string, string>> | undefined;
  /** `strict-labels`: labels outside the schema are reported (DL3050). */
  strictLabels?: boolean | undefined;
  /**
   * The platform the build targets, `os/arch[/variant]` (the CLI's `--platform`, as docker
   * build's); undefined: unknown, and InvalidBaseImagePlatform checks only `FROM --platform`.
   */
  platform?: string | undefined;
  /**
   * The platforms base images are published for, by reference as written after FROM
   * (`python:3.13-slim`): from the sourced dataset (`content/data/base-images.yaml`) or a test.
   * An image not named here is not checked (InvalidBaseImagePlatform).
   */
  imagePlatforms?: Readonly<Record<string, readonly string[]>> | undefined;
}

export interface RuleContext {
  model: DockerfileModel;
  /**
   * True when linting a snippet (a few lines out of a larger file, e.g. a code block without
   * FROM): rules about the file as a whole (`scope: 'file'`) do not run.
   */
  fragment: boolean;
  /** Whether a `.dockerignore` sits beside the Dockerfile; undefined when the folder is unknown. */
  hasDockerignore: boolean | undefined;
  /**
   * The `.dockerignore` patterns beside the Dockerfile, as `rules-shared/dockerignore.ts` reads
   * them (empty when there is none); undefined when the folder is unknown.
   */
  dockerignore?: readonly string[] | undefined;
  /** Settings from a hadolint configuration file, when one was given. */
  config?: RuleConfig | undefined;
}

/** Hadolint's label types (`label-schema` values). */
export type LabelType = 'email' | 'hash' | 'text' | 'rfc3339' | 'semver' | 'spdx' | 'url';

/** What a rule's check returns; the engine adds rule id, severity and links. */
export interface RuleHit {
  line: number;
  endLine: number;
  message: string;
}

/**
 * What a rule checks: everything the engine needs to run it. Its words for people (`RuleText`)
 * are a separate export of the same file, so a bundle that only lints (the browser entry) leaves
 * them out; the rule pages and the CLI's SARIF rule list join both (`rules/texts.ts`).
 */
export interface Rule {
  /** `DL3042`, `FromAsCasing`, or our own `SS001`… */
  id: string;
  source: RuleSource;
  severity: Severity;
  /**
   * Ids in another rule set that name the same problem (e.g. DL3025 and JSONArgsRecommended);
   * when both fire, each finding keeps its own line and names the other in `related`.
   */
  sameAs: string[];
  /**
   * Hadolint's "ignore" severity: the rule runs only when asked for (a configuration, or an
   * explicit rule list), never by default (DL1001, DL3057).
   */
  defaultOff?: boolean;
  /** `file` rules need the whole Dockerfile (missing USER, missing HEALTHCHECK…). */
  scope: 'file' | 'any';
  check(context: RuleContext): RuleHit[];
}

/** A rule's words for people: its page, the findings panels, SARIF's rule descriptions. */
export interface RuleText {
  /** Short title, e.g. "Avoid pip's cache". */
  title: string;
  /** What it checks, one or two sentences. */
  description: string;
  /** Why it matters, for the rule's page. */
  rationale: string;
  /** Upstream documentation (hadolint wiki, docs.docker.com build checks); ours: undefined. */
  upstreamUrl: string | undefined;
  /**
   * A Dockerfile this rule fires on, and the same file fixed; both are checked by tests.
   * `dockerignore`: the `.dockerignore` beside both, for rules that read it.
   */
  examples: {
    bad: string;
    good: string;
    dockerignore?: string;
    /** The configuration both examples are linted with (rules that read one, e.g. DL3026). */
    config?: RuleConfig;
  };
}

/** A rule with its words, as the rule pages and the CLI's formats read it. */
export interface DescribedRule extends Rule, RuleText {}

/** A finding of a related rule (see `Finding.related`). */
export interface RelatedFinding {
  rule: string;
  line: number;
}

/** One finding as the engine reports it. */
export interface Finding {
  rule: string;
  /**
   * The same problem as another rule set reports it (a `sameAs` rule), each at its own line:
   * hadolint's DL4003 flags the later CMD, BuildKit's MultipleInstructionsDisallowed the earlier.
   */
  related: RelatedFinding[];
  severity: Severity;
  line: number;
  endLine: number;
  message: string;
  /** Address of the rule's page in the guide, e.g. `/rules/dl3042/`. */
  url: string;
}
