/**
 * Playground (render, Node): what the page hands its script, as JSON in the page — the site
 * base, each rule's one-line title for the hover text and the findings panel (the browser
 * bundle of the engine leaves the rules' words out), the starting Dockerfile and its check,
 * made here by the same code the worker runs (`check.ts`), so the page shows it without
 * loading the engine.
 */
import { describedRules } from '../dockerfile/rules/texts.ts';
import { checkDockerfile, type CheckResult } from './check.ts';
import { STARTER_DOCKERFILE } from './starter.ts';

export interface PlaygroundData {
  base: string;
  titles: Record<string, string>;
  starter: string;
  starterCheck: CheckResult;
}

export function playgroundData(base: string): PlaygroundData {
  return {
    base: base.replace(/\/?$/, '/'),
    titles: Object.fromEntries(describedRules.map((rule) => [rule.id, rule.title])),
    starter: STARTER_DOCKERFILE,
    starterCheck: checkDockerfile(STARTER_DOCKERFILE),
  };
}

/** The data as JSON that is safe inside `<script type="application/json">`. */
export function playgroundDataJson(data: PlaygroundData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
