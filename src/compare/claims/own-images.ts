/**
 * Analyse stage, comparisons: the images a write-up builds and tags itself, read from its
 * commands (`docker build -t app_python:1.0 .`, `--tag=user/app:distroless`,
 * `docker tag app_python:1.0 user/app_python:1.0`). A size given for one of them is the size of
 * the author's image, not of the base image it was built on.
 */
import type { Root } from 'mdast';
import { visit } from '../../shared/visit.ts';

/** A reference shape in a code span or a word: `app_python:1.0`, `user/app:distroless`. */
const REFERENCE_LIKE = /^[a-z0-9][a-z0-9._/-]*(?::[\w.-]+)?$/;

/** The repository of a reference, without registry, user or tag: `app_python`. */
export function repositoryOf(reference: string): string {
  const path = reference.toLowerCase().replace(/[:@].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Whether `word` names one of the author's images, and the variant its tag says it was built on
 * (`app:distroless` → `distroless`); `undefined` when it names none of them.
 */
export function ownImage(word: string, own: ReadonlySet<string> | undefined):
  { family: string | undefined } | undefined {
  const reference = word.trim().replace(/^[`'"*_]+|[`'"*_.,:;!?]+$/g, '');
  if (!own || !REFERENCE_LIKE.test(reference) || !own.has(repositoryOf(reference))) {
    return undefined;
  }
  const tag = reference.includes(':') ? reference.slice(reference.lastIndexOf(':') + 1) : '';
  return { family: /distroless|alpine|slim/i.exec(tag)?.[0].toLowerCase() };
}

const BUILD_TAG = /(?:^|\s)(?:-t|--tag)(?:=|\s+)["']?([^\s"'`]+)/g;
const DOCKER_TAG = /\bdocker\s+(?:image\s+)?tag\s+(\S+)\s+(\S+)/g;

/** Repositories (`app_python`) tagged by `docker build` or `docker tag` in code or inline code. */
export function ownImages(tree: Root): Set<string> {
  const own = new Set<string>();
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode') return;
    for (const line of node.value.split('\n')) {
      if (/\bdocker\s+(?:image\s+|buildx\s+)?build\b/.test(line)) {
        for (const match of line.matchAll(BUILD_TAG)) own.add(repositoryOf(match[1] ?? ''));
      }
      for (const match of line.matchAll(DOCKER_TAG)) {
        own.add(repositoryOf(match[1] ?? ''));
        own.add(repositoryOf(match[2] ?? ''));
      }
    }
  });
  own.delete('');
  return own;
}
