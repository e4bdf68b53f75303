/**
 * Analyse stage, Dockerfile engine: the line scanner that finds a Dockerfile's parser directives,
 * comments and instructions (keyword, offsets, lines). It follows dockerfile-ast's parser
 * character by character (escape directive, escaped line breaks, comment and blank lines inside
 * a continuation, heredoc bodies, a UTF-8 BOM) so the model stays the same, but builds no objects
 * per instruction: only instructions that may hold a heredoc are read further (`heredocs.ts`,
 * our port of dockerfile-ast's heredoc reading). Why: see README.md. Browser-safe.
 */
import { heredocDelimiters, type InstructionSpan } from './heredocs.ts';
import { LineIndex } from './line-index.ts';

export interface ScannedDirective {
  /** As written (`Escape`, `syntax`). */
  name: string;
  value: string;
  /** 0-based line. */
  line: number;
}

export interface ScannedComment {
  /** 0-based line. */
  line: number;
  /** The text after `#`, blanks trimmed (dockerfile-ast's `getContent`). */
  text: string;
}

export interface ScannedInstruction extends InstructionSpan {
  /** First and last line, 0-based (dockerfile-ast's `getRange`). */
  line: number;
  endLine: number;
  /** Column where the keyword ends (dockerfile-ast's `getInstructionRange().end.character`). */
  keywordEndColumn: number;
}

export interface ScannedDockerfile {
  index: LineIndex;
  escapeChar: '\\' | '`';
  directives: ScannedDirective[];
  instructions: ScannedInstruction[];
  /** In file order, directives excluded. */
  comments: ScannedComment[];
}

const BOM = '\uFEFF';

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

/** `# name=value` lines at the top of the file (dockerfile-ast's `getParserDirectives`). */
function scanDirectives(index: LineIndex): ScannedDirective[] {
  const buffer = index.text;
  const directives: ScannedDirective[] = [];
  const text = (from: number, to: number) =>
    buffer.substring(index.normalize(from), index.normalize(to));
  directiveCheck: for (let i = buffer.startsWith(BOM) ? 1 : 0; i < buffer.length; i++) {
    switch (buffer.charAt(i)) {
      case ' ':
      case '\t':
        break;
      case '#': {
        let nameStart = -1;
        let nameEnd = -1;
        for (let j = i + 1; j < buffer.length; j++) {
          const ch = buffer.charAt(j);
          if (ch === ' ' || ch === '\t') {
            if (nameStart !== -1 && nameEnd === -1) nameEnd = j;
          } else if (ch === '\r' || ch === '\n') {
            break directiveCheck;
          } else if (ch === '=') {
            let valueStart = -1;
            let valueEnd = -1;
            let lineEnd = buffer.length;
            if (nameEnd === -1) nameEnd = j;
            for (let k = j + 1; k < buffer.length; k++) {
              const c = buffer.charAt(k);
              if (c === '\r' || c === '\n') {
                if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
                lineEnd = k;
                break;
              }
              if (c === ' ' || c === '\t') {
                if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
              } else if (valueStart === -1) {
                valueStart = k;
              }
            }
            // No name: a plain comment, and the end of the directives.
            if (nameStart === -1) break directiveCheck;
            if (valueStart === -1) {
              // Blanks only: dockerfile-ast takes the rest of the line as the value.
              valueStart = j + 1;
              valueEnd = lineEnd;
            } else if (valueEnd === -1) {
              valueEnd = buffer.length;
            }
            directives.push({ name: text(nameStart, nameEnd), value: text(valueStart, valueEnd),
              line: index.lineAt(i) });
            i = buffer.charAt(valueEnd) === '\r' ? valueEnd + 1 : valueEnd;
            continue directiveCheck;
          } else if (nameStart === -1) {
            nameStart = j;
          }
        }
        break directiveCheck;
      }
      default:
        // A line break (a blank line) or anything else ends the directives.
        break directiveCheck;
    }
  }
  return directives;
}

class Scanner {
  readonly index: LineIndex;
  readonly buffer: string;
  readonly escapeChar: '\\' | '`';
  readonly instructions: ScannedInstruction[] = [];
  readonly comments: ScannedComment[] = [];

  constructor(index: LineIndex, escapeChar: '\\' | '`') {
    this.index = index;
    this.buffer = index.text;
    this.escapeChar = escapeChar;
  }

  scan(offset: number): void {
    const { buffer } = this;
    for (let i = offset; i < buffer.length; i++) {
      const ch = buffer.charAt(i);
      if (isBlank(ch)) continue;
      i = ch === '#' ? this.comment(i) : this.instruction(ch, i);
    }
  }

  private add(rawKeyword: string, start: number, keywordEnd: number, end: number): void {
    const { index } = this;
    const keyword = index.positionAt(keywordEnd);
    this.instructions.push({ rawKeyword, start, keywordEnd, end, line: index.lineAt(start),
      endLine: index.lineAt(end), keywordEndColumn: keyword.character });
  }

  /** A comment from `#` to the end of the line; returns where it ends. */
  private comment(start: number): number {
    const { buffer } = this;
    let end = buffer.length;
    for (let i = start + 1; i < buffer.length; i++) {
      const ch = buffer.charAt(i);
      if (ch === '\r' || ch === '\n') {
        end = i;
        break;
      }
    }
    let from = start + 1;
    let to = end;
    while (from < to && isBlank(buffer.charAt(from))) from++;
    while (to > from && isBlank(buffer.charAt(to - 1))) to--;
    this.comments.push({ line: this.index.lineAt(start), text: buffer.substring(from, to) });
    return end;
  }

