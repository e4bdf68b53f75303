/**
 * Unit tests: ShellCheck on RUN scripts, with the real `shellcheck` program (CI installs it; a
 * machine without it skips these, and CI fails instead: `tests/require-or-skip.ts`). Findings
 * come back as `SCxxxx` at the Dockerfile's own lines with a link to ShellCheck's wiki, read
 * with the stage's SHELL, in one `shellcheck` process per Dockerfile (counted through a wrapper
 * program). Without the program, the checker says why; the CLI says so once per run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import {
  createShellChecker, probeShellcheck,
} from '../../../../src/dockerfile/shellcheck/run-shellcheck.ts';
import { skipUnlessCi } from '../../../require-or-skip.ts';
import { countingShellChecker } from './counting-checker.ts';

const probe = probeShellcheck();
const missing = probe.available ? undefined
  : 'shellcheck is not installed: apt-get install shellcheck';
const skip = skipUnlessCi(missing);

const dockerfile = [
  'FROM debian:12-slim',
  'ARG VERSION=1',
  'RUN apt-get update && \\',
  '    # a comment Docker drops',
  '    echo $VERSION && \\',
  '    echo $undefined_thing',
  'RUN cd /tmp; ls `pwd`',
  'SHELL ["/bin/bash", "-c"]',
  'RUN [[ -f /etc/os-release ]] && echo bash',
  'FROM alpine:3.20',
  'RUN [[ -f /etc/os-release ]] && echo sh',
  'CMD ["sh"]',
].join('\n');

describe.skipIf(skip)('ShellCheck on RUN scripts', () => {
  const checker = createShellChecker({ onUnavailable: (reason) => {
    throw new Error(reason);
  } });

  it('reports SCxxxx at the Dockerfile lines, with the wiki link', () => {
    const findings = checker.check(parseDockerfile(dockerfile));
    const seen = findings.map((f) => `${f.line} ${f.rule} ${f.severity}`);
    expect(seen).toContain('6 SC2154 warning');
    expect(seen).toContain('7 SC2164 warning');
    expect(seen).toContain('7 SC2006 style');
    // The ARG is declared, so $VERSION is not "referenced but not assigned".
    expect(findings.filter((f) => f.rule === 'SC2154').map((f) => f.line)).toEqual([6]);
    expect(findings.find((f) => f.rule === 'SC2164')?.url)
      .toBe('https://www.shellcheck.net/wiki/SC2164');
  });

  it("reads each RUN with its stage's SHELL: [[ ]] is fine in bash, not in sh", () => {
    const findings = checker.check(parseDockerfile(dockerfile));
    expect(findings.filter((f) => f.line === 9)).toEqual([]);
    expect(findings.filter((f) => f.line === 11).map((f) => f.rule)).toContain('SC3010');
  });

  it('maps a RUN <<EOF body finding to its Dockerfile line', () => {
    const source = 'FROM alpine:3.20\nRUN <<EOF\ncd /tmp\ntrue\necho $missing_var\nEOF\n';
    const findings = checker.check(parseDockerfile(source));
    expect(findings.map((f) => `${f.line} ${f.rule}`))
      .toEqual(['3 SC2164', '5 SC2086', '5 SC2154']);
  });

  it('comes through lintDockerfile, in line order with the other findings', () => {
    const { findings } = lintDockerfile(dockerfile, { shellcheck: checker });
    const lines = findings.map((f) => f.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(findings.some((f) => f.rule === 'DL3003' && f.line === 7)).toBe(true);
    expect(findings.some((f) => f.rule === 'SC2164' && f.line === 7)).toBe(true);
  });

  it('is silenced like the rules: # hadolint ignore=SC… and ignored in a configuration', () => {
    const source = 'FROM alpine:3.20\n# hadolint ignore=SC2164\nRUN cd /tmp; ls\n' +
      'RUN cd /srv; echo $missing_var\n';
    const { findings, suppressed } = lintDockerfile(source, { shellcheck: checker });
    const seen = findings.filter((f) => f.rule.startsWith('SC')).map((f) => `${f.line} ${f.rule}`);
    expect(seen).toEqual(['4 SC2086', '4 SC2154', '4 SC2164']);
    expect(suppressed.map((f) => `${f.line} ${f.rule}`)).toContain('3 SC2164');
    const configured = lintDockerfile(source, { shellcheck: checker,
      settings: { ignored: [{ rule: 'SC2154', by: '--ignore SC2154' }] } });
    expect(configured.findings.map((f) => f.rule)).not.toContain('SC2154');
  });

  it('reads # hadolint shell= as hadolint does: powershell is not checked, bash is bash', () => {
    const script = 'RUN [[ -f /etc/os-release ]] && echo hi\n';
    const plain = checker.check(parseDockerfile(`FROM alpine:3.20\n${script}`));
    expect(plain.map((f) => f.rule)).toContain('SC3010');
    for (const shell of ['powershell', 'bash']) {
      const source = `# hadolint shell=${shell}\nFROM alpine:3.20\n${script}`;
      expect(checker.check(parseDockerfile(source))).toEqual([]);
    }
  });

  it('runs shellcheck once per Dockerfile, whatever the number of RUNs', () => {
    const { checker: counting, log } = countingShellChecker();
    // No script, no process.
    expect(counting.check(parseDockerfile('FROM alpine\nCMD ["sh"]\n'))).toEqual([]);
    expect(log()).toBe('');
    const runs = Array.from({ length: 30 }, (_, k) => `RUN echo ${k} $x${k}`).join('\n');
    const findings = counting.check(parseDockerfile(`FROM alpine\n${runs}\n`));
    expect(log().trim().split('\n')).toEqual(['call']);
    expect(findings.filter((f) => f.rule === 'SC2154').map((f) => f.line))
      .toEqual(Array.from({ length: 30 }, (_, k) => k + 2));
  });

  it('checks a script text once per run: the same RUN elsewhere starts no process', () => {
    const { checker: counting, log } = countingShellChecker();
    const first = counting.check(parseDockerfile('FROM alpine\nRUN cd /tmp; echo $a\n'));
    expect(log().trim().split('\n')).toEqual(['call']);
    // The same RUN three lines lower, in another write-up's Dockerfile, and once more.
    const again = 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN cd /tmp; echo $a\n';
    const moved = counting.checkAll([parseDockerfile(again), parseDockerfile(again)]);
    expect(log().trim().split('\n')).toEqual(['call']);
    const at = (list: readonly { line: number; rule: string }[], shift: number) =>
      list.map((f) => `${f.line - shift} ${f.rule}`);
    expect(at(first, 0)).toEqual(['2 SC2086', '2 SC2154', '2 SC2164']);
    expect(at(moved[0]!, 2)).toEqual(at(first, 0));
    expect(at(moved[1]!, 2)).toEqual(at(first, 0));
    // A new script in the batch: one more process, for it alone.
    counting.checkAll([parseDockerfile(again), parseDockerfile('FROM alpine\nRUN cd /srv\n')]);
    expect(log().trim().split('\n')).toEqual(['call', 'call']);
  });
});

describe('without shellcheck', () => {
  it('says once, when first needed, that shell checks are off and why', () => {
    const reasons: string[] = [];
    const none = createShellChecker({ program: '/nonexistent/shellcheck',
      onUnavailable: (reason) => reasons.push(reason) });
    expect(none.check(parseDockerfile('FROM alpine\nCMD ["sh"]\n'))).toEqual([]);
    expect(reasons).toEqual([]);
    expect(none.check(parseDockerfile('FROM alpine\nRUN cd /tmp\n'))).toEqual([]);
    expect(none.check(parseDockerfile('FROM alpine\nRUN cd /srv\n'))).toEqual([]);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/not installed.*apt-get install shellcheck/);
    expect(probeShellcheck('/nonexistent/shellcheck').available).toBe(false);
  });

  it('the CLI says it once per run, on stderr, and still lints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-sc-cli-'));
    const a = join(dir, 'a.Dockerfile');
    const b = join(dir, 'b.Dockerfile');
    writeFileSync(a, 'FROM alpine:3.20\nRUN cd /tmp\nCMD ["sh"]\n');
    writeFileSync(b, 'FROM alpine:3.20\nRUN cd /tmp\nCMD ["sh"]\n');
    const bin = join(import.meta.dirname, '../../../../bin/shipshape.js');
    const result = spawnSync(process.execPath, [bin, 'lint', a, b],
      { encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent' }, timeout: 60_000 });
    expect(result.stderr.match(/shell checks are off/g)).toHaveLength(1);
    expect(result.stdout).toMatch(/DL3003/);
    expect(result.stdout).not.toMatch(/SC\d{4}/);
  });
});
