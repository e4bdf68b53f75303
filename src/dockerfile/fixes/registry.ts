/**
 * Analyse stage, Dockerfile engine, fixes: every fix, keyed by the rule ids it answers.
 */
import { apkNoCache } from './apk-no-cache.ts';
import { envKeyValue } from './env-key-value.ts';
import { execForm } from './exec-form.ts';
import type { Fix } from './fix.ts';
import { fromAsCasing } from './from-as-casing.ts';
import { instructionCasing } from './instruction-casing.ts';
import { maintainerLabel } from './maintainer-label.ts';
import { pipNoCacheDir } from './pip-no-cache-dir.ts';

export const allFixes: readonly Fix[] = [
  instructionCasing, fromAsCasing, envKeyValue, maintainerLabel, execForm, pipNoCacheDir,
  apkNoCache,
];

const BY_RULE = new Map<string, Fix>(allFixes.flatMap((fix) =>
  fix.rules.map((rule) => [rule, fix] as const)));

/** The fix for a rule id, if the rule has one. */
export function fixFor(ruleId: string): Fix | undefined {
  return BY_RULE.get(ruleId);
}
