/**
 * Test oracle for `src/dockerfile/parse/shell-commands.ts`: the unbash bash parser as
 * `read-shell.ts` used it before (its `collect` walk, unchanged), giving each script's commands
 * (name, args, assignments, offset) and whether a pipe appears, or undefined where unbash
 * refuses the script. unbash is a devDependency for this comparison only.
 */
import { forEachChild, parse } from 'unbash';
import type { Assignment, CommandArgument, Script, SyntaxNode } from 'unbash';

interface Found {
  command: { name: string; args: string[]; assignments: string[] };
  pos: number;
}


/** `NAME=value` with the value's quotes removed, as a rule would compare it. */
function assignmentText(a: Assignment): string {
  const op = a.append ? '+=' : '=';
  return a.value.type === 'Word' ? `${a.name}${op}${a.value.value}` : a.text;
}

function argumentText(arg: CommandArgument): string {
  return arg.type === 'Word' ? arg.value : assignmentText(arg);
}

/**
 * Walks every node: commands nested in and/or lists, pipelines, subshells, groups, loops and
 * command substitutions all count. Inside a backtick substitution unbash indexes a decoded copy
 * of the text, so those commands take the line where the substitution starts.
 */
function collect(root: Script): { found: Found[]; hasPipe: boolean } {
  const found: Found[] = [];
  let hasPipe = false;
  const visit = (node: SyntaxNode, anchor: number | undefined): void => {
    if (node.type === 'Command' && node.name) {
      const assignments = node.prefix
        .filter((p): p is Assignment => p.type === 'Assignment')
        .map(assignmentText);
      const pos = anchor ?? node.pos;
      found.push({ pos, command: { name: node.name.value, args: node.args.map(argumentText),
        assignments } });
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


/** The commands unbash finds, in the order `read-shell.ts` gave them; undefined: refused. */
export function unbashCommands(text: string):
  { found: Array<Found['command'] & { pos: number }>; hasPipe: boolean } | undefined {
  try {
    const root = parse(text);
    if (root.errors && root.errors.length > 0) return undefined;
    const { found, hasPipe } = collect(root);
    return { found: found.map((f) => ({ pos: f.pos, ...f.command })), hasPipe };
  } catch {
    return undefined;
  }
}
