/**
 * Ingest stage, first step: accepts what editors save — a byte-order mark, CRLF or CR line
 * endings — and turns it into plain `\n` text. Reports what it changed (as information).
 */
import { toSourceLines, type SourceDiagnostic, type SourceLine } from './source-lines.ts';

export function decodeSource(
  raw: string,
  report: (diagnostic: SourceDiagnostic) => void,
): SourceLine[] {
  let text = raw;
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    report({
      line: 1,
      ruleId: 'byte-order-mark',
      found: 'a UTF-8 byte-order mark at the start of the file',
      action: 'ignored it',
    });
  }
  const crlf = text.match(/\r\n?/g)?.length ?? 0;
  if (crlf > 0) {
    const firstLine = text.slice(0, text.search(/\r/)).split('\n').length;
    report({
      line: firstLine,
      ruleId: 'line-endings',
      found: `${crlf} Windows (CRLF) or old Mac (CR) line ending${crlf === 1 ? '' : 's'}`,
      action: 'read them as plain line breaks',
    });
  }
  return toSourceLines(text);
}
