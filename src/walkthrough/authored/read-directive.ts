/**
 * Render stage, walkthroughs: reads an authored walkthrough —
 *
 *     ::::walkthrough{file="Dockerfile"}
 *     :::step[Pick a pinned base image]{lines="1-2" id="base"}
 *     Why this base…
 *     :::
 *     ::::
 *
 * The Dockerfile is the `file` attribute (a path relative to the Markdown file), or else the
 * first Dockerfile code block inside the directive. Mistakes fail the build with the directive's
 * line and what to change. In a write-up folder the file comes from the folder's files the
 * loader handed over (src/bundle/bundle-data.ts), not from disk again; only a file the hand-off
 * does not show (outside the folder, withheld, past the limit) is looked up on disk, with the
 * checks and messages of any other page.
 */
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import type { Code, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { isDockerfileLanguage } from '../../shared/code-language.ts';
import { slugifyHeading } from '../../ingest/slugify-heading.ts';
import { readWriteupBundle } from '../../bundle/bundle-data.ts';
import { checkAuthorPath } from '../../shared/author-path.ts';
import { MAX_LINE_RANGES, MAX_REFERENCED_FILE_BYTES } from '../../shared/limits.ts';
import { parseLineRanges, type StepSpec, type WalkthroughSpec } from '../spec.ts';

function fail(
  file: VFile,
  node: { position?: ContainerDirective['position'] },
  text: string,
): never {
  file.fail(text, { place: node.position, ruleId: 'walkthrough', source: 'shipshape' });
}

/** The text of `path` (relative to the Markdown file) among the write-up folder's files. */
function handedOver(file: VFile, path: string): string | undefined {
  const bundle = readWriteupBundle(file.data as Record<string, unknown>);
  // An absolute or backslashed path gets the checks and messages of the disk path below.
  if (bundle === undefined || /^\/|^[a-z]:|\\/i.test(path)) return undefined;
  const inFolder = posix.normalize(posix.join(posix.dirname(bundle.markdown), path));
  return bundle.files.find((f) => f.path === inFolder)?.text;
}

function readSource(
  directive: ContainerDirective,
  file: VFile,
): { source: string; origin: string; where: string } {
  const path = directive.attributes?.['file'];
  const shown = path ? handedOver(file, path) : undefined;
  if (path && shown !== undefined && !shown.includes('\0')) {
    return { source: shown, origin: path, where: path };
  }
  if (path) {
    // Checked before anything is read: a write-up must not reach the build machine's files.
    const from = file.path ?? resolve('index.md');
    const checked = checkAuthorPath(path, { from, maxBytes: MAX_REFERENCED_FILE_BYTES });
    if (!checked.ok && checked.kind === 'missing') {
      fail(file, directive, `walkthrough file \`${path}\` not found (looked for ` +
        `\`${resolve(dirname(from), path)}\`): give a path relative to this Markdown file, or ` +
        'put the Dockerfile inside the walkthrough as a ```dockerfile code block');
    }
    if (!checked.ok) {
      fail(file, directive, `walkthrough file ${checked.problem}; or put the Dockerfile ` +
        'inside the walkthrough as a ```dockerfile code block');
    }
    const source = readFileSync(checked.path, 'utf8');
    if (source.includes('\0')) {
      fail(file, directive, `walkthrough file \`${path}\` is binary (it contains NUL bytes); ` +
        'expected a Dockerfile');
    }
    return { source: source.replace(/\r\n?/g, '\n'), origin: path, where: path };
  }
  const code = directive.children.find((child): child is Code =>
    child.type === 'code' && isDockerfileLanguage(child.lang ?? ''));
  if (!code) {
    fail(file, directive, 'walkthrough has no Dockerfile: add `file="path/to/Dockerfile"` to ' +
      'the directive, or a ```dockerfile code block inside it');
  }
  // The reader sees the code beside the steps on a wide screen: not "above" there.
  return { source: code.value, origin: 'this Dockerfile', where: 'the code block above' };
}

function labelOf(step: ContainerDirective): string | undefined {
  const label = step.children[0];
  if (label?.type === 'paragraph' && label.data?.directiveLabel) return toString(label).trim();
  return step.attributes?.['title'] ?? undefined;
}

export function readWalkthroughDirective(
  directive: ContainerDirective,
  file: VFile,
): WalkthroughSpec {
  const { source, origin, where } = readSource(directive, file);
  const lineCount = source.replace(/\n+$/, '').split('\n').length;
  const steps: StepSpec[] = [];
  const seen = new Map<string, number>();
  for (const child of directive.children) {
    if (child.type !== 'containerDirective' || child.name !== 'step') continue;
    const at = child.position?.start.line ?? 0;
    const title = labelOf(child);
    if (!title) {
      fail(file, child, 'step has no title: write `:::step[Title]{lines="…"}`');
    }
    const rawLines = child.attributes?.['lines'] ?? '';
    // Checked against the Dockerfile's length before any range is expanded.
    const parsed = parseLineRanges(rawLines, lineCount);
    if (parsed.problem === 'syntax') {
      fail(file, child, `step "${title}" has lines="${rawLines}"; expected line numbers and ` +
        'ranges such as `lines="1-3, 5"`');
    }
    if (parsed.problem === 'too-many') {
      fail(file, child, `step "${title}" has lines="${rawLines}" with more than ` +
        `${MAX_LINE_RANGES} numbers and ranges; expected at most ${MAX_LINE_RANGES}`);
    }
    if (parsed.problem === 'outside') {
      fail(file, child, `step "${title}" claims line ${parsed.line}, but the Dockerfile ` +
        `(${where}) has ${lineCount} lines: change \`lines="${rawLines}"\``);
    }
    const lines = parsed.lines;
    const id = `step-${child.attributes?.['id'] ?? slugifyHeading(title)}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      fail(file, child, `two steps have the id \`${id}\` (lines ${earlier} and ${at}): give ` +
        'one of them another `id="…"` or title');
    }
    seen.set(id, at);
    const content = child.children.filter((node, index) =>
      !(index === 0 && node.type === 'paragraph' && node.data?.directiveLabel)) as RootContent[];
    steps.push({ id, title, lines, content });
  }
  if (steps.length === 0) {
    fail(file, directive, 'walkthrough has no steps: add `:::step[Title]{lines="1-2"}` blocks');
  }
  return { source, origin, steps, kind: 'authored' };
}
