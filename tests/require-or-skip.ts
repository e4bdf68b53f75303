/**
 * Tests that need something from the machine (a folder, a program, the Python packages, a
 * build): `skipUnlessCi(missing)` says whether to skip them. Locally a missing prerequisite
 * skips them, printing why; under CI (`CI=true`, as `.ci/run` sets) it throws instead, so the
 * run fails with the reason: CI installs everything these tests need, and a skip there would
 * hide that it did not. Works in Vitest and Playwright alike (no runner import).
 */

/** Whether `env` says we run under CI (`CI=true`, or `1`/`yes` as some services set it). */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env['CI'] ?? '');
}

export class MissingPrerequisiteError extends Error {
  override name = 'MissingPrerequisiteError';
}

/**
 * `missing`: undefined when the prerequisite is there, else what is missing and how to get it
 * (`unzip is not installed: apt-get install unzip`). True means skip.
 */
export function skipUnlessCi(missing: string | undefined, env = process.env): boolean {
  if (missing === undefined) return false;
  if (underCi(env)) {
    throw new MissingPrerequisiteError(`${missing} (CI=true: a test may not skip for this; `
      + 'see .ci/run)');
  }
  console.warn(`Skipping: ${missing}`);
  return true;
}
