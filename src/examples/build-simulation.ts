/**
 * Examples: a simulated `docker build`. From a parsed Dockerfile (the engine's model) and an
 * example's files it prints what BuildKit prints (`[+] Building`, `=> [internal] load build
 * definition from Dockerfile`, `=> [builder 1/5] FROM …`, `=> CACHED [2/6] COPY …`) and decides,
 * as BuildKit's cache does, which steps run again.
 *
 * Each step's cache key is the hash of the previous key, the instruction, and for COPY/ADD from
 * the context the paths and contents of the files it copies (after `.dockerignore`); COPY
 * `--from` uses the key of the stage it copies from. ENV, ARG, USER and SHELL change the key of
 * the steps after them (they change the environment commands run in); EXPOSE, CMD, LABEL and
 * other metadata do not. A step whose key was in the previous build prints `CACHED`; once one
 * step runs, every later step of the stage has a new key and runs too. Only the stages the final
 * stage needs are built, as BuildKit does.
 *
 * Sizes are estimates and say so: a FROM image's size from the dataset when it names the tag,
 * a COPY from the context the size of the copied files, anything else unknown. No timings are
 * printed: none were measured. Pure; no Node imports, so it runs in the browser too.
 */
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.ts';
import type { BaseImageSize } from './base-image-sizes.ts';
import { hashBytes, hashText } from '../shared/content-hash.ts';
import { isIgnored, parseDockerignore } from './dockerignore.ts';
import type { TreeFile } from './example-tree.ts';

export interface SimulationInput {
  model: DockerfileModel;
  /** The build context as on disk (before `.dockerignore`). */
  files: readonly TreeFile[];
  /** Text of `.dockerignore`; default: the `.dockerignore` in `files`, if any. */
  dockerignore?: string | undefined;
  /** Cache keys of the previous build (`SimulationResult.keys`); none: a first build. */
  previous?: Iterable<string> | undefined;
  /** Base-image sizes (`baseImageSizes(dataset)`); keyed by tag as written after FROM. */
  baseImages?: ReadonlyMap<string, BaseImageSize> | undefined;
  /** Image name for `naming to …`; default: none (the line is left out). */
  tag?: string | undefined;
}

export interface LayerSize {
  /** Estimated bytes; undefined when unknown. */
  bytes: number | undefined;
  /** `dataset`: the base image's published size; `files`: the copied files' size; `none`: the
   * step adds (almost) nothing; `unknown`: no way to tell without building. */
  basis: 'dataset' | 'files' | 'none' | 'unknown';
  /** For people: "42.96MB compressed (estimate from the dataset)", "unknown". */
  label: string;
}

export interface SimulatedStep {
  /** `builder 2/5`, or `2/6` in a single-stage build. */
  label: string;
  stage: number;
  keyword: string;
  /** The instruction as BuildKit prints it: `COPY requirements.txt .`. */
  text: string;
  line: number;
  endLine: number;
  key: string;
  cached: boolean;
  /** Context files a COPY/ADD copies (after `.dockerignore`). */
  copies: string[];
  /** Set when the step fails (a COPY source missing from the context). */
  error: string | undefined;
  size: LayerSize;
}

export interface SimulationResult {
  steps: SimulatedStep[];
  /** Every step's key: pass as `previous` to simulate the next build. */
  keys: string[];
  /** Files sent as the build context. */
  context: string[];
  contextBytes: number;
  /** True when a step failed; the steps after it are not run. */
  failed: boolean;
  /** The BuildKit-style log. */
  log: string;
}

const STEP_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
const ENV_KEYWORDS = new Set(['ENV', 'ARG', 'USER', 'SHELL']);

/** Docker's size format (go-units `HumanSize`): `137B`, `1.43kB`, `42.96MB`. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${Number(value.toPrecision(4))}${units[unit] ?? ''}`;
}

/** `python:3.13-slim` → `docker.io/library/python:3.13-slim`, as BuildKit names it. */
export function canonicalImage(ref: string): string {
  const first = ref.split('/')[0] ?? '';
  const hasRegistry = ref.includes('/') && (first.includes('.') || first.includes(':')
    || first === 'localhost');
  if (hasRegistry) return ref;
  return ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}

/** The stages the last stage needs (FROM a stage, COPY --from a stage), in file order. */
export function neededStages(model: DockerfileModel): Stage[] {
  const needed = new Set<number>();
  const visit = (stage: Stage | undefined) => {
    if (stage === undefined || needed.has(stage.index)) return;
    needed.add(stage.index);
    visit(stageByRef(model, stage.resolvedImage, stage.index));
    for (const instruction of stage.instructions) {
      const from = flag(instruction, 'from');
      if (from !== undefined) visit(stageByRef(model, from, stage.index));
    }
  };
  visit(model.stages.at(-1));
  return model.stages.filter((stage) => needed.has(stage.index));
}

