/**
 * Ingest stage: runs the source repairs in order over a raw write-up and returns the repaired
 * Markdown, a map from each repaired line to its line in the original file, and what was done.
 */
import { closeOpenFences } from './close-open-fences.ts';
import { limitNesting } from './limit-nesting.ts';
import { limitTables } from './limit-tables.ts';
import { repairUnclosedHtml } from './repair-unclosed-html.ts';
import { decodeSource } from './decode-source.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { fromSourceLines, type SourceDiagnostic, type SourceRepair } from './source-lines.ts';
import { unwrapMarkdownFence } from './unwrap-markdown-fence.ts';

/**
 * Order matters: text must read right before fences are found, and unwrapped before paired;
 * the HTML, nesting and table steps need every fence closed so they can leave code alone.
 */
export const SOURCE_REPAIRS: readonly SourceRepair[] = [
  repairMojibake,
  unwrapMarkdownFence,
  closeOpenFences,
  repairUnclosedHtml,
  limitNesting,
  limitTables,
];

export interface RepairedSource {
  /** Repaired Markdown with `\n` line endings. */
  text: string;
  /** `origins[n - 1]` is the original line of repaired line `n`. */
  origins: number[];
  diagnostics: SourceDiagnostic[];
}

export function repairSource(
  raw: string,
  repairs: readonly SourceRepair[] = SOURCE_REPAIRS,
): RepairedSource {
  const diagnostics: SourceDiagnostic[] = [];
  const report = (diagnostic: SourceDiagnostic): void => {
    diagnostics.push(diagnostic);
  };
  let lines = decodeSource(raw, report);
  for (const repair of repairs) lines = repair(lines, report);
  return {
    text: fromSourceLines(lines),
    origins: lines.map((line) => line.origin),
    diagnostics: diagnostics.sort((a, b) => a.line - b.line),
  };
}
