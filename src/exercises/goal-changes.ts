/**
 * Exercises, browser-safe: what changed between two checks of the reader's Dockerfile — which
 * goals turned met or open again — and the sentence a screen reader hears for it (the page's
 * polite live region), so a change is announced once and an unchanged goal is not re-read.
 */

export interface GoalChange {
  index: number;
  met: boolean;
}

/** The goals whose state differs between `before` and `after` (same order, same length). */
export function goalChanges(before: readonly boolean[], after: readonly boolean[]):
  GoalChange[] {
  return after.flatMap((met, index) => (before[index] === met ? [] : [{ index, met }]));
}

/**
 * The announcement for `changes` ("Goal met: Pin the base image. 2 of 3 goals met."), or ''
 * when nothing changed. `labels` are the goals' words, in order.
 */
export function announceChanges(changes: readonly GoalChange[], labels: readonly string[],
  after: readonly boolean[]): string {
  if (changes.length === 0) return '';
  const met = after.filter(Boolean).length;
  const parts = changes.map((change) =>
    `${change.met ? 'Goal met' : 'Goal open again'}: ${labels[change.index] ?? ''}.`);
  const total = met === after.length
    ? `All ${after.length} goals met: exercise done.`
    : `${met} of ${after.length} goals met.`;
  return [...parts, total].join(' ');
}
