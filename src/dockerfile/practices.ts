/**
 * Analyse stage, Dockerfile engine: which container practices a write-up's Dockerfiles follow,
 * derived from the engine's model and findings for each of its Dockerfile blocks. Each verdict
 * points at its evidence (block and line), or says why it cannot be told.
 */
import type { DockerfileModel, Instruction } from './model.ts';
import { parseDockerfile } from './parse/parse-dockerfile.ts';
import type { Finding } from './rule.ts';

export interface BlockInput {
  /** Anchor of the block on its page. */
  id: string;
  source: string;
  fragment: boolean;
  findings: readonly Finding[];
}

export type Verdict = 'yes' | 'no' | 'unknown';

export interface Evidence {
  blockId: string;
  /** Line within the block. */
  line: number;
  text: string;
}

export interface PracticeResult {
  verdict: Verdict;
  /** What decided the verdict (the finding, or the instruction that shows the practice). */
  evidence: Evidence | undefined;
  /** One sentence a reader sees in the cell's title. */
  note: string;
}

export interface Practice {
  id: string;
  label: string;
  evaluate(blocks: readonly ParsedBlock[]): PracticeResult;
}

export interface ParsedBlock extends BlockInput {
  model: DockerfileModel;
}

const PIP = /^(?:pip3?|python3?(?:\.\d+)?)$/;

function firstFinding(blocks: readonly ParsedBlock[], ids: string[]) {
  for (const block of blocks) {
    const finding = block.findings.find((f) => ids.includes(f.rule) ||
      f.aliases.some((alias) => ids.includes(alias)));
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

function no(hit: { block: ParsedBlock; finding: Finding }): PracticeResult {
  return {
    verdict: 'no',
    evidence: { blockId: hit.block.id, line: hit.finding.line,
      text: `${hit.finding.rule}: ${hit.finding.message}` },
    note: hit.finding.message,
  };
}

function yes(hit: { block: ParsedBlock; instruction: Instruction }, note: string): PracticeResult {
  return {
    verdict: 'yes',
    evidence: { blockId: hit.block.id, line: hit.instruction.line,
      text: `${hit.instruction.rawKeyword} ${hit.instruction.argsText}`.trim() },
    note,
  };
}

const unknown = (note: string): PracticeResult =>
  ({ verdict: 'unknown', evidence: undefined, note });

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

export const PRACTICES: readonly Practice[] = [
  {
    id: 'pinned-base',
    label: 'Pinned base image',
    evaluate(blocks) {
      const bad = firstFinding(blocks, ['DL3006', 'DL3007']);
      if (bad) return no(bad);
      const from = firstInstruction(blocks, (i) => i.keyword === 'FROM');
      return from ? yes(from, 'Every FROM names a tag or digest.')
        : unknown('No FROM line in the write-up.');
    },
  },
  {
    id: 'non-root',
    label: 'Runs as non-root',
    evaluate(blocks) {
      const bad = firstFinding(blocks, ['SS001', 'DL3002']);
      if (bad) return no(bad);
      const user = firstInstruction(blocks, (i) => i.keyword === 'USER' &&
        !/^(?:root|0)(?::|$)/.test(i.args[0] ?? ''));
      return user ? yes(user, `Switches to user \`${user.instruction.args[0] ?? ''}\`.`)
        : unknown('No USER instruction in the write-up.');
    },
  },
  {
    id: 'dependency-layer',
    label: 'Dependencies before code',
    evaluate(blocks) {
      const bad = firstFinding(blocks, ['SS002']);
      if (bad) return no(bad);
      for (const block of blocks) {
        const list = block.model.instructions;
        const install = list.findIndex(installsWithPip);
        const copyAll = list.findIndex(copiesWholeContext);
        const installed = list[install];
        if (installed && (copyAll === -1 || copyAll > install)) {
          return yes({ block, instruction: installed },
            'Dependencies are installed before the source is copied.');
        }
      }
      return unknown('No dependency install in the write-up.');
    },
  },
  {
    id: 'no-pip-cache',
    label: 'No pip cache',
    evaluate(blocks) {
      const bad = firstFinding(blocks, ['DL3042']);
      if (bad) return no(bad);
      const install = firstInstruction(blocks, installsWithPip);
      return install ? yes(install, 'pip runs without keeping its download cache.')
        : unknown('No pip install in the write-up.');
    },
  },
  {
    id: 'dockerignore',
    label: '.dockerignore',
    evaluate(blocks) {
      const bad = firstFinding(blocks, ['SS003']);
      if (bad) return no(bad);
      return unknown('The write-ups show Dockerfiles, not their folders: whether a ' +
        '.dockerignore sits beside them cannot be checked.');
    },
  },
  {
    id: 'multi-stage',
    label: 'Multi-stage build',
    evaluate(blocks) {
      for (const block of blocks) {
        const second = block.model.stages[1];
        const from = second?.instructions[0];
        if (from) return yes({ block, instruction: from }, 'Builds in more than one stage.');
      }
      const copyFrom = firstInstruction(blocks, (i) => i.keyword === 'COPY' &&
        i.flags.some((f) => f.name === 'from'));
      if (copyFrom) return yes(copyFrom, 'Copies from another stage.');
      const full = blocks.find((b) => !b.fragment);
      return full
        ? { verdict: 'no', evidence: { blockId: full.id, line: 1, text: 'one stage only' },
          note: 'The complete Dockerfile has a single stage.' }
        : unknown('No complete Dockerfile in the write-up.');
    },
  },
  {
    id: 'healthcheck',
    label: 'Health check',
    evaluate(blocks) {
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
    evaluate(blocks) {
      const bad = firstFinding(blocks, ['DL3025', 'JSONArgsRecommended']);
      if (bad) return no(bad);
      const cmd = firstInstruction(blocks, (i) =>
        (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && i.json !== undefined);
      return cmd ? yes(cmd, 'CMD/ENTRYPOINT use the JSON (exec) form, so signals reach the app.')
        : unknown('No CMD or ENTRYPOINT in the write-up.');
    },
  },
];

/** Every practice's verdict for one write-up's Dockerfile blocks. */
export function evaluatePractices(blocks: readonly BlockInput[]): Map<string, PracticeResult> {
  const parsed = blocks.map((block) => ({ ...block, model: parseDockerfile(block.source) }));
  return new Map(PRACTICES.map((practice) => [practice.id, practice.evaluate(parsed)]));
}
