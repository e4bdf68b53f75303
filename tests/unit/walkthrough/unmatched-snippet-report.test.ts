/**
 * A snippet that quotes nothing of the whole Dockerfile is reported to the author once, however
 * many lines its instructions span: a `RUN` continued over three lines was three warnings.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ingestRemarkPlugins } from '../../../src/ingest/index.ts';
import { remarkWalkthroughs } from '../../../src/walkthrough/remark-walkthroughs.ts';

async function unmatchedReports(markdown: string): Promise<string[]> {
  const processor = unified().use(remarkParse);
  for (const plugin of ingestRemarkPlugins) processor.use(plugin);
  processor.use(remarkWalkthroughs);
  const file = new VFile({
    value: markdown,
    path: 'content/writeups/x.md',
    data: { astro: { frontmatter: { shipshape: { kind: 'writeup', lineOffset: 0 } } } },
  });
  await processor.run(processor.parse(file), file);
  return file.messages.filter((m) => m.ruleId === 'walkthrough-unmatched')
    .map((m) => `${m.line}: ${m.reason}`);
}

const whole = [
  '## Final Dockerfile', '', '```Dockerfile', 'FROM python:3.12-slim', 'WORKDIR /app',
  'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .',
  'CMD ["python", "app.py"]', '```', '',
].join('\n');

describe('an unmatched walkthrough snippet', () => {
  it('is reported once for a RUN continued over three lines', async () => {
    const markdown = [
      '# App', '', '## Base', '', '```dockerfile', 'FROM python:3.12-slim', 'WORKDIR /app', '```',
      '', '## Packages', '', '```dockerfile', 'RUN apt-get update && \\',
      '    apt-get install -y curl && \\', '    rm -rf /var/lib/apt/lists/*', '```', '',
      '## Start', '', '```dockerfile', 'COPY . .', 'CMD ["python", "app.py"]', '```', '', whole,
    ].join('\n');
    expect(await unmatchedReports(markdown)).toEqual([
      '13: snippet instruction `RUN apt-get update && \\` matches no instruction of the whole ' +
        'Dockerfile shown at line 27; it is left out of the walkthrough',
    ]);
  });

  it('is reported once, naming each instruction, when two of its instructions miss',
    async () => {
      const markdown = [
        '# App', '', '## Base', '', '```dockerfile', 'FROM python:3.12-slim', 'WORKDIR /app',
        '```', '', '## Extras', '', '```dockerfile', 'EXPOSE 8000', 'RUN useradd \\',
        '    --create-home app', 'COPY . .', '```', '', '## Start', '', '```dockerfile',
        'CMD ["python", "app.py"]', '```', '', whole,
      ].join('\n');
      expect(await unmatchedReports(markdown)).toEqual([
        '13: 2 instructions of this snippet match no instruction of the whole Dockerfile ' +
          'shown at line 27: `EXPOSE 8000` (line 13), `RUN useradd \\` (line 14); they are ' +
          'left out of the walkthrough',
      ]);
    });
});
