/**
 * Analyse stage, Dockerfile engine, fixes: shared by the fixes that add a flag to a command in
 * a RUN (`pip install` → `pip install --no-cache-dir`). Reads the RUN's lines as the shell
 * would see one command: from the command word to the next `&&`, `||`, `;`, `|` or unescaped
 * line end. The flag goes right after the subcommand, on that word's line, unless the command
 * already has it; comment lines inside the RUN and quoted text (`sh -c "pip install x"`) are
 * left alone.
 */
import type { Instruction } from '../model.ts';
import { instructionAt, type Fix, type TextEdit } from './fix.ts';

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

/** For each index of `text`: inside single or double quotes (`'…'`, `"…"`) there. */
function quotedAt(text: string, escape: string): boolean[] {
  const quoted: boolean[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    quoted.push(quote !== '');
    if (char === escape && quote !== "'") {
      quoted.push(quote !== '');
      i++;
    } else if (quote === '' && (char === '"' || char === "'")) {
      quote = char;
    } else if (char === quote) {
      quote = '';
    }
  }
  return quoted;
}

export function insertFlag(instruction: Instruction, lines: readonly string[],
  escape: string, fix: FlagFix): TextEdit[] {
  const edits: TextEdit[] = [];
  const end = new RegExp(`&&|\\|\\||;|\\||(?<!${escape === '\\' ? '\\\\' : escape})\\n`);
  const bodies = lines.slice(instruction.line - 1, instruction.endLine);
  const text = bodies.join('\n');
  const lineStarts = bodies.map((_, i) =>
    bodies.slice(0, i).reduce((sum, body) => sum + body.length + 1, 0));
  const quoted = quotedAt(text, escape);
  for (const match of text.matchAll(fix.command)) {
    const after = (match.index ?? 0) + match[0].length;
    // Words inside quotes are an argument (`echo "pip install x"`, `sh -c '…'`): not ours.
    if (quoted[after - 1] === true) continue;
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

/**
 * The fix for `rule`: adds `flag` to every `command` (from `commandPattern`) in the RUN that
 * lacks it, as a word of its own (`--no-cache`, `--no-cache-dir`).
 */
export function addFlagFix(rule: string, description: string, command: RegExp, flag: string):
  Fix {
  const has = new RegExp(`(^|\\s)${flag}(=|\\s|$)`);
  return {
    rules: [rule],
    description,
    edits(finding, { model, lines, escape }) {
      const instruction = instructionAt(model, finding.line);
      if (instruction === undefined || instruction.keyword !== 'RUN') return [];
      return insertFlag(instruction, lines, escape,
        { command, flag, has: (segment) => has.test(segment) });
    },
  };
}
