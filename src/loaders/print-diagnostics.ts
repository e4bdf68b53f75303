/**
 * Ingest stage, loaders: prints what the Markdown steps found in one file (the diagnostics the
 * pipeline hands back in the rendered front matter), one `file:line: message [rule]` line each
 * (text from a file's field, such as a syllabus introduction, names its place its own way).
 * Every loader that renders a file prints through here, so nothing from content reaches the
 * terminal raw and no file's warnings are dropped.
 */
import type { LoaderContext } from 'astro/loaders';
import type { Diagnostic } from '../shared/shipshape-frontmatter.ts';
import { terminalSafe } from '../shared/terminal-text.ts';

export function printDiagnostics(logger: Pick<LoaderContext['logger'], 'warn' | 'info'>,
  display: string | ((line: number) => string), diagnostics: readonly Diagnostic[]): void {
  const where = typeof display === 'string' ? (line: number) => `${display}:${line}` : display;
  for (const d of diagnostics) {
    const line = terminalSafe(`${where(d.line)}: ${d.message} [${d.ruleId}]`);
    if (d.severity === 'warning') logger.warn(line);
    else logger.info(line);
  }
}

/** The diagnostics a render handed back (`shipshape.diagnostics` of its front matter). */
export function renderedDiagnostics(metadata: { frontmatter?: Record<string, unknown> } |
  undefined): Diagnostic[] {
  const back = metadata?.frontmatter?.['shipshape'] as { diagnostics?: Diagnostic[] } | undefined;
  return back?.diagnostics ?? [];
}
