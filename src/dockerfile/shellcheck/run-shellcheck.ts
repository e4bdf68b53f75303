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
 * The CLI asks ahead (`prefetch`): it starts `shellcheck` as soon as a file is parsed, split
 * across the machine's cores (each process as soon as its own scripts are written), while our
 * own rules run, and the synchronous `check` then finds every report in that cache. With
 * `cacheDir`, reports are also kept on disk (`report-cache.ts`, keyed by the script's text and
 * the program's file), so a repeated call starts no `shellcheck` for scripts it has seen.
 * Excluded as in hadolint: SC2187 (ash), SC1090 and SC1091 (sourced files a Dockerfile cannot
 * point ShellCheck to). Node only: kept out of the browser entry.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DockerfileModel } from '../model.ts';
import type { Finding, Severity } from '../rule.ts';
import { HEADER_LINES, shellScriptFiles, type ShellScriptFile } from './shell-scripts.ts';
import {
  openReportCache, programIdentity, type Json1Comment, type ReportCache as DiskCache,
  type ReportCacheLimits,
} from './report-cache.ts';
import { compareIds } from '../../shared/compare-ids.ts';

const EXCLUDED = 'SC2187,SC1090,SC1091';

/**
 * `node:child_process`, loaded when a process is to start: a call that finds every report in
 * the disk cache starts none, and loading it (with `node:net`) costs 5-9 ms.
 */
const childProcess = () => process.getBuiltinModule('node:child_process');

export interface ShellChecker {
  /** Findings for the model's RUN scripts, in line order. */
  check(model: DockerfileModel): Finding[];
  /** The same for several Dockerfiles (a page's blocks) in one `shellcheck` call. */
  checkAll(models: readonly DockerfileModel[]): Finding[][];
  /**
   * Starts ShellCheck on the models' scripts not yet known, in parallel processes, and resolves
   * once their reports are in the cache (never rejects): `check` on the same models then
   * starts nothing. For callers that can do other work meanwhile (the CLI).
   */
  prefetch(models: readonly DockerfileModel[]): Promise<void>;
  /**
   * Ends the run, after its output is written: tidies the disk cache when it is due
   * (`report-cache.ts`). Nothing without `cacheDir`.
   */
  close(): void;
}

export interface ShellCheckerOptions {
  /** The program to run (default: `shellcheck` on the PATH). */
  program?: string;
  /** Told once, the first time a script is to be checked and the program cannot run, why. */
  onUnavailable?: (reason: string) => void;
  /** A folder to keep reports in between runs (per script text and program); unset: none. */
  cacheDir?: string;
  /** How much the folder keeps (default `DEFAULT_LIMITS`: 30 days unused, 20,000 entries). */
  cacheLimits?: ReportCacheLimits;
  /** How `prefetch` shares the scripts among processes (default: one share per core). */
  parallel?: ParallelPlan;
}

export type ShellCheckProbe =
  | { available: true; version: string }
  | { available: false; reason: string };

