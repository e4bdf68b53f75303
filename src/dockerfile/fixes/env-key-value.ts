/**
 * Analyse stage, Dockerfile engine, fix for LegacyKeyValueFormat: `ENV key value` becomes
 * `ENV key=value` (and `LABEL` alike), the value in double quotes when it has spaces — the
 * legacy form keeps them too. A value that is one quoted string (`ENV A "x y"`) is kept as
 * written. Otherwise only when the value has no quote and no escape character, whose meaning
 * would change inside quotes, and the instruction is one line.
 */
import type { Fix } from './fix.ts';
import { instructionAt, singleLine } from './fix.ts';

export const envKeyValue: Fix = {
  rules: ['LegacyKeyValueFormat'],
  description: 'rewrites `ENV key value` as `ENV key=value` (quoted when the value has spaces)',
  edits(finding, { model, lines, escape }) {
    const instruction = instructionAt(model, finding.line);
    if (instruction === undefined) return [];
    if (instruction.keyword !== 'ENV' && instruction.keyword !== 'LABEL') return [];
    const parts = singleLine(instruction, lines);
    if (parts === undefined) return [];
    const match = /^(\S+)[ \t]+(.+)$/.exec(parts.args);
    const [, name = '', value = ''] = match ?? [];
    if (match === null || name.includes('=') || name !== instruction.args[0]) return [];
    const wholeQuote = /^"[^"`\\]*"$|^'[^'`\\]*'$/.test(value) && !value.includes(escape);
    if (!wholeQuote && (/["'`\\]/.test(value) || value.includes(escape))) return [];
    const written = !wholeQuote && /\s/.test(value) ? `"${value}"` : value;
    const end = parts.argsStart + parts.args.length;
    return [{ line: instruction.line, start: parts.argsStart, end, text: `${name}=${written}` }];
  },
};
