/**
 * Issue 11: a Mermaid diagram is the author's, and its SVG is inserted into the page. Whatever
 * Mermaid might let through (a `click` link, an `%%{init}%%` that tries `securityLevel: loose`,
 * a label with markup), the cleaned SVG has no script, no animation, no handler, no link out and
 * no CSS that loads; the drawing itself is kept.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { cleanSvg, safeCss } from '../../../src/render/mermaid/sanitize-svg.ts';
import { hazardsIn } from '../ingest/hostile-output.ts';

function clean(svg: string): string {
  const fragment = fromHtml(svg, { fragment: true, space: 'svg' });
  const element = fragment.children.find((c): c is Element => c.type === 'element');
  if (!element) throw new Error('no svg');
  return toHtml(cleanSvg(element), { space: 'svg' });
}

const hostile = `<svg id="m" xmlns="http://www.w3.org/2000/svg" onload="alert(1)">
<style>#m .node{fill:url(#grad)} @import url(https://evil.example/x.css);
#m .a{background:url( 'https://evil.example/track.png')}</style>
<script>alert(2)</script>
<defs><linearGradient id="grad"><stop offset="0"/></linearGradient></defs>
<a xlink:href="javascript:alert(3)" href="javascript:alert(3)"><g class="node" id="flowchart-A-0"
 onclick="alert(4)"><rect width="10" height="10" style="fill:url(https://evil.example/p)"/>
<animate attributeName="href" values="javascript:alert(5)"/><set attributeName="onclick"
 to="alert(6)"/><animateMotion from="javascript:alert(7)"/>
<foreignObject><div><span><iframe src="javascript:alert(8)"></iframe>Label</span></div>
</foreignObject></g></a>
<image href="https://evil.example/i.png"/><use href="#grad"/>
<text x="1"><tspan>Start</tspan></text></svg>`;

describe('Mermaid SVG cleaning', () => {
  it('removes scripts, animation, handlers, links out and CSS that loads', () => {
    const svg = clean(hostile);
    // Mermaid draws with style attributes (made to load nothing) and HTML labels.
    const drawing = (hazard: { what: string; element: string }) =>
      hazard.what !== 'style attribute' && hazard.element !== '<foreignObject>';
    expect(hazardsIn(svg).filter(drawing)).toEqual([]);
    expect(svg).not.toMatch(/alert|evil\.example|<animate|<set|<script|<image|<iframe|@import/);
  });

  it('keeps the drawing: shapes, labels, internal references, scoped styles', () => {
    const svg = clean(hostile);
    expect(svg).toContain('<g class="node" id="flowchart-A-0">');
    expect(svg).toContain('<rect width="10" height="10" style="fill:none">');
    expect(svg).toContain('<span>Label</span>');
    expect(svg).toContain('<use href="#grad"></use>');
    expect(svg).toContain('#m .node{fill:url(#grad)}');
    expect(svg).toContain('<tspan>Start</tspan>');
  });

  it('keeps a <style> from being closed by its own text', () => {
    expect(safeCss('a{content:"</style><script>alert(1)</script>"}')).not.toContain('<');
  });
});
