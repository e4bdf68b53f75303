/**
 * Bench helper: generates the baseline, a plain Starlight project holding the same write-ups
 * with none of shipshape's plugins, loader, styles or Markdown options.
 *
 * Plain Starlight requires a `title` in the front matter, so each write-up gets one (its file
 * name) prepended; nothing else in the write-up changes. Plain Astro also fails the build on an
 * image that does not exist (shipshape shows a placeholder instead), so each missing relative
 * image gets a 1×1 PNG (or empty SVG) placeholder file beside the write-up.
 */
import { access, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { mirrorNodeModules } from './node-modules.ts';

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'plain' })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

const INDEX_PAGE = `---
title: plain
---

The shipshape write-ups, built by plain Starlight as a baseline for the benchmarks.
`;

/**
 * The plain project depends on what a new Starlight project does, at the versions shipshape uses.
 * The list matters: Vite bundles (rather than leaves to Node) the Astro packages listed here.
 */
const PLAIN_DEPENDENCIES = ['astro', '@astrojs/starlight', 'sharp'];

async function packageJson(dependencyRoot: string): Promise<string> {
  const real = JSON.parse(await readFile(join(dependencyRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const dependencies = Object.fromEntries(
    PLAIN_DEPENDENCIES.map((name) => [name, real.dependencies?.[name] ?? '*']),
  );
  const pkg = { name: 'plain', private: true, type: 'module', dependencies };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
const TSCONFIG = `${JSON.stringify({ extends: 'astro/tsconfigs/strict' }, null, 2)}\n`;

async function writeProjectFiles(root: string, dependencyRoot: string): Promise<void> {
  await mkdir(join(root, 'src', 'content', 'docs'), { recursive: true });
  await writeFile(join(root, 'astro.config.mjs'), ASTRO_CONFIG);
  await writeFile(join(root, 'package.json'), await packageJson(dependencyRoot));
  await writeFile(join(root, 'tsconfig.json'), TSCONFIG);
  await writeFile(join(root, 'src', 'content.config.ts'), CONTENT_CONFIG);
  await writeFile(join(root, 'src', 'content', 'docs', 'index.md'), INDEX_PAGE);
}

/** A write-up with a front matter `title:` (its file name) put in front of it. */
function withTitle(fileName: string, text: string): string {
  const title = basename(fileName, extname(fileName));
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${text}`;
}

/** Targets of Markdown images that are relative paths: `![alt](images/x.png)`. */
const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)/g;
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const SVG_EMPTY = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n';

function relativeImages(text: string): string[] {
  const targets = [...text.matchAll(MARKDOWN_IMAGE)].map((match) => match[1] ?? '');
  return targets.filter((target) => target !== '' && !NOT_RELATIVE.test(target));
}

async function addPlaceholderImages(text: string, dir: string): Promise<void> {
  for (const target of relativeImages(text)) {
    const path = resolve(dir, decodeURI(target.replace(/[?#].*$/, '')));
    if (relative(dir, path).startsWith('..')) continue;
    const exists = await access(path).then(() => true, () => false);
    if (exists) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, extname(path).toLowerCase() === '.svg' ? SVG_EMPTY : PNG_1X1);
  }
}

async function copyWriteups(writeupsDir: string, root: string): Promise<void> {
  const target = join(root, 'src', 'content', 'docs', 'writeups');
  await mkdir(target, { recursive: true });
  const names = (await readdir(writeupsDir)).filter((name) => extname(name) === '.md');
  for (const name of names) {
    const text = await readFile(join(writeupsDir, name), 'utf8');
    await writeFile(join(target, name), withTitle(name, text));
    await addPlaceholderImages(text, target);
  }
}

/**
 * Creates the plain Starlight project in `root` with the write-ups of `writeupsDir` and the
 * dependencies of `dependencyRoot`; returns `root`.
 */
export async function makePlainStarlight(
  writeupsDir: string,
  dependencyRoot: string,
  root: string,
): Promise<string> {
  await writeProjectFiles(root, dependencyRoot);
  await copyWriteups(writeupsDir, root);
  await mirrorNodeModules(dependencyRoot, root);
  return root;
}
