/**
 * Analyse stage, walkthroughs from prose: for each practice a write-up can claim, the lines of
 * its whole Dockerfile that carry it (the `USER` and `adduser` lines, the `COPY requirements.txt`
 * and `RUN pip install` pair, the `FROM` lines…) and whether the file bears the claim out. The
 * verdict is the practices matrix's own (`PRACTICES` in src/dockerfile/practices.ts, judged on
 * the whole file linted by the Dockerfile engine): a write-up's walkthrough and its practices
 * row never disagree about the same file.
 */
import { lintModel } from '../../../dockerfile/browser.ts';
import { stagePinnings } from '../../../dockerfile/image-pinning.ts';
import type { DockerfileModel, Instruction } from '../../../dockerfile/model.ts';
import { parseDockerfile } from '../../../dockerfile/parse/parse-dockerfile.ts';
import {
  PRACTICES, type Judged, type PageEvidence, type PracticeResult,
} from '../../../dockerfile/practices.ts';
import type { Finding } from '../../../dockerfile/rule.ts';
import { baseName } from '../../../dockerfile/rules-shared/base-name.ts';
import { readIgnorePatterns } from '../../../dockerfile/rules-shared/dockerignore.ts';
import { isPipInstall } from '../../../dockerfile/rules-shared/pip-install.ts';
import { commandsOf } from '../../../dockerfile/rules-shared/run-commands.ts';
import { copiesWholeContext } from '../../../dockerfile/rules-shared/whole-context-copy.ts';
import { dependencyInstalls } from '../../../dockerfile/rules-shared/dependency-install.ts';
import type { ClaimedPractice } from './claim-words.ts';

/**
 * The `.dockerignore` that goes with the file: its text, known to be absent (a folder write-up
 * whose folder has none), or not known (a write-up that shows its Dockerfile in a block and says
 * nothing certain about the files around it).
 */
export type DockerignoreState =
  | { kind: 'file'; text: string }
  | { kind: 'none' }
  | { kind: 'unknown' };

export interface Placement {
  /** 1-based lines of the Dockerfile that carry the practice, sorted; empty: none does. */
  lines: number[];
  /** `yes`: borne out; `no`: the file says otherwise; `unknown`: the file cannot tell. */
  verdict: 'yes' | 'no' | 'unknown';
  /** Why, in one sentence (a finding's message, or what the file lacks). */
  note: string;
  /** The Dockerfile line that decided, when one did. */
  line?: number | undefined;
}

export interface WholeDockerfile {
  model: DockerfileModel;
  findings: readonly Finding[];
  dockerignore: DockerignoreState;
}

const USER_TOOLS = new Set(['adduser', 'useradd', 'addgroup', 'groupadd']);
/** Files that list dependencies: copied alone, the install above them stays cached. */
const MANIFEST = new RegExp(String.raw`(?:^|/)(?:requirements[\w.*-]*\.txt|Pipfile(?:\.lock)?|` +
  String.raw`pyproject\.toml|poetry\.lock|pdm\.lock|uv\.lock|package(?:-lock|\*)?\.json|` +
  String.raw`yarn\.lock|pnpm-lock\.yaml|go\.(?:mod|sum)|Gemfile(?:\.lock)?)$`);

/** Parses and lints the whole file once; every placement reads this. */
export function prepareDockerfile(source: string, dockerignore: DockerignoreState):
  WholeDockerfile {
  const model = parseDockerfile(source);
  const known = dockerignore.kind === 'unknown' ? {} : {
    hasDockerignore: dockerignore.kind === 'file',
    ...(dockerignore.kind === 'file'
      ? { dockerignore: readIgnorePatterns(dockerignore.text) } : {}),
  };
  const { findings } = lintModel(model, { fragment: false, ...known });
  return { model, findings, dockerignore };
}

function linesOf(instructions: Iterable<Instruction>): number[] {
  const lines = new Set<number>();
  for (const i of instructions) for (let n = i.line; n <= i.endLine; n++) lines.add(n);
  return [...lines].sort((a, b) => a - b);
}

function runs(instruction: Instruction, test: (name: string, args: string[]) => boolean) {
  return instruction.keyword === 'RUN' &&
    commandsOf(instruction).some((c) => test(baseName(c.name), c.args));
}

function installs(instruction: Instruction): boolean {
  return dependencyInstalls(instruction).length > 0;
}

function copiesManifest(instruction: Instruction): boolean {
  return ['COPY', 'ADD'].includes(instruction.keyword) &&
    !instruction.flags.some((f) => f.name === 'from') &&
    instruction.args.slice(0, -1).some((source) => MANIFEST.test(source));
}

