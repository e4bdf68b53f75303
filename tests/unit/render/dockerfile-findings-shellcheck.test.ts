/**
 * Unit tests: the Dockerfile findings step with ShellCheck (real `shellcheck`; skipped locally
 * without it, a failure under CI): a page's blocks show `SCxxxx` findings at their lines with a
 * link to ShellCheck's wiki, from one `shellcheck` process per page, and none on a snippet
 * without FROM (its names are declared elsewhere); without ShellCheck the blocks show the
 * engine's findings only.
 */
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  createShellChecker, probeShellcheck, type ShellChecker,
} from '../../../src/dockerfile/shellcheck/run-shellcheck.ts';
import { rehypeDockerfileFindings } from '../../../src/render/rehype-dockerfile-findings.ts';
import { skipUnlessCi } from '../../require-or-skip.ts';
import { countingShellChecker } from '../dockerfile/shellcheck/counting-checker.ts';

const page = [
  '# Two Dockerfiles', '',
  '```dockerfile', 'FROM alpine:3.20', 'RUN cd /tmp; ls `pwd`', 'CMD ["sh"]', '```', '',
  '```dockerfile', 'FROM debian:12-slim', 'RUN echo ok', 'RUN cd /srv', 'CMD ["sh"]', '```', '',
].join('\n');

async function render(shellcheck: ShellChecker | undefined, markdown = page): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkRehype)
    .use(rehypeDockerfileFindings, shellcheck ? { shellcheck } : {}).use(rehypeStringify);
  return String(await processor.process(markdown));
}

const skip = skipUnlessCi(probeShellcheck().available ? undefined
  : 'shellcheck is not installed: apt-get install shellcheck');

describe.skipIf(skip)('Dockerfile findings with ShellCheck', () => {
  it("links SCxxxx to ShellCheck's wiki, at their lines, one call per page", async () => {
    const { checker: counting, log } = countingShellChecker();
    const html = await render(counting);
    expect(log().trim().split('\n')).toEqual(['call']);
    const panels = html.split('<details').slice(1);
    expect(panels).toHaveLength(2);
    const wiki = '<a href="https://www.shellcheck.net/wiki/SC2164">SC2164</a>';
    expect(panels[0]).toMatch(/data-line="2"/);
    expect(panels[0]).toContain(wiki);
    expect(panels[1]).toMatch(/data-line="3"[^]*wiki\/SC2164/);
    expect(panels[1]).not.toMatch(/data-line="2"[^<]*<[^]*SC\d{4}/);
    // The engine's own rules still link to the guide's rule pages.
    expect(panels[0]).toContain('<a href="/rules/dl3003/">DL3003</a>');
  });

  it('leaves a snippet without FROM to the Dockerfile it belongs to: no SCxxxx', async () => {
    // From a write-up: `ARG UID=10001` is declared in the Dockerfile the snippet comes from;
    // alone, ShellCheck reads `$UID` as bash's (SC3028) and `$cache_dir` as unassigned.
    const snippet = ['# A snippet', '', '```dockerfile', 'RUN adduser --disabled-password \\',
      '    --uid "${UID}" appuser && echo $cache_dir', '```', ''].join('\n');
    const { checker: counting, log } = countingShellChecker();
    const html = await render(counting, snippet);
    expect(html).toContain('linted as a fragment');
    expect(html).not.toMatch(/SC\d{4}/);
    expect(log()).toBe('');
  });
});

describe('Dockerfile findings without ShellCheck', () => {
  it('shows the engine findings only', async () => {
    const reasons: string[] = [];
    const html = await render(createShellChecker({ program: '/nonexistent/shellcheck',
      onUnavailable: (reason) => reasons.push(reason) }));
    expect(reasons).toHaveLength(1);
    expect(html).toContain('DL3003');
    expect(html).not.toMatch(/SC\d{4}/);
  });
});
