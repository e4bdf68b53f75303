/**
 * Render stage, rehype plugin: every ```` ```mermaid ```` block becomes inline SVG at build
 * time — a light and a dark rendering, shipped as one drawing whose dark colours are CSS
 * (one-drawing.ts), or as two shown by the site's theme when they cannot be merged (no Mermaid
 * script reaches readers). Renderings are cached by content (mermaid-cache.ts); only a build
 * with new or changed diagrams starts a browser. A diagram Mermaid cannot read fails the build with
 * `file:line` and Mermaid's own message.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit } from '../../shared/visit.ts';
import { cacheKey, readCached, shortHash, writeCached } from './mermaid-cache.ts';
import { renderDiagrams, THEME_VARIABLES, type DiagramJob } from './render-diagrams.ts';
import { cleanSvg } from './sanitize-svg.ts';
import { readableWidth } from './readable-width.ts';
import { diagramStart } from './diagram-start.ts';
import { compactSvg } from './compact-svg.ts';
import { oneDrawing } from './one-drawing.ts';

interface Found {
  pre: Element;
  parent: { children: Element['children'] };
  source: string;
  index: number;
}

const THEMES = [['default'], ['dark']] as const;

function isMermaid(pre: Element): Element | undefined {
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const classes = code?.properties['className'];
  return Array.isArray(classes) && classes.includes('language-mermaid') ? code : undefined;
}

function svgElement(svg: string): Element | undefined {
  const fragment = fromHtml(svg, { fragment: true, space: 'svg' });
  const element = fragment.children.find((c): c is Element => c.type === 'element');
  // The diagram is the author's: what Mermaid drew from it is cleaned before it joins the page.
  if (element?.tagName !== 'svg') return undefined;
  cleanSvg(element);
  return compactSvg(element);
}

/** `variant`: which theme shows it (`light`, `dark`, or `themed` for both; guide.css). */
function shown(element: Element, variant: string): Element {
  const classes = element.properties['className'];
  element.properties['className'] = [...(Array.isArray(classes) ? classes.map(String) : []),
    `mermaid-${variant}`];
  // Never narrower than its text allows: the figure scrolls sideways instead (guide.css).
  const minWidth = readableWidth(element);
  if (minWidth !== undefined) {
    const style = String(element.properties['style'] ?? '').trim().replace(/;?$/, ';');
    element.properties['style'] = `${style === ';' ? '' : `${style} `}min-width: ${minWidth}px;`;
  }
  return element;
}

/** One drawing for both themes where the two renderings differ only in colour. */
function drawings(light: Element | undefined, dark: Element | undefined): Element[] {
  if (!light || !dark) return [shown(light ?? dark ?? h('svg'), 'themed')];
  const one = oneDrawing(light, dark);
  return one ? [shown(one, 'themed')] : [shown(light, 'light'), shown(dark, 'dark')];
}

export const rehypeMermaidSvg: Plugin<[], Root> = function () {
  return async (tree, file) => {
    const found: Found[] = [];
    visit(tree, 'element', (pre, index, parent) => {
      if (pre.tagName !== 'pre' || !parent || index === undefined) return;
      const code = isMermaid(pre);
      if (code) found.push({ pre, parent: parent as Found['parent'], source: toString(code),
        index: found.length });
    });
    if (found.length === 0) return;
    const jobs: Array<DiagramJob & { key: string; diagram: number }> = [];
    const svgs = new Map<string, string>();
    for (const diagram of found) {
      for (const [theme] of THEMES) {
        const prefix = `mermaid-${shortHash(diagram.source)}-${diagram.index}-${theme}`;
        const key = cacheKey(diagram.source, theme, prefix, JSON.stringify(THEME_VARIABLES[theme]));
        const cached = readCached(key);
        if (cached) svgs.set(key, cached);
        else jobs.push({ source: diagram.source, theme, prefix, key, diagram: diagram.index });
      }
    }
    // The build output says whether a browser had to start (cold cache) or not (warm).
    console.info(`[mermaid] ${file.path ?? ''}: ${found.length} diagram(s), ` +
      `${jobs.length} rendering(s) to make, ${found.length * THEMES.length - jobs.length} cached`);
    if (jobs.length > 0) {
      const outcomes = await renderDiagrams(jobs);
      outcomes.forEach((outcome, i) => {
        const job = jobs[i];
        if (!job) return;
        if (outcome.ok) {
          writeCached(job.key, outcome.svg);
          svgs.set(job.key, outcome.svg);
          return;
        }
        const where = found[job.diagram]?.pre.position;
        file.fail(`Mermaid cannot render this diagram: ${outcome.message.split('\n')[0]}`,
          { place: where, ruleId: 'mermaid', source: 'shipshape' });
      });
    }
    for (const diagram of found) {
      const [light, dark] = THEMES.map(([theme]) => {
        const prefix = `mermaid-${shortHash(diagram.source)}-${diagram.index}-${theme}`;
        const settings = JSON.stringify(THEME_VARIABLES[theme]);
        return svgElement(svgs.get(cacheKey(diagram.source, theme, prefix, settings)) ?? '');
      });
      const variants = drawings(light, dark);
      // Focusable, so a keyboard can scroll a diagram wider than the column; where it scrolls,
      // it opens at its start (client/diagram-start.ts), not at its left edge.
      const start = variants[0] ? diagramStart(variants[0]) : undefined;
      const figure = h('figure.mermaid-diagram',
        { tabIndex: 0, ...(start === undefined ? {} : { dataStart: String(start) }) }, variants);
      const at = diagram.parent.children.indexOf(diagram.pre);
      if (at !== -1) diagram.parent.children.splice(at, 1, figure);
    }
  };
};
