/**
 * Analyse stage, Dockerfile engine: offsets ↔ (line, character) positions of a text, with the
 * exact rules of the LSP text document dockerfile-ast uses (`\r\n`, `\r` and `\n` all end a line;
 * an offset inside `\r\n` belongs before it); `normalize` gives the offset dockerfile-ast ends up
 * with after its position round trips, which the heredoc port (`heredocs.ts`) relies on. It still
 * has the shape of that text document, so tests can build dockerfile-ast objects over it to
 * compare. Browser-safe.
 */
import { lastAtOrBefore } from './text.ts';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

function isEol(code: number): boolean {
  return code === 13 || code === 10;
}

export class LineIndex {
  readonly uri = '';
  readonly languageId = '';
  readonly version = 0;
  readonly text: string;
  /** Offset where each line starts; line 0 starts at 0. */
  readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isEol(code)) continue;
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Moves an offset that sits between `\r` and `\n` (or after a line break) before the break. */
  private beforeEol(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isEol(this.text.charCodeAt(at - 1))) at--;
    return at;
  }

  /** 0-based line of an offset. */
  lineAt(offset: number): number {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    return lastAtOrBefore(this.lineStarts, at);
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    const line = this.lineAt(at);
    const start = this.lineStarts[line] ?? 0;
    return { line, character: this.beforeEol(at, start) - start };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts;
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = starts[position.line] ?? 0;
    if (position.character <= 0) return start;
    const next = starts[position.line + 1] ?? this.text.length;
    return this.beforeEol(Math.min(start + position.character, next), start);
  }

  /** The offset dockerfile-ast ends up with after turning `offset` into a position and back. */
  normalize(offset: number): number {
    return this.offsetAt(this.positionAt(offset));
  }

  /** A line's range without its line break. */
  getLineRange(line: number): Range {
    const starts = this.lineStarts;
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 },
        end: { line: last, character: this.text.length - (starts[last] ?? 0) } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = starts[line] ?? 0;
    const end = this.beforeEol(starts[line + 1] ?? this.text.length, start);
    return { start: { line, character: 0 }, end: { line, character: end - start } };
  }

  /** The line break that ends a line (`''` on the last line). */
  getEOLCharacters(line: number): string {
    const starts = this.lineStarts;
    if (line < 0 || line >= starts.length) return '';
    const next = starts[line + 1] ?? this.text.length;
    return this.text.substring(this.beforeEol(next, starts[line] ?? 0), next);
  }

  getText(range?: Range): string {
    if (!range) return this.text;
    return this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }
}
