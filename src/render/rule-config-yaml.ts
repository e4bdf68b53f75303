/**
 * Render stage: a rule's example configuration written as the `.hadolint.yaml` lines a reader
 * would put in that file (`trustedRegistries`, `label-schema`, `strict-labels`), for its page.
 */
import type { RuleConfig } from '../dockerfile/rule.ts';

export function ruleConfigYaml(config: RuleConfig): string {
  const lines: string[] = [];
  if (config.trustedRegistries !== undefined) {
    lines.push('trustedRegistries:', ...config.trustedRegistries.map((r) => `  - ${r}`));
  }
  if (config.labelSchema !== undefined) {
    lines.push('label-schema:',
      ...Object.entries(config.labelSchema).map(([name, type]) => `  ${name}: ${type}`));
  }
  if (config.strictLabels !== undefined) lines.push(`strict-labels: ${config.strictLabels}`);
  return lines.join('\n');
}
