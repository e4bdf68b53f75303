/**
 * Render stage, remark plugin: a write-up folder's page shows its files after the write-up,
 * under "Files in this folder". Each text file is a code block titled with its path, with the
 * file's path on the block (`data-file`) so that later steps know it is the file itself and not
 * a snippet: the findings step lints the Dockerfiles with their `.dockerignore`, the practices
 * matrix names their lines, and walkthrough inference, the before → after diff and the size
 * claims find the whole Dockerfile where a write-up would show it, at the end. Dockerfiles come
 * first, then the `.dockerignore`, then the app's files; an app file longer than a screen is
 * collapsed; an empty app file is listed as empty (an empty code block tells a reader nothing and
 * is an unnamed, empty element to a screen reader); binary, large and refused files are listed
 * with the reason. The files come from
 * the loader (bundle-data.ts); nothing is read here. Nodes are built, never Markdown text, so a
 * file's contents or name cannot become markup.
 */
import type { BlockContent, Code, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { bundleDockerfiles, readWriteupBundle, type BundleFile } from './bundle-data.ts';
import { languageOf } from './file-kinds.ts';
import { splitInlineCode } from '../shared/inline-code.ts';

/** App files longer than this many lines are collapsed (about a screen). */
export const COLLAPSE_LINES = 30;

/**
 * A path as a code block's `title="…"` can hold it: quotes, backslashes, control characters
 * and bidi overrides become `?` (the list of files shows the name as written).
 */
export function titleText(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/["\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

/** A sentence whose `code` is marked with backticks, as text and inline code nodes. */
function phrasing(sentence: string): PhrasingContent[] {
  return splitInlineCode(sentence).map((part) =>
    part.code ? { type: 'inlineCode', value: part.text } : text(part.text));
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  // Rounded up, as shared/author-path.ts words a refusal ("129 KB, over the limit of 128 KB").
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} bytes`;
}

function lineCount(value: string): number {
  return value.replace(/\n$/, '').split('\n').length;
}

function codeOf(file: BundleFile): Code {
  const value = (file.text ?? '').replace(/\n+$/, '');
  return {
    type: 'code',
    lang: languageOf(file.path.split('/').at(-1) ?? file.path),
    // Long lines wrap rather than scroll: the whole line is seen at 390 px too.
    meta: `title="${titleText(file.path)}" wrap`,
    value,
    data: { hProperties: { dataFile: file.path } },
  };
}

/** An app file longer than a screen: a `<details>` whose summary names it and its length. */
function collapsed(file: BundleFile, code: Code): BlockContent {
  const summary: BlockContent = {
    type: 'paragraph',
    data: { hName: 'summary' },
    children: [{ type: 'inlineCode', value: file.path },
      text(` — ${lineCount(code.value)} lines, ${sizeText(file.size)}`)],
  };
  return {
    type: 'blockquote',
    data: { hName: 'details', hProperties: { className: ['bundle-file'] } },
    children: [summary, code],
  };
}

function listItem(children: PhrasingContent[]): ListItem {
  return { type: 'listItem', spread: false,
    children: [{ type: 'paragraph', children }] };
}

function withheldList(files: readonly BundleFile[], empty: readonly BundleFile[],
  omitted: readonly string[]): List {
  return {
    type: 'list', ordered: false, spread: false,
    children: [
      ...files.map((file) => listItem([{ type: 'inlineCode', value: file.path },
        ...phrasing(` (${sizeText(file.size)}): not shown — ${file.withheld ?? ''}.`)])),
      ...empty.map((file) => listItem([{ type: 'inlineCode', value: file.path },
        text(file.size === 0 ? ': empty.' : ': empty (only blank space).')])),
      ...omitted.map((sentence) => listItem(phrasing(sentence))),
    ],
  };
}

/** The "Files in this folder" section for the files of one write-up folder. */
export function filesSection(files: readonly BundleFile[], omitted: readonly string[],
  folderName: string, dockerfiles: readonly BundleFile[]): RootContent[] {
  const shown = files.filter((file) => file.text !== undefined);
  const ignore = shown.filter((file) => file.role === 'dockerignore');
  const other = shown.filter((file) => file.role === 'other');
  const isEmpty = (file: BundleFile) => (file.text ?? '').trim() === '';
  const rest = other.filter((file) => !isEmpty(file));
  const empty = other.filter(isEmpty);
  const withheld = files.filter((file) => file.text === undefined);
  const count = files.length;
  const nodes: RootContent[] = [
    { type: 'heading', depth: 2, children: [text('Files in this folder')] },
    { type: 'paragraph', children: [
      text('Beside the write-up in '), { type: 'inlineCode', value: `${folderName}/` },
      text(count === 0 ? ': no other file.'
        : `: ${count} ${count === 1 ? 'file' : 'files'}` +
          (withheld.length + empty.length > 0
            ? `, ${withheld.length + empty.length} of them listed but not shown.` : '.')),
    ] },
  ];
  for (const file of [...dockerfiles, ...ignore]) nodes.push(codeOf(file));
  for (const file of rest) {
    const code = codeOf(file);
    nodes.push(lineCount(code.value) > COLLAPSE_LINES ? collapsed(file, code) : code);
  }
  if (withheld.length + empty.length + omitted.length > 0) {
    nodes.push(withheldList(withheld, empty, omitted));
  }
  return nodes;
}

export const remarkBundleFiles: Plugin<[], Root> = function () {
  return (tree, file) => {
    const bundle = readWriteupBundle(file.data);
    if (bundle === undefined) return;
    const name = bundle.folder.split('/').at(-1) ?? bundle.folder;
    const dockerfiles = bundleDockerfiles(bundle);
    // A Dockerfile withheld (too large, binary) is listed with the other withheld files.
    tree.children.push(...filesSection(bundle.files, bundle.omitted, name, dockerfiles));
  };
};
