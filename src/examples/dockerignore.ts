/**
 * Examples: `.dockerignore` matching as Docker does it (moby/patternmatcher, used by BuildKit):
 *
 * - one pattern per line; a line starting with `#` is a comment; blank lines are skipped;
 * - a pattern is trimmed, cleaned like Go's `filepath.Clean` and a leading `/` dropped, so every
 *   pattern is relative to the context root (`__pycache__` matches only the top-level one);
 * - `*` matches within one path segment, `?` one character, `[...]` a class, `\` escapes, and
 *   `**` any number of segments, zero included (so a pattern that starts with `**` and a
 *   slash matches at any depth);
 * - a pattern that matches a directory excludes everything under it;
 * - `!pattern` re-includes; the last pattern that matches a path decides.
 *
 * One simplification: a trailing `**` with text before it (`logs**`) is read as `.*`, as older
 * patternmatcher releases did. Browser-safe.
 */

export interface IgnorePattern {
  /** The pattern as cleaned (without `!`). */
  pattern: string;
  /** A `!` line: matching paths are sent after all. */
  exception: boolean;
  /** 1-based line in the `.dockerignore`. */
  line: number;
  regex: RegExp;
}

/** The patterns of a `.dockerignore`, in file order. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.startsWith('#')) return;
    let pattern = raw.trim();
    if (pattern === '') return;
    const exception = pattern.startsWith('!');
    if (exception) pattern = pattern.slice(1).trim();
    if (pattern === '') return;
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    patterns.push({ pattern, exception, line: index + 1, regex: compile(pattern) });
  });
  return patterns;
}

/** Whether Docker leaves `path` (relative, `/`-separated) out of the build context. */
export function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean {
  const file = cleanPath(path);
  const parents = parentDirs(file);
  let matched = false;
  for (const { regex, exception } of patterns) {
    // As patternmatcher: an exclusion only matters while unmatched, an exception while matched.
    if (exception !== matched) continue;
    const hit = regex.test(file) || parents.some((parent) => regex.test(parent));
    if (hit) matched = !exception;
  }
  return matched;
}

/** `a/b/c.txt` → `['a', 'a/b']`. */
function parentDirs(file: string): string[] {
  const segments = file.split('/').slice(0, -1);
  return segments.map((_, index) => segments.slice(0, index + 1).join('/'));
}

/** Go's `filepath.Clean` for `/`-separated paths. */
export function cleanPath(path: string): string {
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out.at(-1) !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

const SPECIAL = new Set([...'.+()|{}$^']);

/** The regular expression patternmatcher builds for a pattern. */
function compile(pattern: string): RegExp {
  let source = '^';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] ?? '';
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i += 1;
        if (pattern[i + 1] === '/') i += 1;
        source += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else {
        source += '[^/]*';
      }
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      if (next !== undefined) {
        source += escape(next);
        i += 1;
      } else {
        source += '\\\\';
      }
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) {
        source += '\\[';
      } else {
        const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else {
      source += SPECIAL.has(ch) ? `\\${ch}` : ch;
    }
  }
  return new RegExp(`${source}$`);
}

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}
