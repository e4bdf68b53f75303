/**
 * Analyse stage, walkthroughs: a Dockerfile's logical instructions as the diff compares them —
 * one per instruction (continuations joined, comment lines dropped), with a text to show, a key
 * that is equal when the builder would read both the same, and the tokens similarity counts.
 * Browser-safe.
 */
import type { DockerfileModel, Flag, Instruction } from '../../dockerfile/model.ts';
import { parseImageRef } from '../../dockerfile/parse/image-ref.ts';
import { joinContinuation } from '../../dockerfile/parse/text.ts';

export interface LogicalInstruction {
  model: DockerfileModel;
  instruction: Instruction;
  /** The instruction on one line, as written, runs of blanks outside quotes made one space. */
  text: string;
  /**
   * Equal for instructions the builder reads alike: keyword case, spacing and the spacing of an
   * exec-form array do not count; heredoc bodies do.
   */
  key: string;
  tokens: ReadonlySet<string>;
}

/** Same line breaks as the parser, so line indexes agree with the model's line numbers. */
const LINE_BREAK = /\r\n|\r|\n/;

export function flagText(flag: Flag): string {
  return flag.value === undefined ? `--${flag.name}` : `--${flag.name}=${flag.value}`;
}

/** Collapses blank runs outside quotes only: `"a  b"` is a different argument from `"a b"`. */
function collapseBlanks(text: string, escapeChar: string): string {
  let out = '';
  let quote: string | undefined;
  let blank = false;
  const source = text.trim();
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (quote === undefined && /\s/.test(ch)) {
      blank = true;
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += ch;
    if (ch === escapeChar && quote !== "'" && i + 1 < source.length) {
      out += source[++i] ?? '';
    } else if (quote === undefined && (ch === '"' || ch === "'")) {
      quote = ch;
    } else if (ch === quote) {
      quote = undefined;
    }
  }
  return out;
}

/**
 * Words similarity compares. An image reference is split into repository and tag, so that
 * `golang:1.22 AS build` and `golang:1.23 AS build` share most of their words. ARG, ENV and LABEL
 * count the names they set, not the values: `ENV PORT=80` → `ENV PORT=8080` is one changed
 * setting, where whole `NAME=value` words would share nothing.
 */
function tokensOf(model: DockerfileModel, instruction: Instruction): Set<string> {
  const tokens = new Set(instruction.flags.map(flagText));
  const words = instruction.json ?? instruction.args;
  if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
    for (const v of model.variables) if (v.line === instruction.line) tokens.add(v.name);
    return tokens;
  }
  if (instruction.keyword === 'LABEL') {
    for (const word of words) tokens.add(word.split('=')[0] ?? word);
    return tokens;
  }
  if (instruction.keyword === 'FROM') {
    const [image = '', ...rest] = words;
    const ref = parseImageRef(image);
    tokens.add(ref.name);
    if (ref.tag !== undefined) tokens.add(`:${ref.tag}`);
    if (ref.digest !== undefined) tokens.add(`@${ref.digest}`);
    for (const word of rest) tokens.add(word.toLowerCase() === 'as' ? 'AS' : word);
    return tokens;
  }
  for (const word of words) tokens.add(word);
  return tokens;
}

export function logicalInstructions(model: DockerfileModel): LogicalInstruction[] {
  const lines = model.source.split(LINE_BREAK);
  return model.instructions.map((instruction) => {
    const joined = joinContinuation(lines, instruction.line - 1, instruction.endLine - 1, 0,
      model.escapeChar);
    const body = instruction.json === undefined
      ? collapseBlanks(instruction.argsText, model.escapeChar)
      : JSON.stringify(instruction.json);
    const key = [instruction.keyword, ...instruction.flags.map(flagText), body].join(' ') +
      instruction.heredocs.map((h) => `\n${h.body}\n${h.name}`).join('');
    return {
      model, instruction, key, tokens: tokensOf(model, instruction),
      text: collapseBlanks(joined.text, model.escapeChar),
    };
  });
}

/** Shared tokens over all tokens (Jaccard); 1 for two instructions without arguments. */
export function similarity(a: LogicalInstruction, b: LogicalInstruction): number {
  let shared = 0;
  for (const token of a.tokens) if (b.tokens.has(token)) shared++;
  const all = a.tokens.size + b.tokens.size - shared;
  return all === 0 ? 1 : shared / all;
}
