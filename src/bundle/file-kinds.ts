/**
 * Write-up folders (ingest stage): what a file beside a write-up is, by its name alone — a
 * Dockerfile (`Dockerfile`, `distroless.Dockerfile`, `Dockerfile.prod`), the `.dockerignore`, a
 * Markdown file that could be the write-up, or one of the app's files — and the language its
 * block is highlighted in. Pure; no file is read here.
 */

export type FileRole = 'dockerfile' | 'dockerignore' | 'other';

/** Markdown files that are the write-up of their folder, in the order one is taken. */
export const WRITEUP_NAMES = ['DOCKER.md', 'README.md', 'index.md'] as const;

/** `Dockerfile`, `*.Dockerfile`, `Dockerfile.*` (any case: `dockerfile`, `app.dockerfile`). */
export function isDockerfileName(name: string): boolean {
  return /^dockerfile$/i.test(name) || /^.+\.dockerfile$/i.test(name) ||
    /^dockerfile\..+$/i.test(name);
}

export function roleOf(name: string): FileRole {
  if (isDockerfileName(name)) return 'dockerfile';
  return name === '.dockerignore' ? 'dockerignore' : 'other';
}

const LANGUAGES: Record<string, string> = {
  py: 'python', js: 'js', mjs: 'js', cjs: 'js', ts: 'ts', tsx: 'tsx', jsx: 'jsx', go: 'go',
  rs: 'rust', java: 'java', kt: 'kotlin', rb: 'ruby', php: 'php', cs: 'csharp', c: 'c',
  h: 'c', cpp: 'cpp', sh: 'sh', bash: 'sh', yaml: 'yaml', yml: 'yaml', toml: 'toml',
  json: 'json', md: 'md', html: 'html', css: 'css', sql: 'sql', ini: 'ini', cfg: 'ini',
  conf: 'ini', xml: 'xml', mod: 'go', txt: 'text', lock: 'text', env: 'sh',
};

/** The language of a file's block, by name (`text` when unknown). */
export function languageOf(name: string): string {
  if (isDockerfileName(name)) return 'dockerfile';
  // Shiki has no grammar for ignore files; shell highlighting marks their comments.
  if (/^\.(?:docker|git)ignore$/.test(name)) return 'sh';
  if (name === 'Makefile') return 'makefile';
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? LANGUAGES[name.slice(dot + 1).toLowerCase()] : undefined) ?? 'text';
}
