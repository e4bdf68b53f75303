/**
 * Unit tests: ShellCheck on RUN scripts, with the real `shellcheck` program (CI installs it; a
 * machine without it skips these, and CI fails instead: `tests/require-or-skip.ts`). Findings
 * come back as `SCxxxx` at the Dockerfile's own lines with a link to ShellCheck's wiki, read
 * with the stage's SHELL, in one `shellcheck` process per Dockerfile (counted through a wrapper
 * program). Without the program, the checker says why; the CLI says so once per run. Asked
 * ahead (`prefetch`, in parallel processes) or read from the disk cache, the findings are the
 * same as the synchronous path's; a corrupt cache entry is checked again. The disk cache is
 * keyed by the program's file, so a warm run starts no process at all (not even `--version`);
 * the CLI's `--no-cache` and `SHIPSHAPE_NO_CACHE` leave it alone and print the same bytes.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import {
  createShellChecker, probeShellcheck,
} from '../../../../src/dockerfile/shellcheck/run-shellcheck.ts';
import { HEADER_LINES, shellScriptFiles } from
  '../../../../src/dockerfile/shellcheck/shell-scripts.ts';
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

  it('checks ONBUILD RUN triggers as hadolint does (ShellcheckSpec.hs, assertOnBuildChecks)',
    () => {
      const source = (ignore: string) => 'FROM alpine:3.20\nARG stage_arg=1\n' +
        `ONBUILD ARG trigger_arg=1\n${ignore}ONBUILD RUN echo $missing_quotes\n` +
        'ONBUILD RUN echo foo\nONBUILD RUN ["foobar", "$f"]\n' +
        'ONBUILD RUN echo "$trigger_arg" "$stage_arg"\n';
      const seen = checker.check(parseDockerfile(source(''))).map((f) => `${f.line} ${f.rule}`);
      // A trigger runs in a later build: only ONBUILD ARG and ENV are declared for it.
      expect(seen).toEqual(['4 SC2086', '4 SC2154', '7 SC2154']);
      const { findings } = lintDockerfile(source('# hadolint ignore=SC2154\n'),
        { shellcheck: checker });
      expect(findings.filter((f) => f.rule.startsWith('SC')).map((f) => `${f.line} ${f.rule}`))
        .toEqual(['5 SC2086', '8 SC2154']);
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

/**
 * A multi-stage Dockerfile of `runs` RUNs per stage with ShellCheck findings of every kind the
 * header decides: names read, misspelt ("did you mean"), in another case, unset.
 */
const NAMES = ['APP_HOME', 'PYTHON_VERSION', 'VAR_1', 'PORT', 'BUILD_DIR', 'NODE_ENV'];

function scriptedDockerfile(runs: number): string {
  const names = NAMES;
  const lines = ['ARG PYTHON_VERSION=3.12'];
  for (let stage = 0; stage < 3; stage++) {
    lines.push(`FROM python:\${PYTHON_VERSION}-slim AS s${stage}`);
    lines.push(`ENV ${names.slice(stage).map((name) => `${name}=1`).join(' ')}`);
    for (let k = 0; k < runs; k++) {
      const name = names[(k + stage) % names.length] ?? 'X';
      const read = [name, name.toLowerCase(), name.slice(0, -1), `${name}S`][k % 4];
      lines.push([`RUN cd /tmp; echo $${read}`, `RUN echo \`pwd\` \${${read}} && \\\n  ls $${read}`,
        `RUN [[ -d /x ]] && echo $((${read} + ${k}))`][k % 3] ?? '');
    }
  }
  return `${lines.join('\n')}\n`;
}

