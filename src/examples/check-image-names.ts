/**
 * Examples (analyse stage for write-ups): finds a command that uses an image under a name the
 * write-up never gave it. Seed write-up "Dockerization of Flask application" builds
 * `docker build -t azazaki/app_python:1.0 .` and then runs
 * `docker run … <your-dockerhub-username>/app_python:1.0`: a reader who copies both gets
 * "Unable to find image" (or someone else's image), and the placeholder hides that the names
 * differ.
 *
 * Read in document order, in shell code blocks (as check-published-ports.ts reads them):
 * `docker build -t NAME` (each `-t`/`--tag`), `docker tag SRC NAME` and `docker pull NAME` give
 * a name; `docker run IMAGE`, `docker push NAME` and `docker tag SRC …` use one. A use is a
 * finding when the name was never given before it and it is the write-up's own image: it shares
 * its repository with a built one (`app_python`), or it holds a placeholder
 * (`<your-dockerhub-username>`, `YOUR_USER`) that the reader would fill in. A name pulled from a
 * registry counts as given, unless it holds a placeholder (nobody pushed it). Names compare as
 * Docker reads them: no tag is `latest`, `docker.io/` and `library/` are implied. Shell variables
 * (`$IMAGE`) are unknown and left alone. Node or browser (remark only).
 */
import type { Code } from 'mdast';
import { parseMarkdown, type ParsedMarkdown } from '../shared/parsed-markdown.ts';
import { visit } from '../shared/visit.ts';
import { codeLanguage } from '../shared/code-language.ts';

export interface ImageNameFinding {
  ruleId: 'image-name-mismatch';
  /** 1-based line and column of the command in the Markdown file. */
  line: number;
  column: number;
  /** The name as the command uses it. */
  used: string;
  /** The name it was most likely meant to be (as written), and the line that gave it. */
  expected: string;
  expectedLine: number;
  /** The placeholders the used or the expected name holds, as written. */
  placeholders: string[];
  message: string;
}

