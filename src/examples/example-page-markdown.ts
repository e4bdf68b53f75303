/**
 * Examples (render stage input): the Markdown of an example's page, generated from the example
 * itself so that the page cannot drift from the folder — what it shows, every file in tabs, the
 * Dockerfile step by step (the example's `walkthrough.md`), and the "Run it yourself" commands
 * with their expected output. It then goes through the same Markdown pipeline as every page:
 * lint findings, walkthrough, highlighting, copy buttons.
 */
import type { Example } from './read-examples.ts';
import type { TreeFile } from './example-tree.ts';

export interface ExamplePageInput {
  example: Example;
  /** The example's `walkthrough.md` (steps over `file="Dockerfile"`), if it has one. */
  walkthrough: string | undefined;
  /** Title of the write-up named by `basedOn`, when there is one. */
  basedOnTitle: string | undefined;
  /** Address of the `.zip` (base included). */
  zipUrl: string;
  /** Address of the write-up named by `basedOn` (base included). */
  basedOnUrl: string | undefined;
}

const LANGUAGES: Record<string, string> = {
  '.py': 'python',
  '.txt': 'text',
  '.md': 'md',
  '.yaml': 'yaml',
  '.toml': 'toml',
  '.json': 'json',
  '.sh': 'sh',
};

/** The highlighting language of a file, by name. */
export function languageOf(path: string): string {
  const name = path.split('/').at(-1) ?? path;
  if (name === 'Dockerfile' || name.endsWith('.Dockerfile')) return 'dockerfile';
  // Shiki has no grammar for ignore files; shell highlighting marks their comments.
  if (name === '.dockerignore' || name === '.gitignore') return 'sh';
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? LANGUAGES[name.slice(dot)] : undefined) ?? 'text';
}

/** A code fence longer than any run of backticks in `text`. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function codeBlock(text: string, lang: string, title?: string): string {
  const body = text.replace(/\n+$/, '');
  const marks = fence(body);
  // Long lines wrap rather than scroll: every scrolling block becomes a landmark of the same
  // name (an axe finding), and a reader sees the whole line at once.
  const meta = `${title === undefined ? '' : ` title=${JSON.stringify(title)}`} wrap`;
  return `${marks}${lang}${meta}\n${body}\n${marks}`;
}

interface Folder {
  folders: Map<string, Folder>;
  files: string[];
}

/** The folder as `tree` prints it: folders first, `└──` on the last entry of each level. */
export function fileTree(slug: string, files: readonly TreeFile[]): string {
  const root: Folder = { folders: new Map(), files: [] };
  for (const file of files) {
    const parts = file.path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = { folders: new Map(), files: [] }));
      folder = next;
    }
    folder.files.push(parts.at(-1) ?? file.path);
  }
  const lines = [`${slug}/`];
  const walk = (folder: Folder, prefix: string): void => {
    const entries: Array<[string, Folder | undefined]> = [
      ...[...folder.folders].sort(([a], [b]) => a.localeCompare(b)),
      ...folder.files.sort().map((name): [string, undefined] => [name, undefined]),
    ];
    entries.forEach(([name, child], index) => {
      const last = index === entries.length - 1;
      lines.push(`${prefix}${last ? '└── ' : '├── '}${name}${child ? '/' : ''}`);
      if (child) walk(child, `${prefix}${last ? '    ' : '│   '}`);
    });
  };
  walk(root, '');
  return lines.join('\n');
}

function decode(file: TreeFile): string | undefined {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(file.data);
  return text.includes('\u0000') ? undefined : text;
}

function runSection(example: Example): string {
  const c = example.commands;
  const blocks = [
    'Build the image in the downloaded folder, start it, and ask it how it is:',
    codeBlock(c.build, 'sh', 'Build'),
    codeBlock(c.run, 'sh', 'Run'),
    codeBlock(c.probe, 'sh', 'Check'),
    'It answers (the values after `timestamp` and `uptime_seconds` change):',
    codeBlock(c.expected, 'json', 'Expected output'),
  ];
  if (c.inspect !== undefined) {
    blocks.push(`The image's HEALTHCHECK asks \`${c.healthcheckUrl ?? c.healthPath}\` inside the `
      + 'container; Docker shows its verdict once the first check has run:',
    codeBlock(c.inspect, 'sh', 'Health status'));
  }
  blocks.push('When you are done:', codeBlock(c.stop, 'sh', 'Stop'));
  return blocks.join('\n\n');
}

/** The page's Markdown (no front matter: the loader adds its own). */
export function examplePageMarkdown(input: ExamplePageInput): string {
  const { example } = input;
  const intro = [example.meta.shows.trim()];
  const links = [`[Download the folder as a .zip](${input.zipUrl})`];
  if (input.walkthrough !== undefined) {
    links.push('[the Dockerfile step by step](#the-dockerfile-step-by-step)');
  }
  if (input.basedOnUrl !== undefined) {
    const title = input.basedOnTitle ?? 'write-up';
    links.push(`the write-up it follows: [${title}](${input.basedOnUrl})`);
  }
  intro.push(`${links.join(' · ')}.`);
  const files = example.files.flatMap((file) => {
    const text = decode(file);
    return text === undefined ? [] : [codeBlock(text, languageOf(file.path), file.path)];
  });
  const sections = [
    intro.join('\n\n'),
    '## Files',
    codeBlock(fileTree(example.slug, example.files), 'text', 'Folder'),
    `::::file-tabs\n${files.join('\n\n')}\n::::`,
  ];
  if (input.walkthrough !== undefined) {
    sections.push('## The Dockerfile, step by step', input.walkthrough.trim());
  }
  sections.push('## Run it yourself', runSection(example));
  return `${sections.join('\n\n')}\n`;
}
