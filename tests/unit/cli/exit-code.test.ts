/**
 * The exit code of a lint run (`src/cli/exit-code.ts`) for every failure threshold hadolint
 * accepts, including `style`, which no rule of ours uses yet, so the command cannot show it.
 */
import { describe, expect, it } from 'vitest';
import { lintExitCode } from '../../../src/cli/exit-code.ts';

describe('lint exit code', () => {
  it('fails at or above the threshold, by default info', () => {
    expect(lintExitCode([], 'text')).toBe(0);
    expect(lintExitCode(['style'], 'text')).toBe(0);
    expect(lintExitCode(['style', 'info'], 'text')).toBe(1);
    expect(lintExitCode(['warning'], 'text', 'error')).toBe(0);
    expect(lintExitCode(['error'], 'text', 'error')).toBe(1);
    expect(lintExitCode(['style'], 'text', 'style')).toBe(1);
    expect(lintExitCode(['style'], 'text', 'none')).toBe(1);
    expect(lintExitCode(['style'], 'text', 'ignore')).toBe(1);
  });

  it('always passes with the codeclimate and codacy formats, as hadolint does', () => {
    expect(lintExitCode(['error'], 'codeclimate')).toBe(0);
    expect(lintExitCode(['error'], 'codacy')).toBe(0);
    expect(lintExitCode(['error'], 'sonarqube')).toBe(1);
    expect(lintExitCode(['error'], 'junit')).toBe(1);
    expect(lintExitCode(['error'], 'gitlab_codeclimate')).toBe(1);
  });
});
