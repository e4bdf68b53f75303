/**
 * Playground, browser: the simulated build under the editor — "Build" runs "Run it here"'s
 * BuildKit simulation in the checking worker on the editor's text, with the guide's example app
 * as the context, and prints the log (lines classed as `run-here.ts` classes them, so `CACHED`
 * and errors differ by more than colour), the layer sizes and a one-line summary for screen
 * readers. Cache keys carry over from build to build, unless "--no-cache" is ticked.
 */
import type { EditorView } from '@codemirror/view';
import { showBuild } from '../../examples/client/show-build.ts';
import type { BuildContext } from '../build-context.ts';
import type { Checker } from './check-client.ts';

export function wireBuildPanel(panel: HTMLElement, view: EditorView, checker: Checker,
  context: BuildContext): void {
  const button = panel.querySelector<HTMLButtonElement>('[data-action="build"]');
  const noCache = panel.querySelector<HTMLInputElement>('[data-no-cache]');
  const log = panel.querySelector<HTMLElement>('[data-build-log]');
  const sizes = panel.querySelector<HTMLElement>('[data-sizes]');
  const status = panel.querySelector<HTMLElement>('[data-build-status]');
  if (!button || !noCache || !log || !sizes || !status) return;
  const seen = new Set<string>();
  button.addEventListener('click', async () => {
    const fresh = noCache.checked;
    const result = await checker.build({ text: view.state.doc.toString(), files: context.files,
      baseImages: context.baseImages, previous: fresh ? [] : [...seen], tag: 'playground' });
    for (const key of result.keys) seen.add(key);
    showBuild({ log, sizes, status }, `${context.command}${fresh ? ' --no-cache' : ''}`, result);
  });
}
