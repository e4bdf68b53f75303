/**
 * Bench helper: number formatting shared by the console output and the report.
 */

export function formatBytes(bytes: number): string {
  return `${Math.round(bytes).toLocaleString('en-US')} B`;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export function formatRatio(value: number, baseline: number): string {
  return baseline > 0 ? `${(value / baseline).toFixed(2)}×` : 'n/a';
}

export function formatMemory(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}
