/**
 * Playground (render, Node): what the page hands its script, as JSON in the page — the site
 * base, each rule's one-line title for the hover text and the findings panel (the browser
 * bundle of the engine leaves the rules' words out), the starting Dockerfile and its check,
 * made here by the same code the worker runs (`check.ts`), so the page shows it without
 * loading the engine; and the simulated build's context (`build-context.ts`).
 */
import type { Dataset } from '../compare/dataset-schema.ts';
import { describedRules } from '../dockerfile/rules/texts.ts';
import { playgroundBuildContext, type BuildContext } from './build-context.ts';
import { checkDockerfile, type CheckResult } from './check.ts';
import { STARTER_DOCKERFILE } from './starter.ts';

export interface PlaygroundData {
  base: string;
  titles: Record<string, string>;
  starter: string;
  starterCheck: CheckResult;
  /** Undefined when the site has no example app to build against. */
  build: BuildContext | undefined;
}

export interface PageOptions {
  /** The site base (`import.meta.env.BASE_URL`). */
  base: string;
  /** The project root, where `content/examples/_app/` is. */
  root: string;
  /** The base-image dataset the plugin was given (empty when the site has none). */
  dataset: Dataset;
}

export function playgroundData({ base, root, dataset }: PageOptions): PlaygroundData {
  return {
    base: base.replace(/\/?$/, '/'),
    titles: Object.fromEntries(describedRules.map((rule) => [rule.id, rule.title])),
    starter: STARTER_DOCKERFILE,
    starterCheck: checkDockerfile(STARTER_DOCKERFILE),
    build: playgroundBuildContext(root, dataset),
  };
}

/** The data as JSON that is safe inside `<script type="application/json">`. */
export function playgroundDataJson(data: PlaygroundData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