/** Blocks that are not shell commands (as in check-published-ports.ts). */
const NOT_SHELL = new Set([
  'dockerfile', 'yaml', 'yml', 'json', 'toml', 'ini', 'nginx', 'conf',
  'python', 'py', 'js', 'javascript', 'ts', 'typescript', 'go', 'java', 'text', 'txt',
  'markdown', 'md', 'gitignore', 'dockerignore',
]);
const PLACEHOLDER = /<[^<>\s]+>|\{\{[^{}]+\}\}|\b[Yy][Oo][Uu][Rr][-_]?[A-Za-z0-9_-]*/g;
const VARIABLE = /\$\{?[A-Za-z_]/;
/** `docker run` options that take a value (the image is the first word that is not one). */
const RUN_VALUE_OPTIONS = new Set([
  '-a', '--attach', '-c', '--cpu-shares', '-e', '--env', '--env-file', '-h', '--hostname',
  '-l', '--label', '--label-file', '-m', '--memory', '-p', '--publish', '-u', '--user', '-v',
  '--volume', '-w', '--workdir', '--name', '--network', '--net', '--mount', '--entrypoint',
  '--restart', '--cpus', '--platform', '--pull', '--add-host', '--dns', '--cap-add',
  '--cap-drop', '--device', '--health-cmd', '--health-interval', '--health-retries',
  '--health-timeout', '--health-start-period', '--log-driver', '--log-opt', '--expose',
  '--link', '--ulimit', '--tmpfs', '--security-opt', '--shm-size', '--stop-signal',
  '--stop-timeout', '--gpus', '--ipc', '--pid', '--runtime', '--cidfile', '--group-add',
  '--cgroupns', '--detach-keys', '--ip', '--ip6', '--mac-address', '--memory-swap',
  '--network-alias', '--sysctl', '--userns', '--uts', '--volumes-from', '--storage-opt',
]);
/** Short flags of `docker run` that take a value, when they end a group (`-dp 80:80`). */
const RUN_VALUE_SHORT = new Set(['a', 'c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w']);

interface Command {
  line: number;
  column: number;
  words: string[];
}

interface Event {
  line: number;
  column: number;
  kind: 'give' | 'use';
  /** `pull` gives a name only when it holds no placeholder. */
  pulled: boolean;
  name: string;
}

/** The placeholders `name` holds, as written. */
export function placeholdersOf(name: string): string[] {
  return [...name.matchAll(PLACEHOLDER)].map((match) => match[0]);
}

/** `app_python:1.0` → `docker.io/library/app_python:1.0`; no tag is `latest`. */
export function normalizeImage(name: string): string {
  const [path = '', digest] = name.split('@');
  const slash = path.lastIndexOf('/');
  const colon = path.lastIndexOf(':');
  const tagged = colon > slash;
  let repo = tagged ? path.slice(0, colon) : path;
  const tag = tagged ? path.slice(colon + 1) : 'latest';
  const first = repo.split('/')[0] ?? '';
  const hasHost = repo.includes('/') && (/[.:]/.test(first) || first === 'localhost');
  if (!hasHost) repo = `docker.io/${repo.includes('/') ? repo : `library/${repo}`}`;
  return digest === undefined ? `${repo}:${tag}` : `${repo}@${digest}`;
}

/** The repository's last part: `docker.io/azazaki/app_python:1.0` → `app_python`. */
function repositoryOf(name: string): string {
  const path = (normalizeImage(name).split('@')[0] ?? '').replace(/:[^:/]*$/, '');
  return path.split('/').at(-1) ?? path;
}

function shellWords(command: string): string[] {
  return command.trim().split(/\s+/).filter(Boolean)
    .map((word) => word.replace(/^["']|["']$/g, ''));
}

/** Commands in one code block: `$ ` prompts kept, output lines skipped, `\` lines joined. */
function commandsOf(node: Code, line: number): Command[] {
  const lang = codeLanguage(node.lang);
  if (NOT_SHELL.has(lang)) return [];
  const first = line + 1;
  const lines = node.value.split('\n');
  const prompted = lines.some((line) => /^\s*\$ /.test(line));
  const commands: Command[] = [];
  let text = '';
  let start = first;
  let column = 1;
  lines.forEach((raw, index) => {
    const continuing = text !== '';
    if (prompted && !continuing && !/^\s*\$ /.test(raw)) return;
    const line = raw.replace(/^\s*\$ /, '');
    if (!continuing) {
      start = first + index;
      column = raw.length - line.trimStart().length + 1;
    }
    text += `${line.replace(/\\\s*$/, '')} `;
    if (/\\\s*$/.test(line)) return;
    for (const part of text.replace(/\s#.*$/, '').split(/&&|\|\||;|\|/)) {
      const words = shellWords(part);
      if (words.length > 0) commands.push({ line: start, column, words });
    }
    text = '';
  });
  return commands;
}

/** The image a `docker run` starts, from the words after `run`. */
export function runImage(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i] ?? '';
    if (word === '--') return args[i + 1];
    if (!word.startsWith('-') || word === '-') return word;
    if (word.startsWith('--')) {
      if (!word.includes('=') && RUN_VALUE_OPTIONS.has(word)) i += 1;
      continue;
    }
    // A group of short flags: the first that takes a value takes the rest, or the next word.
    const letters = word.slice(1);
    const at = [...letters].findIndex((letter) => RUN_VALUE_SHORT.has(letter));
    if (at === letters.length - 1) i += 1;
  }
  return undefined;
}

/** What one command gives and uses. */
function eventsOf(command: Command): Event[] {
  const { words, line, column } = command;
  const tool = words[0];
  if (tool !== 'docker' && tool !== 'podman') return [];
  let rest = words.slice(1);
  if (['image', 'container', 'buildx'].includes(rest[0] ?? '')) rest = rest.slice(1);
  const verb = rest[0];
  const args = rest.slice(1);
  const at = (kind: Event['kind'], name: string, pulled = false): Event =>
    ({ line, column, kind, pulled, name });
  if (verb === 'build') {
    const names: Event[] = [];
    args.forEach((word, i) => {
      if (word === '-t' || word === '--tag') names.push(at('give', args[i + 1] ?? ''));
      else if (/^(?:-t|--tag=)\S/.test(word)) {
        names.push(at('give', word.replace(/^(?:--tag=|-t=?)/, '')));
      }
    });
    return names;
  }
  const operands = args.filter((word) => !word.startsWith('-'));
  if (verb === 'tag' && operands.length >= 2) {
    return [at('use', operands[0] ?? ''), at('give', operands[1] ?? '')];
  }
  if (verb === 'pull' && operands[0]) return [at('give', operands[0], true)];
  if (verb === 'push' && operands[0]) return [at('use', operands[0])];
  if (verb === 'run' || (verb === 'create')) {
    const image = runImage(args);
    return image === undefined ? [] : [at('use', image)];
  }
  return [];
}

interface Given {
  name: string;
  line: number;
  built: boolean;
}

/** Findings for one Markdown file; `file` is used in messages only. */
export function checkImageNames(markdown: string, file: string): ImageNameFinding[] {
  return imageNameFindings(parseMarkdown(markdown), file);
}

/** Findings in the tree a Markdown file was parsed into (the pipeline's, src/render/). */
export function imageNameFindings({ tree, lineOf }: ParsedMarkdown, file: string):
  ImageNameFinding[] {
  const events: Event[] = [];
  visit(tree, 'code', (node) => {
    for (const command of commandsOf(node, lineOf(node))) events.push(...eventsOf(command));
  });
  const given: Given[] = [];
  const findings: ImageNameFinding[] = [];
  for (const event of events) {
    if (event.name === '' || VARIABLE.test(event.name)) continue;
    const placeholders = placeholdersOf(event.name);
    if (event.kind === 'give') {
      if (!event.pulled || placeholders.length === 0) {
        given.push({ name: event.name, line: event.line, built: !event.pulled });
      }
      continue;
    }
    const wanted = normalizeImage(event.name);
    if (given.some((g) => normalizeImage(g.name) === wanted)) continue;
    const built = given.filter((g) => g.built);
    const sameRepo = built.filter((g) => repositoryOf(g.name) === repositoryOf(event.name));
    const expected = sameRepo.at(-1) ?? (placeholders.length > 0 ? built.at(-1) : undefined);
    if (expected === undefined) continue;
    findings.push(finding(file, event, expected, placeholders));
  }
  return findings;
}

function finding(file: string, event: Event, expected: Given, used: string[]): ImageNameFinding {
  const theirs = placeholdersOf(expected.name);
  const placeholders = [...new Set([...used, ...theirs])];
  const verb = event.kind === 'use' ? 'uses' : 'gives';
  const where = `${file}:${event.line}:${event.column}`;
  let note = '';
  if (used.length > 0 && theirs.length === 0) {
    note = ` \`${used.join('`, `')}\` is a placeholder: whatever the reader fills in, `
      + 'nothing in the write-up built or pushed that name.';
  } else if (theirs.length > 0 && used.length === 0) {
    note = ` The built name holds the placeholder \`${theirs.join('`, `')}\`.`;
  }
  return {
    ruleId: 'image-name-mismatch',
    line: event.line,
    column: event.column,
    used: event.name,
    expected: expected.name,
    expectedLine: expected.line,
    placeholders,
    message: `${where}: this command ${verb} the image \`${event.name}\`, but the image was `
      + `built as \`${expected.name}\` (line ${expected.line}); the names differ, so Docker `
      + `looks for an image that was never built or pushed.${note} Use one name in both `
      + `commands (\`${expected.name}\`), or tag the image first (\`docker tag `
      + `${expected.name} ${event.name}\`).`,
  };
}
