/**
 * Ingest stage, rehype plugin (runs last of ours): hands the diagnostics that the ingest steps
 * reported on the file back to the loader through `frontmatter.shipshape.diagnostics`, which
 * prints them in the build output and keeps them for the authors' report page.
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Diagnostic } from '../shared/shipshape-frontmatter.ts';
import { frontmatterOf } from '../shared/shipshape-frontmatter.ts';
import { terminalSafe } from '../shared/terminal-text.ts';

export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages
    .filter((message) => message.source === 'shipshape')
    .map((message) => ({
      line: message.line ?? 1,
      ruleId: message.ruleId ?? 'shipshape',
      severity: message.fatal === false ? ('warning' as const) : ('info' as const),
      // Quotes the author's text (a URL, a tag), which may hold ESC or a bidi override.
      message: terminalSafe(message.reason),
    }))
    .sort((a, b) => a.line - b.line);
}

export const rehypeCollectDiagnostics: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const frontmatter = frontmatterOf(file.data);
    const shipshape = (frontmatter['shipshape'] ??= {}) as Record<string, unknown>;
    shipshape['diagnostics'] = diagnosticsOf(file);
  };
};
