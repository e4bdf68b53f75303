/**
 * Analyse stage, Dockerfile engine: reads the shell script of a RUN (shell form or heredoc body)
 * into its simple commands (`shell-commands.ts`), keeping for each the Dockerfile line it starts
 * on. When bash would refuse the script, a plain split on shell operators stands in and the
 * script is marked unparsed. Browser-safe.
 */
import type { ShellCommand, ShellScript } from '../model.ts';
import { readShellCommands } from './shell-commands.ts';
import { lineLocator, splitWords, type MappedText } from './text.ts';

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

/** Best effort when the shell parser fails: split on `&&`, `||`, `;`, `|`, then on blanks. */
export function splitShellFallback(script: MappedText): ShellScript {
  const { text } = script;
  const commands: ShellCommand[] = [];
  let hasPipe = false;
  const lineAt = lineLocator(script);
  const operator = /&&|\|\||;|\||\n/g;
  let start = 0;
  const flush = (end: number): void => {
    const words = splitWords(text.slice(start, end), '\\');
    const assignments: string[] = [];
    while (words[0] && ASSIGNMENT.test(words[0].value)) {
      assignments.push(words[0].value);
      words.shift();
    }
    const [first, ...rest] = words;
    if (first) {
      commands.push({ name: first.value, args: rest.map((w) => w.value), assignments,
        line: lineAt(start + first.start) });
    }
  };
  for (let m = operator.exec(text); m; m = operator.exec(text)) {
    if (m[0] === '|') hasPipe = true;
    flush(m.index);
    start = m.index + m[0].length;
  }
  flush(text.length);
  return { commands, hasPipe, text, parsed: false };
}

/** Reads `script.text` as bash; `script.segments` give the Dockerfile line of each offset. */
export function readShell(script: MappedText): ShellScript {
  let read: ReturnType<typeof readShellCommands>;
  try {
    read = readShellCommands(script.text);
  } catch {
    return splitShellFallback(script);
  }
  const lineAt = lineLocator(script);
  // In source order; a backquote substitution's commands share its offset, in their own order.
  const found = read.found.map((f, i) => ({ f, i })).sort((a, b) => a.f.pos - b.f.pos || a.i - b.i);
  const commands = found.map(({ f }): ShellCommand => ({ name: f.name, args: f.args,
    assignments: f.assignments, line: lineAt(f.pos) }));
  return { commands, hasPipe: read.hasPipe, text: script.text, parsed: true };
}
