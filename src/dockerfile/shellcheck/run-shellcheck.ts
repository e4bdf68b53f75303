/**
 * Analyse stage, Dockerfile engine, ShellCheck: runs the `shellcheck` program on a Dockerfile's
 * RUN scripts (`shell-scripts.ts`), once per Dockerfile (or per page of Dockerfiles) with every
 * script as its own file (so one script's mistakes do not spill into the next), and turns its
 * `json1` report into findings `SCxxxx` at the Dockerfile's lines, linking to ShellCheck's
 * wiki. The caller makes one checker (`createShellChecker`) and keeps it; it starts no process
 * until a Dockerfile has a script to check, and when `shellcheck` cannot run it says why, once.
 * The checker keeps ShellCheck's report per script text: a script's file holds only its header
 * and the RUN's own lines, so the same text gets the same report wherever it stands, and a
 * cohort's write-ups repeat their RUNs (`pip install -r requirements.txt`); only scripts not seen
 * before go to `shellcheck` (at N = 200 generated write-ups the build's one process per page
 * cost 4.5 s of 68 s on the main thread, measured with `--cpu-prof`).
 * Excluded as in hadolint: SC2187 (ash), SC1090 and SC1091 (sourced files a Dockerfile cannot
 * point ShellCheck to). Node only: kept out of the browser entry.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DockerfileModel } from '../model.ts';
import type { Finding, Severity } from '../rule.ts';
import { HEADER_LINES, shellScriptFiles } from './shell-scripts.ts';

const EXCLUDED = 'SC2187,SC1090,SC1091';

export interface ShellChecker {
  /** Findings for the model's RUN scripts, in line order. */
  check(model: DockerfileModel): Finding[];
  /** The same for several Dockerfiles (a page's blocks) in one `shellcheck` call. */
  checkAll(models: readonly DockerfileModel[]): Finding[][];
}

export interface ShellCheckerOptions {
  /** The program to run (default: `shellcheck` on the PATH). */
  program?: string;
  /** Told once, the first time a script is to be checked and the program cannot run, why. */
  onUnavailable?: (reason: string) => void;
}

export type ShellCheckProbe =
  | { available: true; version: string }
  | { available: false; reason: string };

function unavailableReason(program: string): string {
  return `\`${program}\` is not installed or does not run (on Debian or Ubuntu: ` +
    '`apt-get install shellcheck`), so RUN scripts are not checked with ShellCheck';
}

/** One comment of ShellCheck's `--format=json1`. */
interface Json1Comment {
  file: string;
  line: number;
  endLine: number;
  level: string;
  code: number;
  message: string;
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info',
  style: 'style' };

export function shellcheckWiki(code: number): string {
  return `https://www.shellcheck.net/wiki/SC${code}`;
}

/** ShellCheck's report; none when it printed no JSON (it could not run on the files). */
function readReport(stdout: string | undefined):
  { comments: Json1Comment[]; parsed: boolean } {
  try {
    const report = JSON.parse(stdout ?? '') as { comments?: Json1Comment[] };
    return { comments: Array.isArray(report.comments) ? report.comments : [],
      parsed: Array.isArray(report.comments) };
  } catch {
    return { comments: [], parsed: false };
  }
}

/** ShellCheck's comments on one script file, by the file's text. */
type ReportCache = Map<string, Json1Comment[]>;

/**
 * ShellCheck's comments on each of `texts` not yet in `cache`, in one `shellcheck` call, stored
 * in `cache`; false when the program could not be started.
 */
function runOnTexts(program: string, texts: readonly string[], cache: ReportCache): boolean {
  const fresh = [...new Set(texts)].filter((text) => !cache.has(text));
  if (fresh.length === 0) return true;
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-shellcheck-'));
  try {
    const byFile = new Map(fresh.map((text, k) => {
      const file = join(dir, `run-${k}.sh`);
      writeFileSync(file, text);
      return [file, text] as const;
    }));
    const result = spawnSync(program,
      ['--format=json1', `--exclude=${EXCLUDED}`, ...byFile.keys()],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) return false;
    const report = readReport(result.stdout);
    const found = new Map(fresh.map((text) => [text, [] as Json1Comment[]]));
    for (const comment of report.comments) {
      const text = byFile.get(comment.file);
      if (text !== undefined) found.get(text)?.push(comment);
    }
    // A report that did not parse is not kept: the next page asks again.
    if (report.parsed) for (const [text, comments] of found) cache.set(text, comments);
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The findings of the scripts of several Dockerfiles, per model, from one `shellcheck` call for
 * the scripts not in `cache`; undefined when the program could not be started.
 */
function runOnModels(program: string, models: readonly DockerfileModel[], cache: ReportCache):
  Finding[][] | undefined {
  const scripts = models.flatMap((model, m) => shellScriptFiles(model).map((s) => ({ ...s, m })));
  const findings: Finding[][] = models.map(() => []);
  if (scripts.length === 0) return findings;
  if (!runOnTexts(program, scripts.map((script) => script.text), cache)) return undefined;
  for (const script of scripts) {
    const first = script.instruction.line - HEADER_LINES - 1;
    for (const comment of cache.get(script.text) ?? []) {
      if (comment.line <= HEADER_LINES) continue;
      findings[script.m]?.push({
        rule: `SC${comment.code}`, related: [], severity: LEVELS[comment.level] ?? 'warning',
        line: first + comment.line, endLine: first + Math.max(comment.line, comment.endLine),
        message: comment.message, url: shellcheckWiki(comment.code),
      });
    }
  }
  return findings.map((list) =>
    list.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule)));
}

/** Whether the program runs, and its version: for tests and diagnostics. */
export function probeShellcheck(program = 'shellcheck'): ShellCheckProbe {
  const probe = spawnSync(program, ['--version'], { encoding: 'utf8' });
  const version = /^version:\s*(\S+)/m.exec(probe.stdout ?? '')?.[1];
  return probe.error || probe.status !== 0 || version === undefined
    ? { available: false, reason: unavailableReason(program) } : { available: true, version };
}

/**
 * A checker for one run (the CLI, the build). It starts no process until a Dockerfile has a
 * script it has not checked before; if the program cannot be started then, it calls
 * `onUnavailable` once and checks nothing more.
 */
export function createShellChecker(options: ShellCheckerOptions = {}): ShellChecker {
  const program = options.program ?? 'shellcheck';
  let off = false;
  const cache: ReportCache = new Map();
  const checkAll = (models: readonly DockerfileModel[]): Finding[][] => {
    const found = off ? undefined : runOnModels(program, models, cache);
    if (found) return found;
    if (!off) {
      off = true;
      options.onUnavailable?.(unavailableReason(program));
    }
    return models.map(() => []);
  };
  return { checkAll, check: (model) => checkAll([model])[0] ?? [] };
}
