/**
 * Analyse stage, Dockerfile engine, fixes: applies every fix to a Dockerfile's findings, lints
 * the result and repeats (one fix can reveal another: `from … as` becomes `FROM … as`, which
 * FromAsCasing then answers), at most five rounds. Edits that overlap an earlier one in the
 * same round wait for the next. If the fixed text has more syntax errors than the original,
 * nothing is changed and the result says why. The linter is passed in, so this runs wherever
 * the engine does.
 */
import type { DockerfileModel } from '../model.ts';
import type { Finding } from '../rule.ts';
import type { FixContext, TextEdit } from './fix.ts';
import { fixFor } from './registry.ts';

export interface FixResult {
  /** The fixed text (the original when nothing applied or the fix was refused). */
  text: string;
  /** What was fixed: rule id and line, in the order applied. */
  applied: Array<{ rule: string; line: number }>;
  /** Why the fixes were thrown away, when they were. */
  refused?: string;
}

type Lint = (text: string) => { model: DockerfileModel; findings: readonly Finding[] };

const MAX_ROUNDS = 5;

/** Line bodies and their line ends (`\r\n`, `\r`, `\n` or none on the last line). */
export function splitLines(text: string): { bodies: string[]; ends: string[] } {
  const bodies: string[] = [];
  const ends: string[] = [];
  for (const match of text.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/g)) {
    if (match[0] === '' && (match.index ?? 0) >= text.length) break;
    bodies.push(match[1] ?? '');
    ends.push(match[2] ?? '');
  }
  return { bodies, ends };
}

function escapeOf(model: DockerfileModel): string {
  const directive = model.directives.find((d) => d.name === 'escape');
  return directive?.value === '`' ? '`' : '\\';
}

function syntaxErrors(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.rule === 'SS000').length;
}

function applyEdits(bodies: string[], edits: readonly TextEdit[]): void {
  // Right to left within a line, so earlier columns stay valid.
  const sorted = [...edits].sort((a, b) => a.line - b.line || b.start - a.start);
  for (const edit of sorted) {
    const body = bodies[edit.line - 1] ?? '';
    bodies[edit.line - 1] = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  }
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.line === b.line && a.start <= b.end && b.start <= a.end;
}

export function applyFixes(original: string, lint: Lint): FixResult {
  const { bodies, ends } = splitLines(original);
  const applied: FixResult['applied'] = [];
  const first = lint(original);
  let result = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const context: FixContext = { model: result.model, lines: bodies, escape: escapeOf(
      result.model) };
    const chosen: TextEdit[] = [];
    for (const finding of result.findings) {
      const fix = fixFor(finding.rule);
      if (fix === undefined) continue;
      const edits = fix.edits(finding, context).filter((edit) =>
        !edit.text.includes('\n') && !edit.text.includes('\r') &&
        !chosen.some((other) => overlaps(edit, other)));
      if (edits.length === 0) continue;
      chosen.push(...edits);
      applied.push({ rule: finding.rule, line: finding.line });
    }
    if (chosen.length === 0) break;
    applyEdits(bodies, chosen);
    result = lint(bodies.map((body, i) => body + (ends[i] ?? '')).join(''));
  }
  const text = bodies.map((body, i) => body + (ends[i] ?? '')).join('');
  if (syntaxErrors(result.findings) > syntaxErrors(first.findings)) {
    return { text: original, applied: [],
      refused: 'the fixed file would have a syntax error the original does not; nothing changed' };
  }
  return { text, applied };
}
