/**
 * Analyse stage, Dockerfile engine, ShellCheck: its reports kept on disk between runs (the
 * CLI's `$XDG_CACHE_HOME/shipshape/shellcheck`), one JSON file per script text, so a repeated
 * call (CI, an editor hook) starts no `shellcheck` for scripts it has seen. A file is named by
 * a 64-bit hash of its key (program, options, script) and holds the key itself beside the
 * report: a file whose key is another's (a collision) or that does not read is not believed,
 * and the script is checked again and the file rewritten.
 *
 * Keyed by the program's identity, not its `--version` output: the file `shellcheck` resolves
 * to on the `PATH` (symbolic links followed), its size, modification time and inode, found with
 * a few `stat` calls where asking the version started a process before anything else could
 * (5-8 ms). Installing another ShellCheck replaces that file, so its reports are not reused; a
 * wrapper script that `exec`s whichever ShellCheck is installed would hide an upgrade, as
 * it would from any cache keyed by the file run.
 *
 * Bounded without work on a call's hot path: after a call that added entries, at most once a
 * day (a marker file's time, which the first such call in a new folder only sets), `tidy`
 * removes the entries not used for `maxAgeDays` (last use: the later of the file's
 * modification and access times; Linux's default `relatime` mounts update the access time
 * about daily as entries are read, and on a `noatime` mount an entry simply goes at that age
 * after it was written and is checked again once), then the least recently used beyond
 * `maxEntries`, and asides left by a write that stopped half-way. With no folder yet, no entry
 * is looked for.
 */
import {
  existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { delimiter, join } from 'node:path';
import { hashText } from '../../shared/content-hash.ts';
import { writeWholeSync } from '../../shared/write-whole.ts';

/** One comment of ShellCheck's `--format=json1`. */
export interface Json1Comment {
  file: string;
  line: number;
  endLine: number;
  level: string;
  code: number;
  message: string;
}

export function isComment(value: unknown): value is Json1Comment {
  const c = value as Partial<Json1Comment> | null;
  return typeof c === 'object' && c !== null && typeof c.file === 'string' &&
    typeof c.line === 'number' && typeof c.endLine === 'number' &&
    typeof c.level === 'string' && typeof c.code === 'number' && typeof c.message === 'string';
}

export interface ReportCacheLimits {
  /** Entries not read or written for this many days are removed (default 30). */
  maxAgeDays: number;
  /** At most this many entries are kept, the least recently used going first (default 20,000). */
  maxEntries: number;
}

export const DEFAULT_LIMITS: ReportCacheLimits = { maxAgeDays: 30, maxEntries: 20_000 };

const DAY_MS = 24 * 60 * 60 * 1000;
/** The marker whose modification time says when the folder was last tidied. */
const TIDIED = 'tidied';

export interface ReportCache {
  read(text: string): Json1Comment[] | undefined;
  write(text: string, comments: readonly Json1Comment[]): void;
  /** After the run: tidies the folder if this run added entries and a day has passed. */
  tidy(now?: number): void;
}

/**
 * What identifies the program run as `program` (a name looked up on `path`, or a path): its
 * real path, size, modification time and inode; undefined when no such executable file is found.
 */
export function programIdentity(program: string, path = process.env['PATH'] ?? ''):
  string | undefined {
  const candidates = program.includes('/') ? [program]
    : path.split(delimiter).filter((dir) => dir !== '').map((dir) => join(dir, program));
  for (const candidate of candidates) {
    const stat = statSync(candidate, { throwIfNoEntry: false });
    // Any execute bit, as the shell's own lookup.
    if (stat === undefined || !stat.isFile() || (stat.mode & 0o111) === 0) continue;
    return `${realpathSync(candidate)}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}`;
  }
  return undefined;
}

/** The cache in `dir` for the program identified by `identity`, with ShellCheck's `options`. */
export function openReportCache(dir: string, identity: string, options: string,
  limits: ReportCacheLimits = DEFAULT_LIMITS): ReportCache {
  const keyOf = (text: string) => `shellcheck\0${identity}\0${options}\0${text}`;
  const fileOf = (key: string) => join(dir, `${hashText(key)}.json`);
  let made = false;
  let added = false;
  // Asked once: with no folder yet (a CI job's first call), no entry is looked for.
  let present: boolean | undefined;
  return {
    read: (text) => {
      present ??= existsSync(dir);
      if (!present) return undefined;
      const key = keyOf(text);
      try {
        const stored: unknown = JSON.parse(readFileSync(fileOf(key), 'utf8'));
        if (!Array.isArray(stored) || stored.length !== 2 || stored[0] !== key) return undefined;
        const comments: unknown = stored[1];
        return Array.isArray(comments) && comments.every(isComment) ? comments : undefined;
      } catch {
        return undefined;
      }
    },
    write: (text, comments) => {
      // A folder that cannot be written (read-only home) only costs the next run its speed.
      try {
        if (!made) mkdirSync(dir, { recursive: true });
        made = true;
        present = true;
        const key = keyOf(text);
        writeWholeSync(fileOf(key), JSON.stringify([key, comments]));
        added = true;
      } catch {
        // Not kept: the next run checks the script again.
      }
    },
    tidy: (now = Date.now()) => {
      if (!added) return;
      const marker = join(dir, TIDIED);
      const last = statSync(marker, { throwIfNoEntry: false })?.mtimeMs;
      if (last !== undefined && now - last < DAY_MS) return;
      try {
        writeFileSync(marker, '');
        // A folder never tidied (a new one: a CI job's first call) starts its clock only.
        if (last !== undefined) removeUnused(dir, now, limits);
      } catch {
        // Tidied another day.
      }
    },
  };
}

/** Removes entries past their age, the least recently used beyond the count, and old asides. */
function removeUnused(dir: string, now: number, limits: ReportCacheLimits): void {
  const kept: Array<{ name: string; used: number }> = [];
  for (const name of readdirSync(dir)) {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stat === undefined || name === TIDIED) continue;
    const used = Math.max(stat.mtimeMs, stat.atimeMs);
    const entry = name.endsWith('.json');
    // An aside (`….json.<pid>.tmp`) older than a day belongs to a write that stopped.
    const old = now - used > (entry ? limits.maxAgeDays * DAY_MS : DAY_MS);
    // `force`: another call may be tidying the same folder.
    if (old) rmSync(join(dir, name), { force: true });
    else if (entry) kept.push({ name, used });
  }
  if (kept.length <= limits.maxEntries) return;
  kept.sort((a, b) => a.used - b.used);
  for (const { name } of kept.slice(0, kept.length - limits.maxEntries)) {
    rmSync(join(dir, name), { force: true });
  }
}
