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
 * line and what to change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Code, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { isDockerfileLanguage } from '../../render/dockerfile-language.ts';
import { slugifyHeading } from '../../ingest/slugify-heading.ts';
import { parseLineRanges, type StepSpec, type WalkthroughSpec } from '../spec.ts';

function fail(
  file: VFile,
  node: { position?: ContainerDirective['position'] },
  text: string,
): never {
  file.fail(text, { place: node.position, ruleId: 'walkthrough', source: 'shipshape' });
}

function readSource(
  directive: ContainerDirective,
  file: VFile,
): { source: string; origin: string } {
  const path = directive.attributes?.['file'];
  if (path) {
    const base = file.path ? dirname(file.path) : process.cwd();
    const full = resolve(base, path);
    if (!existsSync(full)) {
      fail(file, directive, `walkthrough file \`${path}\` not found (looked for \`${full}\`): ` +
        'give a path relative to this Markdown file, or put the Dockerfile inside the ' +
        'walkthrough as a ```dockerfile code block');
    }
    return { source: readFileSync(full, 'utf8').replace(/\r\n?/g, '\n'), origin: path };
  }
  const code = directive.children.find((child): child is Code =>
    child.type === 'code' && isDockerfileLanguage(child.lang ?? ''));
  if (!code) {
    fail(file, directive, 'walkthrough has no Dockerfile: add `file="path/to/Dockerfile"` to ' +
      'the directive, or a ```dockerfile code block inside it');
  }
  return { source: code.value, origin: 'the code block above' };
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
  const { source, origin } = readSource(directive, file);
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
    const lines = parseLineRanges(rawLines);
    if (!lines) {
      fail(file, child, `step "${title}" has lines="${rawLines}"; expected line numbers and ` +
        'ranges such as `lines="1-3, 5"`');
    }
    const outside = lines.filter((line) => line > lineCount);
    if (outside.length > 0) {
      fail(file, child, `step "${title}" claims line ${outside[0]}, but the Dockerfile ` +
        `(${origin}) has ${lineCount} lines: change \`lines="${rawLines}"\``);
    }
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
