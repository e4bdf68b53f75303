/**
 * Examples: what `docker build .` sends as the build context, and whether the `.dockerignore`
 * keeps out what has no place in an image: tests, Python caches (`__pycache__`,
 * `.pytest_cache`, `.pyc`) and virtual environments. The check looks at the files the example
 * has and at probes, paths a reader's working copy typically gains once they run the tests or
 * create a virtual environment (the example itself ships none of them). Browser-safe.
 */
import { isIgnored, parseDockerignore } from './dockerignore.ts';

/** What kind of file must stay out of the context. */
export type Unwanted = 'tests' | 'cache' | 'virtualenv';

/** Paths a working copy often has; each must be ignored. */
export const PROBES: ReadonlyArray<{ path: string; kind: Unwanted }> = [
  { path: 'tests/test_app.py', kind: 'tests' },
  { path: 'test_app.py', kind: 'tests' },
  { path: '__pycache__/app.cpython-313.pyc', kind: 'cache' },
  { path: 'tests/__pycache__/test_app.cpython-313.pyc', kind: 'cache' },
  { path: 'app.pyc', kind: 'cache' },
  { path: '.pytest_cache/v/cache/nodeids', kind: 'cache' },
  { path: 'venv/bin/python', kind: 'virtualenv' },
  { path: '.venv/bin/python', kind: 'virtualenv' },
  { path: 'env/pyvenv.cfg', kind: 'virtualenv' },
];

/** What a path is, when it is something that must not be sent. */
export function classify(path: string): Unwanted | undefined {
  const segments = path.split('/');
  const name = segments.at(-1) ?? '';
  if (segments.some((s) => s === '__pycache__' || s === '.pytest_cache' || s === '.mypy_cache')
    || /\.py[cod]$/.test(name)) {
    return 'cache';
  }
  if (segments.some((s) => s === 'venv' || s === '.venv') || name === 'pyvenv.cfg') {
    return 'virtualenv';
  }
  if (segments.slice(0, -1).some((s) => s === 'tests' || s === 'test')
    || /^test_.*\.py$|_test\.py$/.test(name)) {
    return 'tests';
  }
  return undefined;
}

export interface ContextCheck {
  /** The example's files that would be sent, in the given order. */
  sent: string[];
  /** The example's files that are left out. */
  ignored: string[];
  /** Sent files that should not be: the check fails when this is not empty. */
  leaks: Array<{ path: string; kind: Unwanted }>;
  /** Probe paths the `.dockerignore` would let through. */
  unguarded: Array<{ path: string; kind: Unwanted }>;
}

/**
 * Checks a build context. `paths` are the example's files; `dockerignore` the text of its
 * `.dockerignore` (undefined: there is none, and everything is sent).
 */
export function checkBuildContext(
  paths: readonly string[],
  dockerignore: string | undefined,
): ContextCheck {
  const patterns = parseDockerignore(dockerignore ?? '');
  const sent: string[] = [];
  const ignored: string[] = [];
  for (const path of paths) (isIgnored(patterns, path) ? ignored : sent).push(path);
  const leaks = sent.flatMap((path) => {
    const kind = classify(path);
    return kind === undefined ? [] : [{ path, kind }];
  });
  const unguarded = PROBES.filter((probe) => !isIgnored(patterns, probe.path))
    .map((probe) => ({ ...probe }));
  return { sent, ignored, leaks, unguarded };
}
