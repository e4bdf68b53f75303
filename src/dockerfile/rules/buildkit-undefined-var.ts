/**
 * Analyse stage, Dockerfile engine: BuildKit's UndefinedVar check. Reports a `$VAR` that the
 * builder itself expands (in ENV, LABEL, ARG defaults, COPY, ADD, WORKDIR, USER, VOLUME,
 * STOPSIGNAL and RUN `--mount` options) when nothing defines it: no ARG or ENV before it in the
 * stage or a stage it builds on, and not the base image's environment. Shell text (RUN, and the
 * shell form of CMD and ENTRYPOINT) is the shell's business and is not read. We only know the
 * environment of common official base images; a stage built on any other image is skipped
 * rather than guessed at.
 */
import type { Instruction, Stage } from '../model.ts';
import { splitWords } from '../parse/text.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { PLATFORM_ARGS } from '../rules-shared/platform-args.ts';
import { stageLineage } from '../rules-shared/stage-lineage.ts';
import { suggestName } from '../rules-shared/suggest-name.ts';
import { MAX_SUBSTITUTION_DEPTH, scopeReader } from '../scope.ts';

const JAVA = ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'];

/** ENV set by official images (Docker Hub names), beyond the PATH every image has. */
const IMAGE_ENV: Record<string, readonly string[]> = {
  scratch: [], alpine: [], busybox: [], debian: [], ubuntu: [], fedora: [], centos: [],
  rockylinux: [], almalinux: [], amazonlinux: [], archlinux: [], oraclelinux: [],
  python: ['LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION',
    'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256'],
  node: ['NODE_VERSION', 'YARN_VERSION'],
  golang: ['GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH'],
  ruby: ['LANG', 'RUBY_MAJOR', 'RUBY_VERSION', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256',
    'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  'eclipse-temurin': JAVA, openjdk: JAVA, amazoncorretto: JAVA,
  maven: [...JAVA, 'MAVEN_HOME', 'MAVEN_CONFIG'],
  gradle: [...JAVA, 'GRADLE_HOME', 'GRADLE_VERSION'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  php: ['PHPIZE_DEPS', 'PHP_INI_DIR', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS',
    'PHP_VERSION', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256', 'APACHE_CONFDIR', 'APACHE_ENVVARS'],
  postgres: ['LANG', 'GOSU_VERSION', 'PG_MAJOR', 'PG_VERSION', 'PGDATA'],
  redis: ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
};

const DISTROLESS = /^distroless\/(static|base|cc)(-|$)/;

/** Automatic platform args: global only, so a stage must redeclare them with `ARG`. */
const PLATFORM = new Set(PLATFORM_ARGS);

/** Args BuildKit reads itself and never reports. */
const BUILDER_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

const HUB = new Set([undefined, 'docker.io', 'index.docker.io', 'registry-1.docker.io']);

function imageEnv(stage: Stage): readonly string[] | undefined {
  const { registry, name } = stage.ref;
  if (stage.resolvedImage.includes('$')) return undefined;
  if (registry === 'gcr.io' && DISTROLESS.test(name)) return ['SSL_CERT_FILE'];
  if (!HUB.has(registry)) return undefined;
  return Object.hasOwn(IMAGE_ENV, name) ? IMAGE_ENV[name] : undefined;
}

/**
 * Names a builder-expanded text refers to, read like BuildKit's word lexer: nothing inside
 * single quotes, nothing after the escape character, and `${A:-$B}` refers to both A and B.
 */
function references(text: string, escapeChar: string): string[] {
  const names: string[] = [];
  let pos = 0;
  // How deep the `${…}` being read sits; past the limit the rest of the text is not read (the
  // parser reports such nesting as a syntax error), so the recursion stays shallow.
  let depth = 0;
  const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
  const name = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(text);
    pos += match?.[0].length ?? 0;
    return match?.[0] ?? '';
  };
  const dollar = (): void => {
    pos++;
    if (text[pos] !== '{') {
      const found = name();
      if (found !== '') names.push(found);
      return;
    }
    if (depth >= MAX_SUBSTITUTION_DEPTH) {
      pos = text.length;
      return;
    }
    pos++;
    const found = name();
    if (text[pos] === ':') pos++;
    // `${V}` ends here; `${V-word}`, `${V#pattern}`, `${V/a/b}` read a word up to the `}`.
    if (text[pos] !== '}' && pos < text.length) {
      pos++;
      depth++;
      word('}');
      depth--;
    } else {
      pos++;
    }
    if (found !== '') names.push(found);
  };
  const doubleQuoted = (): void => {
    pos++;
    while (pos < text.length && text[pos] !== '"') {
      if (text[pos] === '$') dollar();
      else pos += text[pos] === escapeChar ? 2 : 1;
    }
    pos++;
  };
  function word(stop: string | undefined): void {
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === stop) {
        pos++;
        return;
      }
      if (ch === '$') {
        dollar();
      } else if (ch === "'") {
        const end = text.indexOf("'", pos + 1);
        pos = end < 0 ? text.length : end + 1;
      } else if (ch === '"') {
        doubleQuoted();
      } else {
        pos += ch === escapeChar ? 2 : 1;
      }
    }
  }
  word(undefined);
  return names;
}

