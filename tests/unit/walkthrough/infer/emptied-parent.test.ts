/**
 * Tests for the render stage, walkthroughs from snippets: the sections that become steps leave
 * their place, and a heading that held only them goes too (issue 14: "Best practices" over the
 * explained practices of `content/writeups/app_python/`, left empty once they moved beside the
 * folder's Dockerfile). A heading that still holds something stays.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../../src/bundle/read-bundle.ts';
import { remarkBundleFiles } from '../../../../src/bundle/remark-bundle-files.ts';
import { remarkWalkthroughs } from '../../../../src/walkthrough/remark-walkthroughs.ts';

const SNIPPETS = `## Best practices

### Non-root user

Created a dedicated user:

\`\`\`dockerfile
RUN adduser -D appuser
USER appuser
\`\`\`

### Layer caching

Copied \`requirements.txt\` first:

\`\`\`dockerfile
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
\`\`\`
`;

const DOCKERFILE = `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN adduser -D appuser
USER appuser
CMD ["python", "app.py"]
`;

function render(markdown: string, bundle?: unknown): Root {
  const processor = unified().use(remarkParse).use(remarkBundleFiles).use(remarkWalkthroughs);
  const file = new VFile({ value: markdown, path: 'content/writeups/app/DOCKER.md',
    data: { astro: { frontmatter: { shipshape: { kind: 'writeup', lineOffset: 0,
      ...(bundle === undefined ? {} : { bundle }) } } } } });
  return processor.runSync(processor.parse(file), file) as Root;
}

/** The page's top-level headings, and `[walkthrough]` where the walkthrough sits among them. */
function headings(markdown: string, bundle?: unknown): string[] {
  return render(markdown, bundle).children.flatMap((n) => {
    if (n.type === 'heading') return [`${'#'.repeat(n.depth)} ${toString(n)}`];
    const props = (n.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties;
    return Array.isArray(props?.className) && props.className.includes('walkthrough')
      ? ['[walkthrough]'] : [];
  });
}

describe('a heading whose sections all became steps', () => {
  it('goes, when the whole file is shown under another heading', () => {
    const markdown = `# App\n\n${SNIPPETS}\n## The Dockerfile\n\n\`\`\`dockerfile\n` +
      `${DOCKERFILE}\`\`\`\n`;
    expect(headings(markdown)).toEqual(['# App', '## The Dockerfile', '[walkthrough]']);
  });

  it('stays when it still holds a section of its own', () => {
    const markdown = `# App\n\n${SNIPPETS}\n### Image size\n\nAbout 130 MB.\n\n` +
      `## The Dockerfile\n\n\`\`\`dockerfile\n${DOCKERFILE}\`\`\`\n`;
    expect(headings(markdown)).toEqual(['# App', '## Best practices', '### Image size',
      '## The Dockerfile', '[walkthrough]']);
  });

  describe('in a write-up folder, the walkthrough on its Dockerfile', () => {
    const folder = mkdtempSync(join(tmpdir(), 'emptied-parent-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    const markdown = `# App\n\n${SNIPPETS}\n## How to run\n\n\`docker run app\`\n`;
    writeFileSync(join(folder, 'DOCKER.md'), markdown);
    writeFileSync(join(folder, 'Dockerfile'), DOCKERFILE);

    it('stays under "Best practices", where its steps were, not down among the files', () => {
      const bundle = readBundle(folder, 'DOCKER.md', 'content/writeups/app');
      expect(headings(markdown, bundle)).toEqual(['# App', '## Best practices', '[walkthrough]',
        '## How to run', '## Files in this folder']);
    });

    it('leaves a line in the file list pointing up to it, not the file a second time', () => {
      const bundle = readBundle(folder, 'DOCKER.md', 'content/writeups/app');
      const tree = render(markdown, bundle);
      const files = tree.children.findIndex((n) => n.type === 'heading' &&
        toString(n) === 'Files in this folder');
      const after = tree.children.slice(files).map((n) => toString(n)).join('\n');
      expect(after).toContain('Dockerfile is explained step by step in the walkthrough above.');
      expect(after).not.toContain('RUN adduser -D appuser');
    });
  });
});
