/**
 * Analyse stage, Dockerfile engine: the full syntax check on Node, dockerfile-utils' `validate`,
 * which `parseDockerfile` runs when the pre-check (`precheck.ts`) cannot clear a text. Node only:
 * dockerfile-ast's parser behind `validate` calls Node's `Buffer`, so in a browser it throws; the
 * browser entry (`../browser.ts`) reports our own findings (`own-syntax.ts`) instead.
 */
import { validate } from 'dockerfile-utils';
import type { SyntaxError } from '../model.ts';
import { keepError } from './precheck.ts';

/** dockerfile-utils' errors (warnings left out), minus unknown-flag errors for newer flags. */
export function validateSyntax(source: string): SyntaxError[] {
  try {
    return validate(source)
      .filter((d) => d.severity === 1)
      .map((d) => ({ line: d.range.start.line + 1, endLine: d.range.end.line + 1,
        message: typeof d.message === 'string' ? d.message : d.message.value }))
      .filter((e) => keepError(e.message));
  } catch {
    return [];
  }
}
