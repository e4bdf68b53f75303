/**
 * Analyse stage, Dockerfile engine, shared by rules: `.dockerignore` patterns as BuildKit reads
 * and matches them, a port of moby/patternmatcher (`ignorefile.ReadAll`, `New`,
 * `MatchesOrParentMatches`) with Go's `path.Clean`, for slash-separated paths. Browser-safe (the
 * caller reads the file).
 */

/** Go's `path.Clean`: the shortest path naming the same file, purely lexically. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
    } else {
      parts.push(part);
    }
  }
  const joined = parts.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** The patterns of a `.dockerignore` text, as `ignorefile.ReadAll` returns them. */
export function readIgnorePatterns(text: string): string[] {
  const patterns: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const raw of lines) {
    if (raw.startsWith('#')) continue;
    let pattern = raw.trim();
    if (pattern === '') continue;
    const invert = pattern.startsWith('!');
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  }
  return patterns;
}

type Matcher = (path: string) => boolean;

/** One pattern compiled as patternmatcher's `compile` does (exact, prefix, suffix or regexp). */
function compile(pattern: string): Matcher {
  let source = '^';
  let type: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const start = i;
    const ch = chars[i] ?? '';
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        i++;
        if (chars[i + 1] === '/') i++;
        if (i + 1 >= chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            source += '.*';
            type = 'regexp';
          }
        } else {
          source += '(.*/)?';
          type = 'regexp';
        }
        if (start === 0) type = 'suffix';
      } else {
        source += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      source += '[^/]';
      type = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      source += `\\${ch}`;
    } else if (ch === '\\') {
      if (i + 1 < chars.length) {
        source += `\\${chars[++i] ?? ''}`;
        type = 'regexp';
      } else {
        source += '\\\\';
      }
    } else if (ch === '[' || ch === ']') {
      source += ch;
      type = 'regexp';
    } else {
      source += ch;
    }
  }
  switch (type) {
    case 'exact': return (path) => path === pattern;
    case 'prefix': return (path) => path.startsWith(pattern.slice(0, -2));
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) => path.endsWith(suffix) ||
        (suffix.startsWith('/') && path === suffix.slice(1));
    }
    default: {
      let regexp: RegExp | undefined;
      try {
        regexp = new RegExp(`${source}$`, 'u');
      } catch {
        regexp = undefined;
      }
      return (path) => regexp?.test(path) ?? false;
    }
  }
}

export interface IgnorePattern {
  /** The cleaned pattern, without `!`. */
  text: string;
  exclusion: boolean;
  matches: Matcher;
}

/** A `.dockerignore`'s patterns ready to match (patternmatcher's `New`). */
export class IgnoreMatcher {
  readonly patterns: IgnorePattern[];

  constructor(patterns: readonly string[]) {
    this.patterns = [];
    for (const raw of patterns) {
      let text = raw.trim();
      if (text === '') continue;
      text = cleanPath(text);
      const exclusion = text.startsWith('!');
      if (exclusion) text = text.slice(1);
      if (text === '') continue;
      this.patterns.push({ text, exclusion, matches: compile(text) });
    }
  }

  /** Whether some pattern re-includes paths (`!keep`). */
  get exclusions(): boolean {
    return this.patterns.some((p) => p.exclusion);
  }

  /** Whether `file` (slash-separated, relative to the context) or one of its parents matches. */
  matchesOrParentMatches(file: string): boolean {
    let matched = false;
    const slash = file.lastIndexOf('/');
    const parent = slash < 0 ? '.' : slash === 0 ? '/' : file.slice(0, slash);
    const dirs = parent.split('/');
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = pattern.matches(file);
      if (!match && parent !== '.') {
        match = dirs.some((_, i) => pattern.matches(dirs.slice(0, i + 1).join('/')));
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }
}
