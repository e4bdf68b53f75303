/**
 * The plugin's Markdown steps (src/plugin/markdown-steps.ts) keep the order their comments give
 * reasons for: ingest first, findings before the practices evidence that names their panels,
 * base links after every step that makes links, diagnostics collected last.
 */
import { describe, expect, it } from 'vitest';
import { rehypeSteps, remarkSteps } from '../../../src/plugin/markdown-steps.ts';
import { rehypeRawOnlyWhenRaw } from '../../../src/shared/rehype-raw-when-needed.ts';
import { ingestRehypePlugins, ingestTidyPlugins, rehypeCollectDiagnostics, remarkRepairSource }
  from '../../../src/ingest/index.ts';
import { remarkWriteupClaims } from '../../../src/compare/remark-writeup-claims.ts';
import { remarkCommandFindings } from '../../../src/render/remark-command-findings.ts';
import { rehypeDockerfileFindings } from '../../../src/render/rehype-dockerfile-findings.ts';
import { rehypePracticeEvidence } from '../../../src/practices/rehype-practice-evidence.ts';
import { rehypeBaseLinks } from '../../../src/render/rehype-base-links.ts';
import { rehypeCopyLinks } from '../../../src/render/rehype-copy-links.ts';
import { remarkWalkthroughs } from '../../../src/walkthrough/remark-walkthroughs.ts';
import { remarkFileTabs } from '../../../src/render/remark-file-tabs.ts';
import { rehypeCompare } from '../../../src/compare/rehype-compare.ts';

const plugin = (step: unknown): unknown => (Array.isArray(step) ? step[0] : step);

describe('the Markdown steps', () => {
  const remark = remarkSteps().map(plugin);
  const settings = { base: '/docs/', dataset: 'data.yaml', shellcheck: undefined };
  const rehype = rehypeSteps(settings)
    .map(plugin);

  it('start with ingest, and analyse the tree as parsed before ingest tidies it', () => {
    expect(remark.slice(0, 3))
      .toEqual([remarkRepairSource, remarkWriteupClaims, remarkCommandFindings]);
    expect(remark.slice(3, 3 + ingestTidyPlugins.length)).toEqual(ingestTidyPlugins);
    expect(rehype.slice(0, ingestRehypePlugins.length)).toEqual(ingestRehypePlugins);
  });

  it('keep the order each step depends on', () => {
    const before = (list: unknown[], a: unknown, b: unknown) =>
      expect(list.indexOf(a)).toBeLessThan(list.indexOf(b));
    before(remark, remarkWalkthroughs, remarkFileTabs);
    before(rehype, rehypeDockerfileFindings, rehypePracticeEvidence);
    before(rehype, rehypeCopyLinks, rehypeBaseLinks);
    expect(rehype.at(-1)).toBe(rehypeCollectDiagnostics);
    expect(rehype).toContain(rehypeRawOnlyWhenRaw);
    expect(new Set(rehype).size).toBe(rehype.length);
  });

  it('hand each step its settings', () => {
    const steps = rehypeSteps(settings);
    expect(steps).toContainEqual([rehypeBaseLinks, { base: '/docs/' }]);
    expect(steps).toContainEqual([rehypeCompare, { dataset: 'data.yaml' }]);
  });
});