/** Option values BuildKit expands before using them. */
const EXPANDED_FLAGS: Record<string, readonly string[]> = {
  COPY: ['chown', 'chmod'],
  ADD: ['chown', 'chmod', 'checksum'],
  RUN: ['mount'],
};

const WHOLE_TEXT = new Set(['ENV', 'LABEL', 'WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL', 'COPY',
  'ADD']);

/** Each text the builder expands, with the names it may use beyond those already defined. */
function expandedTexts(instruction: Instruction, escapeChar: string):
  Array<{ text: string; adds: string[] }> {
  const texts: Array<{ text: string; adds: string[] }> = [];
  if (instruction.keyword === 'ARG') {
    // ARG defaults are expanded one by one, so a later default may use an earlier name.
    const earlier: string[] = [];
    for (const word of splitWords(instruction.argsText, escapeChar)) {
      const raw = instruction.argsText.slice(word.start, word.end);
      const eq = raw.indexOf('=');
      if (eq >= 0) texts.push({ text: raw.slice(eq + 1), adds: [...earlier] });
      earlier.push(eq >= 0 ? raw.slice(0, eq) : raw);
    }
    return texts;
  }
  if (WHOLE_TEXT.has(instruction.keyword)) texts.push({ text: instruction.argsText, adds: [] });
  const flags = EXPANDED_FLAGS[instruction.keyword] ?? [];
  for (const flag of instruction.flags) {
    if (flags.includes(flag.name) && flag.value !== undefined) {
      texts.push({ text: flag.value, adds: [] });
    }
  }
  return texts;
}

function message(name: string, defined: ReadonlySet<string>): string {
  if (PLATFORM.has(name)) {
    return `Usage of undefined variable '$${name}': the automatic platform args are global, ` +
      `so add \`ARG ${name}\` in this stage before using it.`;
  }
  const hint = suggestName(name, defined);
  return `Usage of undefined variable '$${name}'` +
    (hint === undefined ? '' : ` (did you mean $${hint}?)`) +
    `: declare it first with \`ARG ${name}\` or \`ENV ${name}=…\`.`;
}

export const text: RuleText = {
  title: 'Define variables before using them',
  description: 'A variable that the builder expands (in `ENV`, `LABEL`, `ARG`, `COPY`, `ADD`, ' +
    '`WORKDIR`, `USER`, …) should be declared with `ARG` or `ENV` earlier in the stage, or ' +
    'come from the base image.',
  rationale: 'An undefined variable expands to an empty string without any error, so a typo ' +
    'like `$APP_VERION` silently produces the wrong label, path or user. Declaring every ' +
    'variable before use makes such mistakes visible at build time.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/undefined-var/',
  examples: {
    bad: 'FROM alpine:3.20\nARG APP_VERSION=1.0\nLABEL org.opencontainers.image.version=' +
      '$APP_VERION\n',
    good: 'FROM alpine:3.20\nARG APP_VERSION=1.0\nLABEL org.opencontainers.image.version=' +
      '$APP_VERSION\n',
  },
};

export const rule: Rule = {
  id: 'UndefinedVar',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'file',
  check({ model }) {
    const hits: RuleHit[] = [];
    const scopeOf = scopeReader(model);
    // Per stage: the environment of its base image (undefined: unknown, skip the stage) and the
    // names declared in the stages it is built on (BuildKit carries their ARGs along with ENV).
    const stageFacts = new Map<number, { image: readonly string[]; inherited: Set<string> }
      | undefined>();
    const factsOf = (stageIndex: number) => {
      if (stageFacts.has(stageIndex)) return stageFacts.get(stageIndex);
      const chain = stageLineage(model, model.stages[stageIndex]);
      const root = chain[chain.length - 1];
      const image = root ? imageEnv(root) : undefined;
      let facts;
      if (image !== undefined) {
        const ancestors = new Set(chain.slice(1).map((s) => s.index));
        const inherited = new Set(model.variables.filter((v) => ancestors.has(v.stage))
          .map((v) => v.name));
        facts = { image, inherited };
      }
      stageFacts.set(stageIndex, facts);
      return facts;
    };
    for (const instruction of model.instructions) {
      const texts = expandedTexts(instruction, model.escapeChar);
      if (texts.length === 0) continue;
      const facts = factsOf(instruction.stage);
      if (facts === undefined) continue;
      const inScope = scopeOf(instruction);
      const isDefined = (name: string): boolean => name === 'PATH' || inScope.has(name) ||
        facts.inherited.has(name) || facts.image.includes(name);
      const reported = new Set<string>();
      for (const { text, adds } of texts) {
        for (const name of references(text, model.escapeChar)) {
          if (isDefined(name) || adds.includes(name) || BUILDER_ARGS.has(name)) continue;
          if (reported.has(name)) continue;
          reported.add(name);
          const defined = new Set(['PATH', ...facts.image, ...inScope.keys(),
            ...facts.inherited]);
          hits.push({ line: instruction.line, endLine: instruction.endLine,
            message: message(name, defined) });
        }
      }
    }
    return hits;
  },
};