describe.skipIf(skip)('ShellCheck asked ahead, in parallel, and kept on disk', () => {
  const model = parseDockerfile(scriptedDockerfile(12));
  const syncFindings = createShellChecker().check(model);
  const seen = (list: readonly { line: number; rule: string; message: string }[]) =>
    list.map((f) => `${f.line} ${f.rule} ${f.message}`);

  it('the file draws findings of every kind the declared names decide', () => {
    const rules = new Set(syncFindings.map((f) => f.rule));
    for (const rule of ['SC2153', 'SC2154', 'SC2164', 'SC2006', 'SC3010']) {
      expect(rules).toContain(rule);
    }
    expect(syncFindings.some((f) => /did you mean/i.test(f.message))).toBe(true);
  });

  it('declaring only the names a script could be about leaves the report the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-sc-header-'));
    const scripts = shellScriptFiles(model);
    // What the header declared before: every name in scope (stage N's ENV has NAMES from N on).
    const everyName = (stage: number) => `export ${['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY',
      'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy',
      ...NAMES.slice(stage)].map((name) => `${name}=1`).join(' ')}`;
    const report = (texts: readonly string[]) => {
      const files = texts.map((text, k) => {
        const file = join(dir, `${k}.sh`);
        writeFileSync(file, text);
        return file;
      });
      const { stdout } = spawnSync('shellcheck', ['--format=json1', ...files],
        { encoding: 'utf8' });
      const comments = (JSON.parse(stdout) as { comments: Array<Record<string, unknown>> })
        .comments.filter((c) => Number(c['line']) > HEADER_LINES);
      return comments.map((c) => JSON.stringify({ ...c, file: files.indexOf(String(c['file'])) }))
        .sort();
    };
    const trimmed = scripts.map((script) => script.text);
    const full = scripts.map((script) => script.text.replace(/^(.*\n).*\n/,
      `$1${everyName(script.instruction.stage)}\n`));
    expect(trimmed.some((text, k) => text !== full[k])).toBe(true);
    // Some declare nothing: their second line is empty, not a bare `export`.
    expect(trimmed.some((text) => text.split('\n')[1] === '')).toBe(true);
    expect(report(trimmed)).toEqual(report(full));
  });

  it('prefetch runs the scripts in parallel processes; check then starts none, same findings',
    async () => {
      const { checker, log } = countingShellChecker();
      await checker.prefetch([model]);
      const started = log().trim().split('\n').length;
      expect(started).toBeGreaterThanOrEqual(1);
      expect(seen(checker.check(model))).toEqual(seen(syncFindings));
      expect(log().trim().split('\n')).toHaveLength(started);
    });

  it('prefetch over more shares than processes starts each share once, same findings',
    async () => {
      // 36 scripts: at most 4 shares of 8 or more; 2 processes at a time take them in turn.
      const { checker, log } = countingShellChecker({ parallel: { processes: 2, shares: 4 } });
      await checker.prefetch([model]);
      expect(log().trim().split('\n')).toEqual(['call', 'call', 'call', 'call']);
      expect(seen(checker.check(model))).toEqual(seen(syncFindings));
      expect(log().trim().split('\n')).toHaveLength(4);
    });

  it('writes the scripts in memory (/dev/shm) unless TMPDIR names a folder, and removes them',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'shipshape-sc-where-'));
      const log = join(dir, 'args.log');
      const wrapper = join(dir, 'shellcheck-where');
      writeFileSync(wrapper, `#!/bin/sh\nfor a; do echo "$a" >> '${log}'; done\n` +
        'exec shellcheck "$@"\n');
      chmodSync(wrapper, 0o755);
      const scripts = () => readFileSync(log, 'utf8').split('\n').filter((a) => a.endsWith('.sh'));
      const before = process.env['TMPDIR'];
      try {
        delete process.env['TMPDIR'];
        await createShellChecker({ program: wrapper }).prefetch([model]);
        const inMemory = existsSync('/dev/shm') ? '/dev/shm/shipshape-shellcheck-'
          : join(tmpdir(), 'shipshape-shellcheck-');
        expect(scripts().length).toBeGreaterThan(10);
        expect(scripts().every((file) => file.startsWith(inMemory))).toBe(true);
        expect(scripts().some((file) => existsSync(file))).toBe(false);
        writeFileSync(log, '');
        const own = mkdtempSync(join(tmpdir(), 'shipshape-sc-tmpdir-'));
        process.env['TMPDIR'] = own;
        createShellChecker({ program: wrapper }).check(model);
        expect(scripts().length).toBeGreaterThan(10);
        expect(scripts().every((file) => file.startsWith(join(own, 'shipshape-shellcheck-'))))
          .toBe(true);
        expect(readdirSync(own)).toEqual([]);
      } finally {
        if (before === undefined) delete process.env['TMPDIR'];
        else process.env['TMPDIR'] = before;
      }
    });

  it('a second checker with the same cache folder starts no analysis, same findings', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'shipshape-sc-cache-'));
    const first = countingShellChecker({ cacheDir });
    expect(seen(first.checker.check(model))).toEqual(seen(syncFindings));
    expect(first.log().trim().split('\n')).toEqual(['call']);
    // The same program (the wrapper, by its file): no process at all, not even `--version`.
    const second = countingShellChecker({ cacheDir }, first.program);
    expect(seen(second.checker.check(model))).toEqual(seen(syncFindings));
    expect(first.log()).toBe('call\n');
    // Another program file is another key: its reports are its own.
    const other = countingShellChecker({ cacheDir });
    other.checker.check(model);
    expect(other.log()).toBe('call\n');
  });

  it('a corrupt or foreign cache entry is not believed: the script is checked again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'shipshape-sc-cache-'));
    const { checker, program } = countingShellChecker({ cacheDir });
    checker.check(model);
    const entries = readdirSync(cacheDir).filter((entry) => entry.endsWith('.json'));
    expect(entries.length).toBe(new Set(shellScriptFiles(model).map((f) => f.text)).size);
    entries.forEach((entry, k) => writeFileSync(join(cacheDir, entry),
      k % 2 === 0 ? '{"torn' : JSON.stringify([{ line: 'x' }])));
    const again = countingShellChecker({ cacheDir }, program);
    writeFileSync(again.log.path, '');
    await again.checker.prefetch([model]);
    expect(again.log()).toMatch(/call/);
    expect(seen(again.checker.check(model))).toEqual(seen(syncFindings));
    // Rewritten whole.
    for (const entry of entries) {
      expect(Array.isArray(JSON.parse(readFileSync(join(cacheDir, entry), 'utf8')))).toBe(true);
    }
  });
});

