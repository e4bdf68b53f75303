/**
 * Analyse stage, Dockerfile engine: the container practices and how each is judged on parsed
 * Dockerfile blocks and their findings — the verdicts of the practices matrix and, on one file,
 * of exercise goals (src/exercises/). Browser-safe: it parses nothing itself (`practices.ts`
 * parses a write-up's blocks on Node; the exercise goal checker hands in the browser entry's
 * model), so the same meanings run in a worker.
 */
import { stagePinnings, type Pinning } from './image-pinning.ts';
import type { DockerfileModel, Instruction, Stage } from './model.ts';
import type { Finding } from './rule.ts';
import { dependencyInstalls } from './rules-shared/dependency-install.ts';

export interface BlockInput {
  /** Anchor of the block on its page. */
  id: string;
  /** File line of the block's first code line. */
  line: number;
  /** The file beside the write-up that the block shows; absent: the write-up itself. */
  file?: string | undefined;
  source: string;
  fragment: boolean;
  findings: readonly Finding[];
}

export interface SectionRef {
  /** The heading's anchor on the page ('' before the first heading). */
  id: string;
  title: string;
}

/** What the page shows as evidence (stored by src/practices/rehype-practice-evidence.ts). */
export interface PageEvidence {
  blocks: ReadonlyArray<{
    id: string;
    line: number;
    file?: string | undefined;
    section: SectionRef;
    role: 'final' | 'evidence' | 'earlier' | 'example';
    reason: string;
  }>;
  dockerignores: ReadonlyArray<{
    line: number;
    file?: string | undefined;
    section: SectionRef;
    excludes: readonly string[];
    how: string;
  }>;
  dockerignoreMention?: number | undefined;
  /** A write-up folder: what is not in it is known to be absent. */
  folder?: boolean | undefined;
}

export type Verdict = 'yes' | 'no' | 'unknown';

export interface Evidence {
  /** Anchor on the write-up's page: the block's findings panel, or the section's heading. */
  anchor: string;
  /** Line of the write-up's file, or of `file`. */
  line: number;
  /** The file beside the write-up the line is in (`Dockerfile`); absent: the write-up. */
  file?: string | undefined;
  /** What is on that line, or the finding that decided. */
  text: string;
}

export interface PracticeResult {
  verdict: Verdict;
  /** What decided the verdict (the finding, or the instruction that shows the practice). */
  evidence: Evidence | undefined;
  /** One sentence a reader sees in the cell's title. */
  note: string;
}

export interface ParsedBlock extends BlockInput {
  model: DockerfileModel;
}

/** The blocks a write-up is judged on, and on what basis. */
export interface Judged {
  basis: 'final' | 'snippets' | 'none';
  blocks: ParsedBlock[];
}

export interface Practice {
  id: string;
  label: string;
  evaluate(judged: Judged, page: PageEvidence): PracticeResult;
}

const PIP = /^(?:pip3?|python3?(?:\.\d+)?)$/;

/** File line of a line within a block. */
function fileLine(block: ParsedBlock, line: number): number {
  return block.line + line - 1;
}

/** The first finding of one of `ids`, on an instruction with one of `keywords` when given. */
function firstFinding(blocks: readonly ParsedBlock[], ids: string[], keywords?: string[]) {
  for (const block of blocks) {
    const on = (line: number): string | undefined => block.model.instructions
      .find((i) => i.line <= line && i.endLine >= line)?.keyword;
    const finding = block.findings.find((f) => ids.includes(f.rule) &&
      (keywords === undefined || keywords.includes(on(f.line) ?? '')));
    if (finding) return { block, finding };
  }
  return undefined;
}

function firstInstruction(blocks: readonly ParsedBlock[], test: (i: Instruction) => boolean) {
  for (const block of blocks) {
    const instruction = block.model.instructions.find(test);
    if (instruction) return { block, instruction };
  }
  return undefined;
}

function instructionText(instruction: Instruction): string {
  return `${instruction.rawKeyword} ${instruction.argsText}`.trim();
}

/** A finding's message names lines of its block; the matrix names lines of the write-up. */
function withFileLines(block: ParsedBlock, message: string): string {
  return message.replace(/\bline (\d+)\b/g, (_, n: string) => `line ${fileLine(block, Number(n))}`);
}

function no(hit: { block: ParsedBlock; finding: Finding }): PracticeResult {
  const message = withFileLines(hit.block, hit.finding.message);
  return {
    verdict: 'no',
    evidence: { anchor: hit.block.id, line: fileLine(hit.block, hit.finding.line),
      file: hit.block.file, text: `${hit.finding.rule}: ${message}` },
    note: message,
  };
}

function at(verdict: Verdict, hit: { block: ParsedBlock; instruction: Instruction },
  note: string): PracticeResult {
  return {
    verdict,
    evidence: { anchor: hit.block.id, line: fileLine(hit.block, hit.instruction.line),
      file: hit.block.file, text: instructionText(hit.instruction) },
    note,
  };
}