/** The global ARGs a FROM reads its image from (`ARG PYTHON_VERSION=3.13.3`). */
function argsOfFrom(model: DockerfileModel, from: Instruction): Instruction[] {
  const names = model.globalArgs.filter((v) => new RegExp(String.raw`\$\{?${v.name}\b`)
    .test(from.argsText)).map((v) => v.line);
  return model.instructions.filter((i) => i.keyword === 'ARG' && names.includes(i.line));
}

/** The instructions that carry each practice, whatever the verdict. */
function carriers(model: DockerfileModel, practice: ClaimedPractice): Instruction[] {
  const all = model.instructions;
  switch (practice) {
    case 'non-root':
      return all.filter((i) => i.keyword === 'USER' ||
        runs(i, (name) => USER_TOOLS.has(name)));
    case 'pinned-base': {
      const pulled = stagePinnings(model.stages)
        .filter((s) => s.pinning.kind !== 'not-an-image')
        .flatMap((s) => s.stage.instructions.slice(0, 1));
      return [...pulled.flatMap((from) => argsOfFrom(model, from)), ...pulled];
    }
    case 'dependency-layer': {
      const copy = all.find(copiesManifest);
      const install = all.find(installs);
      return [copy, install].filter((i): i is Instruction => i !== undefined);
    }
    case 'no-pip-cache':
      return all.filter((i) => i.keyword === 'RUN' && commandsOf(i).some(isPipInstall));
    case 'dockerignore':
      return all.filter(copiesWholeContext);
    case 'multi-stage':
      return all.filter((i) => i.keyword === 'FROM' ||
        (i.keyword === 'COPY' && i.flags.some((f) => f.name === 'from')));
    case 'healthcheck':
      return all.filter((i) => i.keyword === 'HEALTHCHECK');
    case 'exec-form':
      return all.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  }
}

/** What the file lacks, when the engine's practice cannot tell from what is there. */
const LACKS: Readonly<Record<ClaimedPractice, string>> = {
  'non-root': 'The Dockerfile never switches to another user with `USER`.',
  'pinned-base': 'The Dockerfile has no `FROM` that pulls an image.',
  'dependency-layer': 'The Dockerfile installs no dependencies (pip, npm, yarn, go mod…).',
  'no-pip-cache': 'The Dockerfile runs no `pip install`.',
  dockerignore: 'There is no `.dockerignore` beside the Dockerfile.',
  'multi-stage': 'The Dockerfile has a single `FROM`: one stage.',
  healthcheck: 'The Dockerfile declares no `HEALTHCHECK`.',
  'exec-form': 'The Dockerfile has no `CMD` or `ENTRYPOINT`.',
};

function verdictOf(whole: WholeDockerfile, practice: ClaimedPractice): PracticeResult {
  const judged: Judged = { basis: 'final', blocks: [{ id: 'dockerfile', line: 1,
    source: whole.model.source, fragment: false, findings: whole.findings, model: whole.model }] };
  const ignore = whole.dockerignore;
  const page: PageEvidence = {
    blocks: [],
    dockerignores: ignore.kind === 'file' ? [{ line: 1, section: { id: '', title: '' },
      excludes: readIgnorePatterns(ignore.text).filter((p) => !p.startsWith('!')),
      how: 'beside the Dockerfile' }] : [],
  };
  if (practice === 'dockerignore' && ignore.kind === 'none') {
    return { verdict: 'no', evidence: undefined, note: LACKS.dockerignore };
  }
  const engine = PRACTICES.find((p) => p.id === practice);
  if (engine === undefined) return { verdict: 'unknown', evidence: undefined, note: '' };
  return engine.evaluate(judged, page);
}

/** Where the practice sits in the file, and whether the file follows it. */
export function placePractice(whole: WholeDockerfile, practice: ClaimedPractice): Placement {
  const result = verdictOf(whole, practice);
  const lines = linesOf(carriers(whole.model, practice));
  const line = result.evidence?.line;
  if (result.verdict === 'yes') return { lines, verdict: 'yes', note: result.note, line };
  // A practice the file shows no sign of, in a complete file, is one it does not follow. Where
  // the file has the lines but the engine cannot judge them, or the `.dockerignore` of a
  // write-up whose folder is not known, it stays open.
  const open = (result.verdict === 'unknown' && lines.length > 0) ||
    (practice === 'dockerignore' && whole.dockerignore.kind === 'unknown');
  const lacks = !open && result.verdict !== 'no';
  const note = lacks || result.note === '' ? LACKS[practice] : result.note;
  const decided = line === undefined ? [] : [line];
  const finding = line === undefined ? undefined
    : whole.findings.find((f) => f.line === line);
  const extra = finding ? Array.from({ length: finding.endLine - finding.line + 1 },
    (_, k) => finding.line + k) : decided;
  return {
    lines: [...new Set([...lines, ...extra])].sort((a, b) => a - b),
    verdict: open ? 'unknown' : 'no',
    note,
    line,
  };
}
