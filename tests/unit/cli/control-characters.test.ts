/**
 * The command line never echoes control characters from its input: a Dockerfile (or a file name)
 * holding ESC or a bidi override is reported with them escaped, in text and in JSON.
 */
import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../../src/cli/lint-command.ts';

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const fake: CliIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    readStdin: async () => new Uint8Array(),
    hasDockerignore: () => false,
  };
  return { fake, out, err };
}

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('control characters in CLI output', { timeout: 10_000 }, () => {
  const dockerfile = 'FROM evil\u001b[2J:latest\u202e\nRUN sudo echo \u0007\n';

  it('are escaped in text output and in messages about files', async () => {
    const { fake, out, err } = io({ 'Docker\u001bfile': dockerfile });
    await runCli(['lint', 'Docker\u001bfile', 'missing\u202e'], fake);
    const text = [...out, ...err].join('');
    expect(text).toContain('Docker\\x1bfile:');
    expect(text).toContain('missing\\u202e: no such file');
    expect(text).not.toMatch(UNSAFE);
  });

  it('are escaped in JSON output, which stays valid', async () => {
    const { fake, out } = io({ 'Docker\u001bfile': dockerfile });
    await runCli(['lint', '--format', 'json', 'Docker\u001bfile'], fake);
    const json = out.join('');
    expect(json).not.toMatch(UNSAFE);
    expect(JSON.parse(json)[0].file).toBe('Docker\u001bfile');
  });
});