describe.skipIf(skip)('the CLI with ShellCheck', () => {
  it('keeps reports under $XDG_CACHE_HOME: a second call prints the same, analyses nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-sc-cli-cache-'));
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, scriptedDockerfile(12));
    // A `shellcheck` first on the PATH that logs each start, then runs the real one.
    const { program, log } = countingShellChecker();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    symlinkSync(program, join(bin, 'shellcheck'));
    const real = spawnSync('sh', ['-c', 'command -v shellcheck'], { encoding: 'utf8' }).stdout;
    writeFileSync(program, readFileSync(program, 'utf8')
      .replace('exec shellcheck', `exec ${real.trim()}`));
    const cli = join(import.meta.dirname, '../../../../bin/shipshape.js');
    const env = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`,
      XDG_CACHE_HOME: join(dir, 'cache') };
    const lint = (option = '', more: Record<string, string> = {}) => spawnSync(process.execPath,
      [cli, 'lint', ...(option === '' ? [] : [option]), '--format', 'json', file],
      { encoding: 'utf8', env: { ...env, ...more }, timeout: 60_000 });
    // An entry unused for 40 days is tidied away after the call that adds the new ones.
    const stale = join(dir, 'cache', 'shipshape', 'shellcheck', `${'0'.repeat(64)}.json`);
    mkdirSync(join(stale, '..'), { recursive: true });
    writeFileSync(stale, '[]');
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(stale, longAgo, longAgo);
    const tidied = join(stale, '..', 'tidied');
    writeFileSync(tidied, '');
    utimesSync(tidied, longAgo, longAgo);
    const cold = lint();
    expect(existsSync(stale)).toBe(false);
    expect(cold.status).toBe(1);
    expect(cold.stdout).toMatch(/"SC2153"/);
    const coldCalls = log();
    expect(coldCalls).toMatch(/^(call\n)+$/);
    writeFileSync(log.path, '');
    const warm = lint();
    expect(warm.stdout).toBe(cold.stdout);
    expect(log()).toBe('');
    const folder = join(dir, 'cache', 'shipshape', 'shellcheck');
    const kept = readdirSync(folder).sort();
    expect(kept.length).toBeGreaterThan(0);
    // Turned off: the same bytes, ShellCheck run each time, the folder left as it was.
    for (const off of [() => lint('--no-cache'), () => lint('', { SHIPSHAPE_NO_CACHE: '1' })]) {
      expect(off().stdout).toBe(cold.stdout);
      expect(log()).toBe(coldCalls);
      writeFileSync(log.path, '');
    }
    expect(readdirSync(folder).sort()).toEqual(kept);
    // Off for a fresh cache folder too: nothing is made.
    lint('--no-cache', { XDG_CACHE_HOME: join(dir, 'fresh') });
    expect(existsSync(join(dir, 'fresh'))).toBe(false);
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

  it('asked ahead, says it once too, and check then tries nothing more', async () => {
    const reasons: string[] = [];
    const none = createShellChecker({ program: '/nonexistent/shellcheck',
      onUnavailable: (reason) => reasons.push(reason) });
    const model = parseDockerfile(scriptedDockerfile(4));
    await none.prefetch([model]);
    expect(reasons).toHaveLength(1);
    expect(none.check(model)).toEqual([]);
    expect(reasons).toHaveLength(1);
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
