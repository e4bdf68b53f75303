/**
 * Output stage: groups the diagnostics stored on each entry by source file for the authors'
 * report page, files in path order, notes in line order.
 */
import type { Diagnostic } from '../shared/shipshape-frontmatter.ts';
import { shownPath } from '../shared/shown-path.ts';

export interface ReportEntry {
  id: string;
  filePath?: string | undefined;
  data: { title: string; shownPath?: string | undefined; diagnostics: Diagnostic[] };
}

export interface ReportGroup {
  title: string;
  filePath: string;
  href: string;
  anchor: string;
  diagnostics: Diagnostic[];
}

export function groupDiagnostics(entries: readonly ReportEntry[], base = '/'): ReportGroup[] {
  return entries
    .filter((entry) => entry.data.diagnostics.length > 0)
    .map((entry) => ({
      title: entry.data.title,
      filePath: shownPath(entry),
      href: `${base}${entry.id === 'index' ? '' : `${entry.id}/`}`,
      anchor: `file-${entry.id.replace(/[^a-z0-9]+/gi, '-')}`,
      diagnostics: [...entry.data.diagnostics].sort((a, b) => a.line - b.line),
    }))
    .sort((a, b) => a.filePath.localeCompare(b.filePath));
}