function stageByRef(model: DockerfileModel, ref: string, before: number): Stage | undefined {
  const lower = ref.toLowerCase();
  return model.stages.find((stage) => stage.index < before
    && ((stage.name !== undefined && stage.name.toLowerCase() === lower)
      || (/^\d+$/.test(ref) && stage.index === Number(ref))));
}

function flag(instruction: Instruction, name: string): string | undefined {
  return instruction.flags.find((f) => f.name === name)?.value;
}

/** Sources of a COPY/ADD: every argument but the destination. */
function sources(instruction: Instruction): string[] {
  const args = instruction.json ?? instruction.args;
  return args.slice(0, -1);
}

/** Context files a source names: `.`, a file, a folder, or a pattern with `*`, `?`, `[`. */
function select(source: string, context: readonly string[]): string[] {
  const clean = source.replace(/^(\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return [...context];
  if (/[*?[]/.test(clean)) {
    const regex = new RegExp(`^${clean.split('').map((ch) => {
      if (ch === '*') return '[^/]*';
      if (ch === '?') return '[^/]';
      if (ch === '[' || ch === ']') return ch;
      return /[\\^$.+(){}|/]/.test(ch) ? `\\${ch}` : ch;
    }).join('')}(?:/.*)?$`);
    return context.filter((path) => regex.test(path));
  }
  return context.filter((path) => path === clean || path.startsWith(`${clean}/`));
}

function stageLabel(stage: Stage, multi: boolean): string {
  if (!multi) return '';
  return `${stage.name ?? `stage-${stage.index}`} `;
}

function stepText(instruction: Instruction): string {
  const flags = instruction.flags.map((f) => (f.value === undefined ? `--${f.name}`
    : `--${f.name}=${f.value}`));
  return [instruction.rawKeyword.toUpperCase(), ...flags, instruction.argsText].join(' ');
}

export function simulateBuild(input: SimulationInput): SimulationResult {
  const { model, files } = input;
  const dockerignoreText = input.dockerignore
    ?? decode(files.find((file) => file.path === '.dockerignore')?.data);
  const patterns = parseDockerignore(dockerignoreText ?? '');
  const sent = files.filter((file) => !isIgnored(patterns, file.path));
  const byPath = new Map(sent.map((file) => [file.path, file]));
  const context = sent.map((file) => file.path);
  const contextBytes = sent.reduce((sum, file) => sum + file.data.length, 0);
  const previous = new Set(input.previous ?? []);
  const stages = neededStages(model);
  const multi = model.stages.length > 1;
  const finalKeys = new Map<number, string>();
  const steps: SimulatedStep[] = [];
  let failed = false;

  for (const stage of stages) {
    if (failed) break;
    const total = stage.instructions.filter((i) => i.keyword === 'FROM'
      || STEP_KEYWORDS.has(i.keyword)).length;
    const prefix = stageLabel(stage, multi);
    const parent = stageByRef(model, stage.resolvedImage, stage.index);
    let key = parent === undefined
      ? hashText(`FROM ${canonicalImage(stage.resolvedImage)}`)
      : finalKeys.get(parent.index) ?? hashText(`FROM stage ${parent.index}`);
    let number = 0;
    for (const instruction of stage.instructions) {
      const keyword = instruction.keyword;
      if (ENV_KEYWORDS.has(keyword)) {
        key = hashText(`${key}\n${keyword} ${instruction.argsText}`);
        continue;
      }
      if (keyword !== 'FROM' && !STEP_KEYWORDS.has(keyword)) continue;
      number += 1;
      const label = `${prefix}${number}/${total}`;
      let copies: string[] = [];
      let error: string | undefined;
      let size: LayerSize;
      if (keyword === 'FROM') {
        size = parent === undefined
          ? baseSize(stage.resolvedImage, input.baseImages)
          : { bytes: undefined, basis: 'none', label: `the layers of stage ${parent.name
            ?? parent.index}` };
        steps.push({ label, stage: stage.index, keyword, line: instruction.line,
          endLine: instruction.endLine, key, cached: false, copies, error, size,
          text: `FROM ${parent === undefined ? canonicalImage(stage.resolvedImage)
            : stage.resolvedImage}` });
        continue;
      }
      let extra = '';
      const from = flag(instruction, 'from');
      if ((keyword === 'COPY' || keyword === 'ADD') && instruction.heredocs.length === 0) {
        if (from !== undefined) {
          const source = stageByRef(model, from, stage.index);
          extra = source === undefined ? `image ${canonicalImage(from)}`
            : `stage ${finalKeys.get(source.index) ?? source.index}`;
          size = { bytes: undefined, basis: 'unknown', label: 'unknown (copied from another '
            + 'stage or image)' };
        } else {
          const missing: string[] = [];
          for (const source of sources(instruction)) {
            if (/^https?:\/\//.test(source)) continue;
            const chosen = select(source, context);
            if (chosen.length === 0) missing.push(source);
            copies.push(...chosen);
          }
          copies = [...new Set(copies)].sort();
          if (missing.length > 0) {
            error = `failed to compute cache key: "/${missing[0]}": not found`;
          }
          extra = copies.map((path) => `${path}:${hashBytes(byPath.get(path)?.data
            ?? new Uint8Array())}`).join('\n');
          const bytes = copies.reduce((sum, path) => sum + (byPath.get(path)?.data.length ?? 0), 0);
          size = { bytes, basis: 'files', label: `~${humanSize(bytes)} (estimate: the size of `
            + 'the copied files)' };
        }
      } else if (keyword === 'WORKDIR') {
        size = { bytes: 0, basis: 'none', label: '~0B (creates a directory, if missing)' };
      } else {
        size = { bytes: undefined, basis: 'unknown', label: 'unknown (depends on what the '
          + 'command writes)' };
      }
      const body = [stepText(instruction), ...instruction.heredocs.map((h) => h.body)].join('\n');
      key = hashText(`${key}\n${body}\n${extra}`);
      const cached = error === undefined && previous.has(key);
      steps.push({ label, stage: stage.index, keyword, text: stepText(instruction),
        line: instruction.line, endLine: instruction.endLine, key, cached, copies, error, size });
      if (error !== undefined) {
        failed = true;
        break;
      }
    }
    finalKeys.set(stage.index, key);
  }

  const log = formatLog({ model, stages, steps, contextBytes, failed, tag: input.tag,
    dockerignoreBytes: dockerignoreText === undefined ? undefined
      : new TextEncoder().encode(dockerignoreText).length });
  return { steps, keys: steps.map((step) => step.key), context, contextBytes, failed, log };
}

function baseSize(image: string, sizes: ReadonlyMap<string, BaseImageSize> | undefined): LayerSize {
  const known = sizes?.get(image) ?? sizes?.get(image.replace(/^docker\.io\/(?:library\/)?/, ''));
  if (known === undefined) {
    return { bytes: undefined, basis: 'unknown', label: 'unknown (the dataset has no size for '
      + 'this tag)' };
  }
  if (known.bytes === undefined) {
    return { bytes: undefined, basis: 'unknown', label: 'unknown (no published size; see the '
      + 'dataset)' };
  }
  return { bytes: known.bytes, basis: 'dataset', label: `${humanSize(known.bytes)} `
    + `${known.measure} (estimate from the dataset: ${known.stated}, ${known.source})` };
}

interface LogInput {
  model: DockerfileModel;
  stages: readonly Stage[];
  steps: readonly SimulatedStep[];
  contextBytes: number;
  failed: boolean;
  tag: string | undefined;
  dockerignoreBytes: number | undefined;
}

function formatLog(input: LogInput): string {
  const lines: string[] = [];
  const vertex = (text: string) => lines.push(` => ${text}`);
  const detail = (text: string) => lines.push(` => => ${text}`);
  vertex('[internal] load build definition from Dockerfile');
  detail(`transferring dockerfile: ${humanSize(new TextEncoder().encode(input.model.source)
    .length)}`);
  const images = [...new Set(input.stages
    .filter((stage) => stageByRef(input.model, stage.resolvedImage, stage.index) === undefined)
    .map((stage) => canonicalImage(stage.resolvedImage)))];
  for (const image of images) vertex(`[internal] load metadata for ${image}`);
  vertex('[internal] load .dockerignore');
  detail(`transferring context: ${humanSize(input.dockerignoreBytes ?? 2)}`);
  let contextShown = false;
  for (const step of input.steps) {
    if (!contextShown && step.copies.length > 0) {
      vertex('[internal] load build context');
      detail(`transferring context: ${humanSize(input.contextBytes)}`);
      contextShown = true;
    }
    const state = step.error !== undefined ? 'ERROR ' : step.cached ? 'CACHED ' : '';
    vertex(`${state}[${step.label}] ${step.text}`);
  }
  const failedStep = input.steps.find((step) => step.error !== undefined);
  if (failedStep !== undefined) {
    lines.push(`------`, ` > [${failedStep.label}] ${failedStep.text}:`, '------',
      `ERROR: ${failedStep.error}`);
  } else {
    vertex('exporting to image');
    detail('exporting layers');
    if (input.tag !== undefined) detail(`naming to ${canonicalImage(input.tag)}`);
  }
  const vertices = lines.filter((line) => !line.startsWith(' => => ') && line.startsWith(' => '))
    .length;
  const done = failedStep === undefined ? `(${vertices}/${vertices}) FINISHED`
    : `(${vertices - 1}/${vertices}) FAILED`;
  return [`[+] Building ${done}`, ...lines].join('\n');
}

function decode(data: Uint8Array | undefined): string | undefined {
  return data === undefined ? undefined : new TextDecoder().decode(data);
}