function unavailableReason(program: string): string {
  return `\`${program}\` is not installed or does not run (on Debian or Ubuntu: ` +
    '`apt-get install shellcheck`), so RUN scripts are not checked with ShellCheck';
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
type KnownReports = Map<string, Json1Comment[]>;

/** Fewest scripts worth a process of their own (one start costs about two scripts' analysis). */
const SCRIPTS_PER_PROCESS = 8;

/** The arguments of one `shellcheck` call on `files`. */
function shellcheckArgs(files: Iterable<string>): string[] {
  return ['--format=json1', `--exclude=${EXCLUDED}`, ...files];
}

/**
 * A new folder for one run's scripts and reports: in memory (`/dev/shm`) where the system has
 * one and `TMPDIR` does not name another place, else in the system's temporary folder. Creating
 * a cold call's 71 scripts and 2 reports took 13-18 ms in `/tmp` on ext4 and 1-2.5 ms in tmpfs,
 * most of it before the first ShellCheck process can start.
 */
function scratchDir(): string {
  if (process.env['TMPDIR'] === undefined) {
    try {
      return mkdtempSync('/dev/shm/shipshape-shellcheck-');
    } catch {
      // No such folder (macOS, Windows) or not writable: the temporary folder.
    }
  }
  return mkdtempSync(join(tmpdir(), 'shipshape-shellcheck-'));
}

/** The scripts as files in `dir` (named after `share`), by file name. */
function writeScripts(dir: string, texts: readonly string[], share = 0): Map<string, string> {
  return new Map(texts.map((text, k) => {
    const file = join(dir, `run-${share}-${k}.sh`);
    writeFileSync(file, text);
    return [file, text] as const;
  }));
}

/** Stores one call's report in `cache`, per script; a report that did not parse is not kept. */
function storeReport(stdout: string | undefined, byFile: ReadonlyMap<string, string>,
  cache: KnownReports, disk: DiskCache | undefined): void {
  const report = readReport(stdout);
  if (!report.parsed) return;
  const found = new Map([...byFile.values()].map((text) => [text, [] as Json1Comment[]]));
  for (const comment of report.comments) {
    const text = byFile.get(comment.file);
    if (text !== undefined) found.get(text)?.push(comment);
  }
  for (const [text, comments] of found) {
    cache.set(text, comments);
    disk?.write(text, comments);
  }
}

/** The texts not in `cache`, each once, after taking what the disk cache has. */
function unknownTexts(texts: readonly string[], cache: KnownReports,
  disk: DiskCache | undefined):
  string[] {
  return [...new Set(texts)].filter((text) => {
    if (cache.has(text)) return false;
    const stored = disk?.read(text);
    if (stored !== undefined) cache.set(text, stored);
    return stored === undefined;
  });
}

/**
 * ShellCheck's comments on each of `fresh` in one `shellcheck` call, stored in `cache`; false
 * when the program could not be started.
 */
function runOnTexts(program: string, fresh: readonly string[], cache: KnownReports,
  disk: DiskCache | undefined): boolean {
  if (fresh.length === 0) return true;
  const dir = scratchDir();
  try {
    const byFile = writeScripts(dir, fresh);
    const result = childProcess().spawnSync(program, shellcheckArgs(byFile.keys()),
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) return false;
    storeReport(result.stdout, byFile, cache, disk);
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How `prefetch` shares scripts among processes (tests and the bench set it). */
export interface ParallelPlan {
  /** Processes running at once (default: the machine's cores). */
  processes?: number;
  /** Shares the scripts are cut into, at least `processes` (default: `processes`). */
  shares?: number;
}

/**
 * The same as `runOnTexts` in up to `processes` processes at once, over `shares` shares of the
 * scripts: each process starts as soon as its own scripts are written (the next share is
 * written while it runs), and when one ends the next share starts at once, before its report is
 * stored; false when a process could not be started. Each process's report goes to a file (a
 * pipe left unread while the caller works would stop it when full).
 */
async function runOnTextsInParallel(program: string, fresh: readonly string[],
  cache: KnownReports, disk: DiskCache | undefined, plan: ParallelPlan = {}): Promise<boolean> {
  if (fresh.length === 0) return true;
  const most = Math.max(1, Math.floor(fresh.length / SCRIPTS_PER_PROCESS));
  const processes = Math.min(most, Math.max(1, plan.processes ?? availableParallelism()));
  const count = Math.min(most, Math.max(processes, plan.shares ?? processes));
  const dir = scratchDir();
  try {
    // Dealt round-robin: neighbouring RUNs are alike in size.
    const shares = Array.from({ length: count }, (_, k) =>
      fresh.filter((_, i) => i % count === k));
    let next = 0;
    const runShare = (k: number): Promise<boolean> => new Promise<boolean>((resolve) => {
      const share = writeScripts(dir, shares[k] ?? [], k);
      const report = join(dir, `report-${k}.json`);
      const out = openSync(report, 'w');
      const child = childProcess().spawn(program, shellcheckArgs(share.keys()),
        { stdio: ['ignore', out, 'ignore'] });
      closeSync(out);
      child.on('error', () => resolve(false));
      child.on('close', () => {
        const after = startNext();
        storeReport(readFileSync(report, 'utf8'), share, cache, disk);
        void after.then(resolve);
      });
    });
    const startNext = (): Promise<boolean> =>
      next < count ? runShare(next++) : Promise.resolve(true);
    const workers = Array.from({ length: processes }, () => startNext());
    return (await Promise.all(workers)).every(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ready to check: the disk cache if any; undefined when the program is known to be missing. */
type Prepare = () => { disk: DiskCache | undefined } | undefined;

/**
 * The findings of the scripts of several Dockerfiles, per model, from one `shellcheck` call for
 * the scripts not in `cache`; undefined when the program could not be started.
 */
function runOnModels(program: string, models: readonly DockerfileModel[], cache: KnownReports,
  prepare: Prepare, scriptsOf: (model: DockerfileModel) => ShellScriptFile[]):
  Finding[][] | undefined {
  const scripts = models.flatMap((model, m) => scriptsOf(model).map((s) => ({ ...s, m })));
  const findings: Finding[][] = models.map(() => []);
  if (scripts.length === 0) return findings;
  const texts = scripts.map((script) => script.text);
  if (texts.some((text) => !cache.has(text))) {
    const ready = prepare();
    if (!ready) return undefined;
    if (!runOnTexts(program, unknownTexts(texts, cache, ready.disk), cache, ready.disk)) {
      return undefined;
    }
  }
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
    list.sort((a, b) => a.line - b.line || compareIds(a.rule, b.rule)));
}

/** Whether the program runs, and its version: for tests and diagnostics. */
export function probeShellcheck(program = 'shellcheck'): ShellCheckProbe {
  const probe = childProcess().spawnSync(program, ['--version'], { encoding: 'utf8' });
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
  const cache: KnownReports = new Map();
  // A prefetched model is checked next: its scripts are made once (5-10 ms on 200 instructions).
  const scriptFiles = new WeakMap<DockerfileModel, ShellScriptFile[]>();
  const scriptsOf = (model: DockerfileModel) => {
    const known = scriptFiles.get(model);
    if (known) return known;
    const files = shellScriptFiles(model);
    scriptFiles.set(model, files);
    return files;
  };
  // The program's file, looked up once, when a script is first not known: it keys the disk
  // cache, and when the PATH (or the path given) has no such program, shell checks are off at
  // once, without writing scripts and loading `node:child_process` for a start that fails
  // (22 ms of CPU). With no PATH at all, the start decides (the system's default path).
  let looked = false;
  let disk: DiskCache | undefined;
  let missing = false;
  const prepare: Prepare = () => {
    if (!looked) {
      looked = true;
      const identity = programIdentity(program);
      missing = identity === undefined &&
        (program.includes('/') || process.env['PATH'] !== undefined);
      if (identity !== undefined && options.cacheDir !== undefined) {
        disk = openReportCache(options.cacheDir, identity, EXCLUDED, options.cacheLimits);
      }
    }
    return missing ? undefined : { disk };
  };
  const turnOff = () => {
    if (off) return;
    off = true;
    options.onUnavailable?.(unavailableReason(program));
  };
  const checkAll = (models: readonly DockerfileModel[]): Finding[][] => {
    const found = off ? undefined : runOnModels(program, models, cache, prepare, scriptsOf);
    if (found) return found;
    turnOff();
    return models.map(() => []);
  };
  const prefetch = async (models: readonly DockerfileModel[]): Promise<void> => {
    if (off) return;
    const texts = models.flatMap((model) => scriptsOf(model).map((s) => s.text));
    if (texts.every((text) => cache.has(text))) return;
    const ready = prepare();
    if (!ready || !await runOnTextsInParallel(program, unknownTexts(texts, cache, ready.disk),
      cache, ready.disk, options.parallel)) {
      turnOff();
    }
  };
  return { checkAll, prefetch, check: (model) => checkAll([model])[0] ?? [],
    close: () => disk?.tidy() };
}
