/**
 * Analyse stage, Dockerfile engine: reads the shell script of a RUN (shell form or heredoc body)
 * into its simple commands with the unbash bash parser, keeping for each the Dockerfile line it
 * starts on. When unbash cannot read the script, a plain split on shell operators stands in and
 * the script is marked unparsed. Browser-safe.
 */
import { forEachChild, parse } from 'unbash';
import type { Assignment, CommandArgument, Script, SyntaxNode } from 'unbash';
import type { ShellCommand, ShellScript } from '../model.ts';
import { lineLocator, splitWords, type MappedText } from './text.ts';

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

/** `NAME=value` with the value's quotes removed, as a rule would compare it. */
function assignmentText(a: Assignment): string {
  const op = a.append ? '+=' : '=';
  return a.value.type === 'Word' ? `${a.name}${op}${a.value.value}` : a.text;
}

function argumentText(arg: CommandArgument): string {
  return arg.type === 'Word' ? arg.value : assignmentText(arg);
}

interface Found {
  command: ShellCommand;
  pos: number;
}

/**
 * Walks every node: commands nested in and/or lists, pipelines, subshells, groups, loops and
 * command substitutions all count. Inside a backtick substitution unbash indexes a decoded copy
 * of the text, so those commands take the line where the substitution starts.
 */
function collect(root: Script, script: MappedText): { found: Found[]; hasPipe: boolean } {
  const found: Found[] = [];
  let hasPipe = false;
  const lineAt = lineLocator(script);
  const visit = (node: SyntaxNode, anchor: number | undefined): void => {
    if (node.type === 'Command' && node.name) {
      const assignments = node.prefix
        .filter((p): p is Assignment => p.type === 'Assignment')
        .map(assignmentText);
      const pos = anchor ?? node.pos;
      found.push({ pos, command: { name: node.name.value, args: node.args.map(argumentText),
        assignments, line: lineAt(pos) } });
    } else if (node.type === 'Pipeline' && node.commands.length > 1) {
      hasPipe = true;
    }
    let childAnchor = anchor;
    if (node.type === 'Script' && node.source !== undefined) childAnchor = anchor ?? node.pos;
    if ((node.type === 'CommandExpansion' || node.type === 'ProcessSubstitution') &&
      node.text.startsWith('`')) {
      childAnchor = anchor ?? node.pos;
    }
    forEachChild(node, (child) => visit(child, childAnchor));
  };
  visit(root, undefined);
  found.sort((a, b) => a.pos - b.pos);
  return { found, hasPipe };
}

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
  let root: ReturnType<typeof parse>;
  try {
    root = parse(script.text);
  } catch {
    return splitShellFallback(script);
  }
  if (root.errors && root.errors.length > 0) return splitShellFallback(script);
  try {
    const { found, hasPipe } = collect(root, script);
    return { commands: found.map((f) => f.command), hasPipe, text: script.text, parsed: true };
  } catch {
    // Substitutions are parsed lazily while walking, so a late failure is still possible.
    return splitShellFallback(script);
  }
}