const yes = (hit: { block: ParsedBlock; instruction: Instruction }, note: string) =>
  at('yes', hit, note);

const unknown = (note: string): PracticeResult =>
  ({ verdict: 'unknown', evidence: undefined, note });

/** What the write-up shows: its final Dockerfile, or its snippets. */
function shown(judged: Judged): string {
  return judged.basis === 'final' ? 'the final Dockerfile' : 'the write-up\'s Dockerfile snippets';
}

function installsWithPip(instruction: Instruction): boolean {
  return (instruction.shell?.commands ?? []).some((c) =>
    (PIP.test(c.name) && c.args.includes('install')) ||
    (/^python/.test(c.name) && c.args[0] === '-m' && c.args[1] === 'pip' &&
      c.args.includes('install')));
}

function copiesWholeContext(instruction: Instruction): boolean {
  return ['COPY', 'ADD'].includes(instruction.keyword) &&
    !instruction.flags.some((f) => f.name === 'from') &&
    instruction.args.slice(0, -1).some((source) => source === '.' || source === './');
}

function fromInstruction(block: ParsedBlock, stage: Stage): Instruction | undefined {
  return block.model.instructions.find((i) => i.line === stage.line && i.keyword === 'FROM');
}

const FLOATING: Record<string, string> = {
  'no-tag': 'has no tag, so it means `latest` (hadolint DL3006)',
  latest: 'uses the `latest` tag (hadolint DL3007)',
  'no-version': 'has a tag without a version number, which moves like `latest` does',
  'major-only': 'is only partly pinned: a major-version tag moves to every new Python 3 ' +
    'release (lesson 2, "Choosing and pinning a base image"), though hadolint\'s DL3006 and ' +
    'DL3007 accept it',
};

function pinnedNote(stage: Stage, pinning: Pinning): string {
  const image = stage.image === stage.resolvedImage
    ? `\`${stage.image}\``
    : `\`${stage.image}\` (\`${stage.resolvedImage}\`)`;
  if (pinning.kind === 'floating') return `${image} ${FLOATING[pinning.why] ?? 'floats'}.`;
  if (pinning.kind === 'pinned') {
    return `${image} is pinned by ${pinning.by === 'digest' ? 'digest' : 'a versioned tag'}.`;
  }
  return `${image} takes its tag from a build argument without a default.`;
}

function evaluatePinned(judged: Judged): PracticeResult {
  const stages = judged.blocks.flatMap((block) =>
    stagePinnings(block.model.stages).map((s) => ({ block, ...s })));
  const images = stages.filter((s) => s.pinning.kind !== 'not-an-image');
  const verdictOf = (s: (typeof images)[number], verdict: Verdict) => {
    const from = fromInstruction(s.block, s.stage);
    return from ? at(verdict, { block: s.block, instruction: from }, pinnedNote(s.stage, s.pinning))
      : unknown(pinnedNote(s.stage, s.pinning));
  };
  const floating = images.find((s) => s.pinning.kind === 'floating');
  if (floating) return verdictOf(floating, 'no');
  const unresolved = images.find((s) => s.pinning.kind === 'unresolved');
  if (unresolved) return verdictOf(unresolved, 'unknown');
  const pinned = images.at(-1);
  if (pinned) return verdictOf(pinned, 'yes');
  return unknown(judged.basis === 'none' ? 'The write-up shows no Dockerfile.'
    : `No FROM line in ${shown(judged)}.`);
}

