/**
 * Examples, "Run it here": turns a simulated build (`simulateBuild`) into what the page shows:
 * the BuildKit-style log split into lines with a kind (so `CACHED` steps and errors can be told
 * apart by more than colour), one line per step with its estimated layer size, and a one-line
 * summary for screen readers. Pure; browser-safe.
 */
import type { SimulationResult } from '../build-simulation.ts';

export type LogLineKind = 'header' | 'internal' | 'detail' | 'cached' | 'run' | 'error';

export interface LogLine {
  text: string;
  kind: LogLineKind;
}

/** Each line of `result.log`, classified. */
export function logLines(log: string): LogLine[] {
  return log.split('\n').map((text): LogLine => {
    if (text.startsWith('[+]')) return { text, kind: 'header' };
    if (text.startsWith(' => => ')) return { text, kind: 'detail' };
    if (text.startsWith(' => CACHED ')) return { text, kind: 'cached' };
    if (text.startsWith(' => ERROR ') || /^(?:ERROR:|------| > )/.test(text)) {
      return { text, kind: 'error' };
    }
    if (/^ => \[[^\]]*\d+\/\d+\]/.test(text)) return { text, kind: 'run' };
    return { text, kind: 'internal' };
  });
}

/** `[builder 1/5] FROM …: 41.2MB compressed (estimate from the dataset: …)`, one per step. */
export function sizeLines(result: SimulationResult): string[] {
  return result.steps.map((step) => `[${step.label}] ${step.text}: ${step.size.label}`);
}

/** "Built: 6 steps CACHED, 4 run." / "Build failed at [2/6]: …". */
export function buildSummary(result: SimulationResult): string {
  const failed = result.steps.find((step) => step.error !== undefined);
  if (failed !== undefined) return `Build failed at [${failed.label}]: ${failed.error ?? ''}`;
  const work = result.steps.filter((step) => step.keyword !== 'FROM');
  const cached = work.filter((step) => step.cached).length;
  const ran = work.length - cached;
  const plural = (n: number) => (n === 1 ? 'step' : 'steps');
  return `Built (simulated): ${cached} ${plural(cached)} CACHED, ${ran} ${plural(ran)} run.`;
}
