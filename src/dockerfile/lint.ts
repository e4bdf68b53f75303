/**
 * Analyse stage, Dockerfile engine, Node entry (the build, the CLI, tests): lints a Dockerfile (or
 * a snippet of one) with every rule and returns the findings in line order. Syntax errors are
 * dockerfile-utils' (`parse/parse-dockerfile.ts`), checked in full whenever the pre-check cannot
 * clear the text. The rules and the merging of findings live in `browser.ts`, the browser entry,
 * which reports our own syntax checks instead because dockerfile-utils does not run in browsers.
 * Node only.
 */
import { lintModel, type LintOptions, type LintResult } from './browser.ts';
import { parseDockerfile } from './parse/parse-dockerfile.ts';

export {
  isFragment, isNotDockerfile, lintModel, summarize, type LintOptions, type LintResult,
  type LintSettings,
} from './browser.ts';

export function lintDockerfile(source: string, options: LintOptions = {}): LintResult {
  return lintModel(parseDockerfile(source), options);
}
