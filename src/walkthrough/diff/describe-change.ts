/**
 * Analyse stage, walkthroughs: the one-line note of a changed diff row, read off the two
 * instructions' arguments only (never a judgement): "added `--no-cache-dir`", "base image `a` →
 * `b` (pinned through ARG V=1)", "exec form kept; `python` → `python3` via ENTRYPOINT".
 * Browser-safe.
 */
import type { Instruction } from '../../dockerfile/model.ts';
import { variablesInScope } from '../../dockerfile/scope.ts';
import { align } from './align.ts';
import { flagText, type LogicalInstruction } from './logical.ts';

/** A note is one line: past this many separate edits it only counts the rest. */
const MAX_EDITS = 3;
/** Longest quoted snippet, so that a rewritten RUN does not turn the note into a paragraph. */
const MAX_SNIPPET = 48;

/** One run of differing words between two word lists. */
interface Edit {
  removed: string[];
  added: string[];
  /** Index in the second list where the run starts (where it would be, when nothing is added). */
  at: number;
}

export function snippet(text: string): string {
  return text.length <= MAX_SNIPPET ? text : `${text.slice(0, MAX_SNIPPET - 1)}…`;
}

function code(words: readonly string[]): string {
  return `\`${snippet(words.join(' '))}\``;
}

function wordEdits(a: readonly string[], b: readonly string[]): Edit[] {
  const edits: Edit[] = [];
  let current: Edit | undefined;
  let next = 0;
  for (const step of align(a, b, (x, y) => (x === y ? 1 : undefined))) {
    if (step.a !== undefined && step.b !== undefined) {
      current = undefined;
      next = step.b + 1;
      continue;
    }
    if (!current) {
      current = { removed: [], added: [], at: next };
      edits.push(current);
    }
    if (step.a !== undefined) current.removed.push(a[step.a] ?? '');
    if (step.b !== undefined) {
      current.added.push(b[step.b] ?? '');
      next = step.b + 1;
    }
  }
  return edits;
}

function formatEdits(edits: readonly Edit[], suffix: (edit: Edit) => string = () => ''): string[] {
  const shown = edits.slice(0, MAX_EDITS).map((edit) => {
    const text = edit.removed.length === 0 ? `added ${code(edit.added)}`
      : edit.added.length === 0 ? `removed ${code(edit.removed)}`
        : `${code(edit.removed)} → ${code(edit.added)}`;
    return text + suffix(edit);
  });
  const more = edits.length - shown.length;
  if (more > 0) shown.push(`${more} more ${more === 1 ? 'edit' : 'edits'}`);
  return shown;
}

function words(instruction: Instruction): string[] {
  return instruction.json ?? instruction.args;
}

/** Exec form versus shell form; `kept` also states an unchanged form (CMD and ENTRYPOINT). */
function formNote(before: Instruction, after: Instruction, kept: boolean): string | undefined {
  const from = before.json === undefined ? 'shell form' : 'exec form';
  const to = after.json === undefined ? 'shell form' : 'exec form';
  if (from !== to) return `${from} → ${to}`;
  return kept ? `${to} kept` : undefined;
}

function flagAndWordEdits(before: Instruction, after: Instruction): string[] {
  const notes = [
    ...formatEdits(wordEdits(before.flags.map(flagText), after.flags.map(flagText))),
    ...formatEdits(wordEdits(words(before), words(after))),
  ];
  const bodies = (i: Instruction) => i.heredocs.map((h) => h.body).join('\n');
  if (bodies(before) !== bodies(after)) notes.push('heredoc body changed');
  return notes;
}

