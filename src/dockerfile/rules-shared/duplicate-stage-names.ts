/**
 * Analyse stage, Dockerfile engine, shared by rules: stages that reuse an earlier stage's `AS`
 * name. The builder compares stage names case-insensitively, so `AS Build` repeats `AS build`.
 */
import type { DockerfileModel, Stage } from '../model.ts';

export interface DuplicateStageName {
  stage: Stage;
  /** The stage's name as written. */
  name: string;
  /** The FROM line of the first stage with that name. */
  firstLine: number;
}

/** Each stage whose name an earlier stage already uses, in file order. */
export function duplicateStageNames(model: DockerfileModel): DuplicateStageName[] {
  const duplicates: DuplicateStageName[] = [];
  const seen = new Map<string, number>();
  for (const stage of model.stages) {
    const { name } = stage;
    if (name === undefined) continue;
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, stage.line);
    else duplicates.push({ stage, name, firstLine: first });
  }
  return duplicates;
}
