/**
 * Analyse stage, Dockerfile engine: ONBUILD triggers, linted as hadolint lints them. Hadolint
 * wraps some rules in `onbuild` (`src/Hadolint/Rule.hs`): such a rule runs a second time over the
 * ONBUILD instructions alone, each unwrapped to its trigger (`ONBUILD RUN apt-get install x` is
 * read as `RUN apt-get install x`), with findings on the ONBUILD's line. Here the triggers become
 * a model of their own: the text with every other line blanked and each `ONBUILD` keyword
 * replaced by spaces, parsed again, so lines, continuations and heredocs stay as written.
 * Browser-safe.
 */
import type { DockerfileModel } from './model.ts';
import { buildModel } from './parse/build-model.ts';

/**
 * The rules hadolint applies to triggers (`rule = dlXXXX <> onbuild dlXXXX`), from
 * hadolint 8f936c5e975d3663b3cce4ac5b3baa3db26b8516; those not (yet) in shipshape are harmless.
 */
export const ONBUILD_RULES: ReadonlySet<string> = new Set([
  'DL3001', 'DL3004', 'DL3008', 'DL3009', 'DL3013', 'DL3014', 'DL3015', 'DL3016', 'DL3018',
  'DL3019', 'DL3027', 'DL3028', 'DL3030', 'DL3032', 'DL3033', 'DL3034', 'DL3035', 'DL3036',
  'DL3037', 'DL3038', 'DL3040', 'DL3041', 'DL3042', 'DL3046', 'DL3047', 'DL3060', 'DL3062',
  'DL3064', 'DL4001', 'DL4005', 'ShellCheck',
]);

const LINE_BREAK = /\r\n|\r|\n/;

/** The model of the ONBUILD triggers alone, or undefined when the file has no ONBUILD. */
export function onbuildTriggerModel(model: DockerfileModel): DockerfileModel | undefined {
  const onbuilds = model.instructions.filter((i) => i.keyword === 'ONBUILD');
  if (onbuilds.length === 0) return undefined;
  const lines = model.source.split(LINE_BREAK);
  const kept = lines.map(() => '');
  // The directives stay: `# escape=` changes how the triggers read.
  for (const directive of model.directives) {
    kept[directive.line - 1] = lines[directive.line - 1] ?? '';
  }
  for (const instruction of onbuilds) {
    for (let line = instruction.line; line <= instruction.endLine; line++) {
      kept[line - 1] = lines[line - 1] ?? '';
    }
    const first = kept[instruction.line - 1] ?? '';
    const at = first.indexOf(instruction.rawKeyword);
    if (at >= 0) {
      kept[instruction.line - 1] = first.slice(0, at) + ' '.repeat(instruction.rawKeyword.length) +
        first.slice(at + instruction.rawKeyword.length);
    }
  }
  return buildModel(kept.join('\n'));
}