/** Where the variables of a FROM image get their values, when the image uses any. */
function throughVariables(after: LogicalInstruction, image: string): string {
  const names = [...new Set([...image.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
    .map((m) => m[1] ?? ''))];
  if (names.length === 0) return '';
  const scope = variablesInScope(after.model, after.instruction);
  let allSet = true;
  const sources = names.map((name) => {
    const variable = scope.get(name);
    if (variable?.value === undefined) allSet = false;
    if (variable === undefined) return `\`${name}\`, never declared`;
    return variable.value === undefined
      ? `${variable.kind} ${name} (no default)`
      : `${variable.kind} ${name}=${variable.value}`;
  });
  const resolved = after.model.stages[after.instruction.stage]?.ref;
  // "Pinned" only when the resolved reference names a version or a digest, not just a flavour.
  const pinned = allSet && resolved !== undefined &&
    (resolved.digest !== undefined || /\d/.test(resolved.tag ?? ''));
  return ` (${pinned ? 'pinned' : 'set'} through ${sources.join(', ')})`;
}

function stageName(instruction: Instruction): string | undefined {
  const [, as, name] = instruction.args;
  return as?.toLowerCase() === 'as' ? name : undefined;
}

function describeFrom(before: LogicalInstruction, after: LogicalInstruction): string[] {
  const b = before.instruction;
  const a = after.instruction;
  const notes: string[] = [];
  const fromImage = b.args[0] ?? '';
  const toImage = a.args[0] ?? '';
  if (fromImage !== toImage) {
    notes.push(`base image ${code([fromImage])} → ${code([toImage])}` +
      throughVariables(after, toImage));
  }
  const fromName = stageName(b);
  const toName = stageName(a);
  if (fromName !== toName) {
    notes.push(fromName === undefined ? `stage named ${code([toName ?? ''])}`
      : toName === undefined ? `stage name ${code([fromName])} dropped`
        : `stage name ${code([fromName])} → ${code([toName])}`);
  }
  notes.push(...formatEdits(wordEdits(b.flags.map(flagText), a.flags.map(flagText))));
  return notes;
}

/** The ENTRYPOINT of the instruction's stage that applies (the last one wins). */
function entrypointOf(li: LogicalInstruction): Instruction | undefined {
  return li.model.stages[li.instruction.stage]?.instructions
    .findLast((i) => i.keyword === 'ENTRYPOINT');
}

/** The command line the container runs: a shell-form ENTRYPOINT ignores CMD. */
function commandLine(cmd: Instruction, entrypoint: Instruction | undefined): string[] {
  if (entrypoint === undefined) return words(cmd);
  return entrypoint.json === undefined ? entrypoint.args : [...entrypoint.json, ...words(cmd)];
}

/**
 * A CMD is read with its stage's ENTRYPOINT: when the ENTRYPOINT changed too, the note compares
 * the command lines the container runs, so that moving `python` into ENTRYPOINT reads as such.
 */
function describeCmd(before: LogicalInstruction, after: LogicalInstruction): string[] {
  const b = before.instruction;
  const a = after.instruction;
  const notes = [formNote(b, a, true) ?? ''];
  const fromEntry = entrypointOf(before);
  const toEntry = entrypointOf(after);
  const same = (x: Instruction | undefined, y: Instruction | undefined) =>
    JSON.stringify(x && [x.json !== undefined, words(x)]) ===
    JSON.stringify(y && [y.json !== undefined, words(y)]);
  if (same(fromEntry, toEntry)) return [...notes, ...flagAndWordEdits(b, a)];
  const entryWords = toEntry === undefined ? [] : words(toEntry);
  const edits = wordEdits(commandLine(b, fromEntry), commandLine(a, toEntry));
  if (edits.length > 0) {
    return [...notes, ...formatEdits(edits,
      (edit) => (edit.at < entryWords.length ? ' via ENTRYPOINT' : ''))];
  }
  return [...notes, entryWords.length > 0
    ? `command line unchanged; ${code(entryWords)} now via ENTRYPOINT`
    : 'command line unchanged; ENTRYPOINT folded into CMD'];
}

/** The note of a changed row: the two instructions share their keyword. */
export function describeChange(before: LogicalInstruction, after: LogicalInstruction): string {
  const b = before.instruction;
  const a = after.instruction;
  let notes: string[];
  switch (b.keyword) {
    case 'FROM':
      notes = describeFrom(before, after);
      break;
    case 'CMD':
      notes = describeCmd(before, after);
      break;
    case 'ENTRYPOINT':
      notes = [formNote(b, a, true) ?? '', ...flagAndWordEdits(b, a)];
      break;
    default:
      notes = [formNote(b, a, false) ?? '', ...flagAndWordEdits(b, a)];
  }
  notes = notes.filter((n) => n !== '');
  // What is left differs only in quoting or spacing the builder reads alike word for word.
  if (notes.every((n) => n.endsWith(' kept'))) notes.push('quoting or spacing changed');
  return notes.join('; ');
}
