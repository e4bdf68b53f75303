/**
 * Analyse stage, Dockerfile engine, fixes: what a fix is. A fix answers one finding of the rules
 * it names with edits inside single physical lines — it never adds, removes or joins lines — so
 * every line it does not edit stays byte for byte as written, and a diff lines up line by line.
 * A fix that is not sure (quotes, escapes, continuation lines, a shell construct) returns no
 * edits: the finding stays for a person to judge. Fixes are keyed by rule id (`index.ts`);
 * rules know nothing about them. Browser-safe.
 */
import type { DockerfileModel, Instruction } from '../model.ts';
import type { Finding } from '../rule.ts';

/** Replace columns `start`..`end` (0-based, UTF-16, end exclusive) of line `line` (1-based). */
export interface TextEdit {
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface FixContext {
  model: DockerfileModel;
  /** The physical lines, without their line ends; `lines[0]` is line 1. */
  lines: readonly string[];
  /** The escape character (`\` unless an `# escape=` directive says otherwise). */
  escape: string;
}

export interface Fix {
  /** The rule ids it answers (both sets' ids when they name one problem). */
  rules: readonly string[];
  /** What `--fix` does, for the rule's page: "writes `AS` in the casing of `FROM`". */
  description: string;
  edits(finding: Finding, context: FixContext): TextEdit[];
}

/** The instruction a finding's first line belongs to. */
export function instructionAt(model: DockerfileModel, line: number): Instruction | undefined {
  return model.instructions.find((i) => i.line <= line && line <= i.endLine);
}

/**
 * A one-line instruction split where its parts start: leading space (and a BOM on line 1), the
 * keyword as written, the space after it, the arguments, trailing space. Undefined when the
 * instruction spans lines or the line does not start with its keyword.
 */
export function singleLine(instruction: Instruction, lines: readonly string[]) {
  if (instruction.line !== instruction.endLine) return undefined;
  const body = lines[instruction.line - 1] ?? '';
  const match = /^(\ufeff?[ \t]*)(\S+)([ \t]+)(.*?)([ \t]*)$/.exec(body);
  if (match === null || match[2] !== instruction.rawKeyword) return undefined;
  const [, lead = '', keyword = '', gap = '', args = ''] = match;
  return { lead, keyword, gap, args, argsStart: lead.length + keyword.length + gap.length };
}