  /** The keyword, then the arguments (dockerfile-ast's `processInstruction`). */
  private instruction(first: string, start: number): number {
    const { buffer, escapeChar } = this;
    let keyword = first;
    let keywordEnd = -1;
    let escaped = false;
    keywordCheck: for (let i = start + 1; i < buffer.length; i++) {
      let ch = buffer.charAt(i);
      if (ch === escapeChar) {
        escaped = true;
        ch = buffer.charAt(i + 1);
        if (ch === '\r' || ch === '\n') {
          if (keywordEnd === -1) keywordEnd = i;
          i++;
        } else if (ch === ' ' || ch === '\t') {
          for (let j = i + 2; j < buffer.length; j++) {
            const c = buffer.charAt(j);
            if (c === ' ' || c === '\t') continue;
            if (c === '\r' || c === '\n') {
              i = j;
              continue keywordCheck;
            }
            // An argument follows: the escape character ends the keyword.
            keywordEnd = i + 1;
            keyword += escapeChar;
            i = j - 2;
            continue keywordCheck;
          }
          keywordEnd = i + 1;
          keyword += escapeChar;
          break keywordCheck;
        } else {
          keywordEnd = i + 1;
          keyword += escapeChar;
          escaped = false;
        }
      } else if (ch === ' ' || ch === '\t') {
        if (escaped) {
          // After an escaped line break, a line of blanks only does not end the keyword.
          let blankLine = false;
          for (let j = i + 1; j < buffer.length; j++) {
            const c = buffer.charAt(j);
            if (c === ' ' || c === '\t') continue;
            if (c === '\r' || c === '\n') {
              i = j;
              blankLine = true;
            }
            break;
          }
          if (blankLine) continue keywordCheck;
          escaped = false;
        }
        if (keywordEnd === -1) keywordEnd = i;
        const end = this.args(keyword, keywordEnd, start, i);
        this.add(keyword, start, keywordEnd, end);
        return end;
      } else if (ch === '\r' || ch === '\n') {
        if (escaped) continue;
        this.add(keyword, start, i, i);
        return i;
      } else if (ch === '#' && escaped) {
        continue;
      } else {
        keywordEnd = i + 1;
        keyword += ch;
        escaped = false;
      }
    }
    this.add(keyword, start, keywordEnd === -1 ? buffer.length : keywordEnd, buffer.length);
    return buffer.length;
  }

  /** The arguments up to the first line break that is not escaped, then any heredoc bodies. */
  private args(keyword: string, keywordEnd: number, start: number, offset: number): number {
    const { buffer, escapeChar } = this;
    let escaped = false;
    argumentsCheck: for (let i = offset + 1; i < buffer.length; i++) {
      const ch = buffer.charAt(i);
      if (ch === '\r' || ch === '\n') {
        if (escaped) continue;
        return this.heredocBodies({ rawKeyword: keyword, start, keywordEnd, end: i });
      }
      if (ch === escapeChar) {
        const next = buffer.charAt(i + 1);
        if (next === '\n' || next === '\r') {
          escaped = true;
          i++;
        } else if (next === ' ' || next === '\t') {
          for (let j = i + 2; j < buffer.length; j++) {
            const c = buffer.charAt(j);
            if (c === ' ' || c === '\t') continue;
            if (c === '\r' || c === '\n') escaped = true;
            // dockerfile-ast skips the character it stops on, whatever it is.
            i = j;
            continue argumentsCheck;
          }
          return buffer.length;
        }
        continue;
      }
      if (ch === '#') {
        if (escaped) i = this.comment(i);
      } else if (ch !== ' ' && ch !== '\t') {
        escaped = false;
      }
    }
    return buffer.length;
  }

  /** Skips the bodies of the heredocs the first line opens (dockerfile-ast's `parseHeredoc`). */
  private heredocBodies(span: InstructionSpan): number {
    const { names, tabbed } = heredocDelimiters(this.index, this.escapeChar, span);
    let offset = span.end;
    for (const name of names) offset = this.heredocBody(name, offset, tabbed);
    return offset;
  }

  private heredocBody(name: string, offset: number, tabbed: boolean): number {
    const { buffer } = this;
    let wordStart = -1;
    let lineStart = true;
    for (let i = offset; i < buffer.length; i++) {
      const ch = buffer.charAt(i);
      if (ch === ' ') {
        lineStart = false;
      } else if (ch === '\t') {
        if (!tabbed) lineStart = false;
      } else if (ch === '\r' || ch === '\n') {
        if (wordStart !== -1 && buffer.substring(wordStart, i) === name) return i;
        wordStart = -1;
        lineStart = true;
      } else if (lineStart) {
        wordStart = i;
        lineStart = false;
      }
    }
    return buffer.length;
  }
}

/** The escape character the first valid `# escape=` directive sets (default backslash). */
function escapeOf(directives: readonly ScannedDirective[]): '\\' | '`' {
  for (const d of directives) {
    if (d.name.toLowerCase() === 'escape' && (d.value === '\\' || d.value === '`')) return d.value;
  }
  return '\\';
}

export function scanDockerfile(source: string): ScannedDockerfile {
  const index = new LineIndex(source);
  const directives = scanDirectives(index);
  const escapeChar = escapeOf(directives);
  let offset = 0;
  if (directives.length > 0) offset = index.offsetAt({ line: directives.length, character: 0 });
  else if (source.startsWith(BOM)) offset = 1;
  const scanner = new Scanner(index, escapeChar);
  scanner.scan(offset);
  return { index, escapeChar, directives, instructions: scanner.instructions,
    comments: scanner.comments };
}
