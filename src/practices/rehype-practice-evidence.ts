/**
 * Render stage, rehype plugin: records what a page offers the practices matrix as evidence, on
 * the page's data (`practiceEvidence`, beside `dockerfiles`). Runs after the Dockerfile findings
 * step, whose panel ids name the blocks. For each Dockerfile block: whether it is the final file
 * (final-dockerfile.ts), a bad or "before" example (example-markers.ts), or a snippet that counts;
 * every `.dockerignore` the page shows (dockerignore-block.ts); and where the prose first names a
 * `.dockerignore`, so that "not shown" can say where it was claimed.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from '../shared/visit.ts';
import { frontmatterOf } from '../shared/shipshape-frontmatter.ts';
import { codeTitle } from '../shared/code-title.ts';
import { isExcerpt } from '../walkthrough/rehype-walkthrough-excerpts.ts';
import { dockerignoreOf } from './dockerignore-block.ts';
import { exampleMarker } from './example-markers.ts';
import type { PracticeEvidence } from './evidence-schema.ts';
import { finalDockerfile } from './final-dockerfile.ts';
import { readWriteupBundle, writeupDockerfile } from '../bundle/bundle-data.ts';

const HEADING = /^h[1-6]$/;
/** Elements that hold running text: an introduction may be a bare line in a tight list item. */
const PHRASING = new Set(['a', 'b', 'code', 'em', 'i', 'kbd', 'span', 'strong', 'sup', 'sub']);

interface Seen {
  pre: Element;
  code: Element;
  line: number;
  /** The Dockerfile beside the Markdown that the block shows (`file="…"` walkthroughs). */
  file: string | undefined;
  section: { id: string; title: string };
  intro: string;
  /** Id of the findings panel after the block: the block is a linted Dockerfile. */
  panelId: string | undefined;
}

function codeOf(pre: Element): Element | undefined {
  return pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
}

function metaOf(code: Element): string {
  return (code.data as { meta?: string } | undefined)?.meta ?? '';
}

function langOf(code: Element): string {
  return classesOf(code).find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? '';
}

function isElement(node: RootContent | ElementContent | undefined): node is Element {
  return node?.type === 'element';
}

/** The text just before the block in its container: a paragraph, or a tight list item's line. */
function introOf(siblings: readonly (RootContent | ElementContent)[], index: number): string {
  const parts: string[] = [];
  for (let at = index - 1; at >= 0; at--) {
    const node = siblings[at];
    if (node === undefined) break;
    if (node.type === 'text') {
      parts.unshift(node.value);
      continue;
    }
    if (!isElement(node)) continue;
    if (node.tagName === 'p' && parts.join('').trim() === '') return toString(node).trim();
    if (!PHRASING.has(node.tagName)) break;
    parts.unshift(toString(node));
  }
  return parts.join('').trim();
}

function classesOf(element: Element): string[] {
  const classes = element.properties['className'];
  return Array.isArray(classes) ? classes.map(String) : [];
}

/** The findings panel's id when the next element after the block is one. */
function panelAfter(siblings: readonly (RootContent | ElementContent)[],
  index: number): string | undefined {
  const next = siblings.slice(index + 1).find(isElement);
  const id = next?.properties['id'];
  return next?.tagName === 'details' && classesOf(next).includes('dockerfile-findings') &&
    typeof id === 'string' ? id : undefined;
}

function collect(tree: Root): { blocks: Seen[]; mention: number | undefined } {
  const blocks: Seen[] = [];
  let section = { id: '', title: '' };
  let mention: number | undefined;
  visit(tree, (node, index, parent) => {
    if (node.type === 'text' && mention === undefined && node.value.includes('.dockerignore')) {
      mention = node.position?.start.line;
    }
    if (node.type !== 'element') return undefined;
    // The findings panels are the engine's words (SS003 names `.dockerignore`), not the author's.
    if (classesOf(node).includes('dockerfile-findings')) return SKIP;
    if (HEADING.test(node.tagName)) {
      const id = node.properties['id'];
      section = { id: typeof id === 'string' ? id : '', title: toString(node).trim() };
      return undefined;
    }
    if (node.tagName !== 'pre' || !parent || index === undefined) return undefined;
    const code = codeOf(node);
    if (code && !isExcerpt(code)) {
      const file = code.properties['dataFile'];
      delete code.properties['dataFile'];
      blocks.push({ pre: node, code, line: (node.position?.start.line ?? 0) + 1, section,
        file: typeof file === 'string' ? file : undefined,
        intro: introOf(parent.children, index), panelId: panelAfter(parent.children, index) });
    }
    // Code is what is shown, not prose that names a file.
    return SKIP;
  });
  return { blocks, mention };
}

