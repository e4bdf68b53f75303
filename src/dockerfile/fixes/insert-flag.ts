/**
 * Analyse stage, Dockerfile engine, fixes: shared by the fixes that add a flag to a command in
 * a RUN (`pip install` → `pip install --no-cache-dir`). Reads the RUN's lines as the shell
 * would see one command: from the command word to the next `&&`, `||`, `;`, `|` or unescaped
 * line end. The flag goes right after the subcommand, on that word's line, unless the command
 * already has it; comment lines inside the RUN are left alone.
 */
import type { Instruction } from '../model.ts';
import type { TextEdit } from './fix.ts';

/** Where a command may start: line start or after a separator, a subshell or `sudo`/`env`. */
const BEFORE = String.raw`(?:^|[\s;&|(\x60])`;

export interface FlagFix {
  /** Matches up to the end of the subcommand word; must use the `g` flag. */
  command: RegExp;
  flag: string;
  /** Whether the command's words (up to its end) already do what the flag does. */
  has(segment: string): boolean;
}

export function commandPattern(command: string): RegExp {
  return new RegExp(`${BEFORE}${command}(?=\\s|$)`, 'g');
}

export function insertFlag(instruction: Instruction, lines: readonly string[],
  escape: string, fix: FlagFix): TextEdit[] {
  const edits: TextEdit[] = [];
  const end = new RegExp(`&&|\\|\\||;|\\||(?<!${escape === '\\' ? '\\\\' : escape})\\n`);
  const bodies = lines.slice(instruction.line - 1, instruction.endLine);
  const text = bodies.join('\n');
  const lineStarts = bodies.map((_, i) =>
    bodies.slice(0, i).reduce((sum, body) => sum + body.length + 1, 0));
  for (const match of text.matchAll(fix.command)) {
    const after = (match.index ?? 0) + match[0].length;
    const rest = text.slice(after);
    const segment = rest.slice(0, rest.search(end) === -1 ? rest.length : rest.search(end));
    if (fix.has(segment)) continue;
    let index = lineStarts.length - 1;
    while (index > 0 && (lineStarts[index] ?? 0) > after) index--;
    if ((bodies[index] ?? '').trimStart().startsWith('#')) continue;
    const column = after - (lineStarts[index] ?? 0);
    edits.push({ line: instruction.line + index, start: column, end: column,
      text: ` ${fix.flag}` });
  }
  return edits;
}
