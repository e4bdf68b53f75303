/**
 * Playground (analyse, browser-safe): the stages of a Dockerfile and what each takes from
 * another, for the graph beside the editor. A stage is built `FROM` an image or an earlier
 * stage; `COPY --from=` and `RUN --mount=…,from=` take files from an earlier stage (by name,
 * case aside, or by number) or from an image. Read from the engine's model, as the rules read
 * it (DL3022 for `--from`, DL3026 for mounts); what names no earlier stage is an image.
 */
import type { DockerfileModel, Flag, Instruction } from '../dockerfile/model.ts';

export interface GraphStage {
  index: number;
  /** `AS name` as written, else undefined. */
  name: string | undefined;
  /** The FROM image as written. */
  image: string;
  /** The earlier stage it is built on (`FROM builder`), else undefined. */
  baseStage: number | undefined;
  line: number;
}

export interface GraphEdge {
  /** An earlier stage's index, or an image the step reads from. */
  from: { stage: number } | { image: string };
  /** The stage that takes the files. */
  to: number;
  kind: 'copy' | 'mount';
  /** What is taken: `COPY --from` sources (`/app/.venv`), or the mount's target. */
  what: string;
  line: number;
}

export interface StageGraph {
  stages: GraphStage[];
  edges: GraphEdge[];
}

const unquote = (value: string) => value.replace(/^(["'])(.*)\1$/, '$2');

/** The `from=` of each `--mount` that reads one (bind and cache mounts), with its target. */
function mountsFrom(flags: readonly Flag[]): Array<{ from: string; target: string }> {
  return flags.filter((flag) => flag.name === 'mount' && flag.value !== undefined)
    .flatMap((flag) => {
      const options = new Map(unquote(flag.value ?? '').split(',').map((part): [string, string] => {
        const eq = part.indexOf('=');
        return eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
      }));
      const from = options.get('from');
      const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
      return from === undefined ? [] : [{ from, target: target ?? '' }];
    });
}

/** `COPY --from=build /app/.venv /app/.venv` → `/app/.venv` (every source, not the target). */
function copySources(instruction: Instruction): string {
  const words = instruction.json ?? instruction.args;
  return words.slice(0, -1).join(' ');
}

export function stageGraph(model: DockerfileModel): StageGraph {
  const byName = new Map<string, number>();
  const stages: GraphStage[] = [];
  const edges: GraphEdge[] = [];
  /** An earlier stage by name or number, as the builder resolves `--from` and FROM. */
  const earlier = (ref: string, before: number): number | undefined => {
    const named = byName.get(ref.toLowerCase());
    if (named !== undefined && named < before) return named;
    return /^\d+$/.test(ref) && Number(ref) < before ? Number(ref) : undefined;
  };
  const source = (ref: string, before: number): GraphEdge['from'] => {
    const stage = earlier(ref, before);
    return stage === undefined ? { image: ref } : { stage };
  };
  for (const stage of model.stages) {
    const baseStage = byName.get(stage.image.toLowerCase());
    stages.push({ index: stage.index, name: stage.name, image: stage.image, baseStage,
      line: stage.line });
    if (stage.name !== undefined) byName.set(stage.name.toLowerCase(), stage.index);
    for (const instruction of stage.instructions) {
      const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
      if (instruction.keyword === 'COPY' && from !== undefined) {
        edges.push({ from: source(unquote(from), stage.index), to: stage.index, kind: 'copy',
          what: copySources(instruction), line: instruction.line });
      }
      if (instruction.keyword === 'RUN') {
        for (const mount of mountsFrom(instruction.flags)) {
          edges.push({ from: source(mount.from, stage.index), to: stage.index, kind: 'mount',
            what: mount.target, line: instruction.line });
        }
      }
    }
  }
  return { stages, edges };
}

/**
 * "build (python:3.13-slim)", or for a stage without a name the number `COPY --from=` gives it,
 * counted from 0 as the builder does: "stage 1 (python:latest)".
 */
export function stageLabel(stage: GraphStage): string {
  return `${stage.name ?? `stage ${stage.index}`} (${stage.image})`;
}