function evaluateDockerignore(page: PageEvidence): PracticeResult {
  const file = page.dockerignores.at(-1);
  if (file === undefined && page.folder === true) {
    const final = page.blocks.find((b) => b.role === 'final');
    return { verdict: 'no', note: 'The write-up\'s folder has no `.dockerignore`.',
      evidence: final === undefined ? undefined : { anchor: final.id, line: final.line,
        ...(final.file === undefined ? {} : { file: final.file }),
        text: 'no `.dockerignore` beside this Dockerfile' } };
  }
  if (file === undefined) {
    return unknown(page.dockerignoreMention === undefined
      ? 'The write-up shows no `.dockerignore`.'
      : `The write-up names a \`.dockerignore\` (line ${page.dockerignoreMention}) but does ` +
        'not show it, so what it excludes cannot be checked.');
  }
  const evidence = { anchor: file.section.id, line: file.line,
    ...(file.file === undefined ? {} : { file: file.file }),
    text: `.dockerignore: ${file.excludes.join(', ') || '(nothing excluded)'}` };
  if (file.excludes.length === 0) {
    return { verdict: 'no', evidence,
      note: 'The `.dockerignore` shown excludes nothing (only comments or `!` re-includes).' };
  }
  const missing = notExcluded(file.excludes);
  const list = file.excludes.map((p) => `\`${p}\``).join(', ');
  return { verdict: 'yes', evidence,
    note: `The \`.dockerignore\` shown excludes ${list}` + (missing.length === 0 ? '.'
      : `; it leaves in ${missing.map((p) => `\`${p}\``).join(' and ')}.`) };
}

/** Of what SS003 says a `.dockerignore` should keep out, what the patterns leave in. */
export function notExcluded(excludes: readonly string[]): string[] {
  const covers = (path: string) => excludes.some((p) => {
    const bare = p.replace(/^(?:\*\*\/|\/)/, '').replace(/\/$/, '');
    return bare === '*' || bare === '**' || bare === path || bare === `${path}*`;
  });
  return ['.git', '.env'].filter((path) => !covers(path));
}

export const PRACTICES: readonly Practice[] = [
  {
    id: 'pinned-base',
    label: 'Pinned base image',
    evaluate: (judged) => evaluatePinned(judged),
  },
  {
    id: 'non-root',
    label: 'Runs as non-root',
    evaluate({ blocks }) {
      const bad = firstFinding(blocks, ['SS001', 'DL3002']);
      if (bad) return no(bad);
      const user = firstInstruction(blocks, (i) => i.keyword === 'USER' &&
        !/^(?:root|0)(?::|$)/.test(i.args[0] ?? ''));
      return user ? yes(user, `Switches to user \`${user.instruction.args[0] ?? ''}\`.`)
        : unknown('No USER instruction in what the write-up shows.');
    },
  },
  {
    id: 'dependency-layer',
    label: 'Dependencies before code',
    evaluate({ blocks }) {
      const bad = firstFinding(blocks, ['SS002']);
      if (bad) return no(bad);
      for (const block of blocks) {
        const list = block.model.instructions;
        // Any ecosystem's install (pip's requirements, npm ci after `COPY package*.json`…).
        const install = list.findIndex((i) => dependencyInstalls(i).length > 0);
        const copyAll = list.findIndex(copiesWholeContext);
        const installed = list[install];
        if (installed && (copyAll === -1 || copyAll > install)) {
          return yes({ block, instruction: installed },
            'Dependencies are installed before the source is copied.');
        }
      }
      return unknown('No dependency install in what the write-up shows.');
    },
  },
  {
    id: 'no-pip-cache',
    label: 'No pip cache',
    evaluate({ blocks }) {
      const bad = firstFinding(blocks, ['DL3042']);
      if (bad) return no(bad);
      const install = firstInstruction(blocks, installsWithPip);
      return install ? yes(install, 'pip runs without keeping its download cache.')
        : unknown('No pip install in what the write-up shows.');
    },
  },
  {
    id: 'dockerignore',
    label: '.dockerignore',
    evaluate: (_judged, page) => evaluateDockerignore(page),
  },
  {
    id: 'multi-stage',
    label: 'Multi-stage build',
    evaluate({ blocks }) {
      for (const block of blocks) {
        const second = block.model.stages[1];
        const from = second?.instructions[0];
        if (from) return yes({ block, instruction: from }, 'Builds in more than one stage.');
      }
      const copyFrom = firstInstruction(blocks, (i) => i.keyword === 'COPY' &&
        i.flags.some((f) => f.name === 'from'));
      if (copyFrom) return yes(copyFrom, 'Copies from another stage.');
      const full = blocks.find((b) => !b.fragment);
      const from = full?.model.instructions.find((i) => i.keyword === 'FROM');
      return full && from
        ? at('no', { block: full, instruction: from }, 'The final Dockerfile has a single stage.')
        : unknown('No complete Dockerfile in the write-up.');
    },
  },
  {
    id: 'healthcheck',
    label: 'Health check',
    evaluate({ blocks }) {
      const check = firstInstruction(blocks, (i) => i.keyword === 'HEALTHCHECK' &&
        (i.args[0] ?? '').toUpperCase() !== 'NONE');
      if (check) return yes(check, 'Declares a HEALTHCHECK.');
      const bad = firstFinding(blocks, ['SS004']);
      return bad ? no(bad) : unknown('No complete Dockerfile in the write-up.');
    },
  },
  {
    id: 'exec-form',
    label: 'Exec-form CMD',
    evaluate({ blocks }) {
      // DL3025 also covers a shell-form HEALTHCHECK CMD, which is not this practice.
      const bad = firstFinding(blocks, ['DL3025', 'JSONArgsRecommended'], ['CMD', 'ENTRYPOINT']);
      if (bad) return no(bad);
      const cmd = firstInstruction(blocks, (i) =>
        (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && i.json !== undefined);
      return cmd ? yes(cmd, 'CMD/ENTRYPOINT use the JSON (exec) form, so signals reach the app.')
        : unknown('No CMD or ENTRYPOINT in what the write-up shows.');
    },
  },
];