function isWhole(code: Element): boolean {
  return /(?:^|\s)wt-whole(?:\s|$)/.test(metaOf(code));
}

/** What the page shows as evidence; `complete` says which blocks were linted as whole files. */
export function practiceEvidence(tree: Root,
  complete: ReadonlyMap<string, boolean>, folderDockerfile?: string): PracticeEvidence {
  const { blocks, mention } = collect(tree);
  const dockerfiles = blocks.flatMap((block) => {
    if (block.panelId === undefined) return [];
    const context = { heading: block.section.title, intro: block.intro,
      source: toString(block.code), title: codeTitle(metaOf(block.code)) };
    // The walkthrough presents its file as the one explained, never as a bad example.
    const marker = isWhole(block.code) ? undefined : exampleMarker(context);
    return [{ block, id: block.panelId, marker, explained: isWhole(block.code),
      complete: complete.get(block.panelId) ?? false }];
  });
  const final = finalDockerfile(dockerfiles.map((d) => ({ id: d.id, complete: d.complete,
    explained: d.explained, example: d.marker !== undefined,
    folder: folderDockerfile !== undefined && d.block.file === folderDockerfile })));
  const finalBlock = dockerfiles.find((d) => d.id === final?.id);
  const roles = dockerfiles.map((d) => {
    const base = { id: d.id, line: d.block.line, section: d.block.section,
      ...(d.block.file === undefined ? {} : { file: d.block.file }) };
    if (d.marker !== undefined) return { ...base, role: 'example' as const, reason: d.marker };
    if (final === undefined) {
      return { ...base, role: 'evidence' as const,
        reason: 'a snippet: the write-up shows no complete Dockerfile' };
    }
    if (d.id === final.id) {
      return { ...base, role: 'final' as const, reason: final.why === 'walkthrough'
        ? 'the Dockerfile its walkthrough explains'
        : final.why === 'folder' ? 'the Dockerfile beside the write-up'
          : 'the last complete Dockerfile in the write-up' };
    }
    return { ...base, role: 'earlier' as const,
      reason: `not the final Dockerfile (line ${finalBlock?.block.line ?? 0})` };
  });
  const dockerignores = blocks.flatMap((block) => {
    if (block.panelId !== undefined) return [];
    // A write-up folder's own `.dockerignore` is the file, whatever its lines look like.
    if (block.file !== undefined && /(?:^|\/)\.dockerignore$/.test(block.file)) {
      const excludes = toString(block.code).split('\n').map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'));
      return [{ line: block.line, file: block.file, section: block.section, excludes,
        how: 'the `.dockerignore` beside the write-up' }];
    }
    const shown = dockerignoreOf({ heading: block.section.title, intro: block.intro,
      source: toString(block.code), title: codeTitle(metaOf(block.code)),
      lang: langOf(block.code) });
    return shown ? [{ line: block.line, section: block.section, ...shown }] : [];
  });
  return { blocks: roles, dockerignores,
    ...(mention === undefined ? {} : { dockerignoreMention: mention }) };
}

export const rehypePracticeEvidence: Plugin<[], Root> = function () {
  return (tree, file) => {
    const shipshape = (frontmatterOf(file.data)['shipshape'] ??= {}) as Record<string, unknown>;
    const stored = (shipshape['dockerfiles'] ?? []) as Array<{ id: string; fragment: boolean }>;
    const complete = new Map(stored.map((block) => [block.id, !block.fragment]));
    const evidence = practiceEvidence(tree, complete, writeupDockerfile(file.data)?.path);
    shipshape['practiceEvidence'] = readWriteupBundle(file.data) === undefined ? evidence
      : { ...evidence, folder: true };
  };
};
