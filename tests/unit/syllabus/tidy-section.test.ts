/**
 * What a lesson keeps of a pulled section (src/syllabus/tidy-section.ts and the modules it runs):
 * each transformation on a small rendered fragment, then all of them in order.
 */
import type { ElementContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseFragment, serialize } from '../../../src/syllabus/html-fragment.ts';
import {
  sectionNumberOf, stripSectionNumbers,
} from '../../../src/syllabus/strip-section-numbers.ts';
import { isFileNameHeading } from '../../../src/syllabus/file-name-heading.ts';
import { dropLeftovers } from '../../../src/syllabus/drop-leftovers.ts';
import { dropRepeatedSections } from '../../../src/syllabus/drop-repeated-sections.ts';
import { flattenWalkthroughs } from '../../../src/syllabus/flatten-walkthroughs.ts';
import { linesOf, resolveStepReferences } from '../../../src/syllabus/step-references.ts';
import { tidySection } from '../../../src/syllabus/tidy-section.ts';

const nodes = (html: string): ElementContent[] =>
  parseFragment(html.replace(/\n\s*/g, '')).children as ElementContent[];
const root = (children: ElementContent[]) => ({ type: 'root' as const, children });
const headingTexts = (children: ElementContent[]): string[] =>
  selectAll('h1,h2,h3,h4,h5,h6', root(children)).map((h) => toString(h).trim());
const ids = (children: ElementContent[]): string[] =>
  selectAll('[id]', root(children)).map((el) => String(el.properties['id']));

const wrapped = (level: number, id: string, text: string): string =>
  `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}>`
  + `<a class="sl-anchor-link" href="#${id}"><span class="sr-only">Section titled “${text}”`
  + '</span></a></div>';

describe('section numbers', () => {
  it('recognises an author\'s numbering, and leaves titles that start with a number', () => {
    expect(sectionNumberOf('1.3 Layer Caching')).toBe('1.3 ');
    expect(sectionNumberOf('6. Docker Hub Strategy')).toBe('6. ');
    expect(sectionNumberOf('1.10. Port Exposure')).toBe('1.10. ');
    expect(sectionNumberOf('3 ways to pin a tag')).toBeUndefined();
    expect(sectionNumberOf('1.5x faster builds')).toBeUndefined();
    expect(sectionNumberOf('Challenge 1: Permission denied')).toBeUndefined();
  });

  it('drops the number from the heading, its id, its anchor link and its screen-reader text, '
    + 'and keeps the old id on a marker', () => {
    const section = stripSectionNumbers(nodes(
      `${wrapped(3, '1-3-layer-caching-optimization', '1.3 Layer Caching Optimization')}
       <p>Copy <a href="#1-3-layer-caching-optimization">requirements</a> first.</p>`));
    const heading = select('h3', root(section));
    expect(toString(heading!)).toBe('Layer Caching Optimization');
    expect(heading?.properties['id']).toBe('layer-caching-optimization');
    expect(select('.lesson-old-anchor', heading!)?.properties['id'])
      .toBe('1-3-layer-caching-optimization');
    expect(select('a.sl-anchor-link', root(section))?.properties['href'])
      .toBe('#layer-caching-optimization');
    expect(toString(select('.sr-only', root(section))!))
      .toBe('Section titled “Layer Caching Optimization”');
  });

  it('finds the number in the first text, also when bold follows it', () => {
    const section = stripSectionNumbers(nodes('<h3 id="1-non-root-user">1. <strong>Non-Root User'
      + '</strong></h3>'));
    expect(headingTexts(section)).toEqual(['Non-Root User']);
    expect(ids(section)).toEqual(['non-root-user', '1-non-root-user']);
  });
});

describe('file-name headings', () => {
  it('knows a heading that names only a file', () => {
    const [heading] = nodes(wrapped(2, '02-containerized-vote-md',
      '📄 <code>02-containerized-vote.md</code>'));
    expect(isFileNameHeading(heading!)).toBe(true);
    expect(isFileNameHeading(nodes('<h2 id="x">requirements.txt</h2>')[0]!)).toBe(true);
  });

  it('leaves headings that are about something', () => {
    for (const text of ['Node.js', '1.7 .dockerignore File', 'Dockerfile', 'Copying code']) {
      expect(isFileNameHeading(nodes(`<h2 id="x">${text}</h2>`)[0]!), text).toBe(false);
    }
    expect(isFileNameHeading(nodes('<p>notes.md</p>')[0]!)).toBe(false);
  });
});

describe('leftovers', () => {
  it('drops a placeholder, the paragraph and the heading it leaves empty, and edge rules', () => {
    const section = dropLeftovers(nodes(`
      ${wrapped(2, 'distroless', 'Distroless')}<hr>
      <p>Smaller and safer.</p>
      ${wrapped(3, 'image-size', 'Image Size Comparison')}
      <p><span class="shipshape-missing-image" role="img">Image not available: chart</span></p>
      <hr>`));
    expect(headingTexts(section)).toEqual(['Distroless']);
    expect(toString(root(section))).not.toContain('Image not available');
    expect(selectAll('hr', root(section))).toEqual([]);
    // An address of the dropped heading still lands in the section.
    expect(ids(section)).toEqual(['distroless', 'image-size']);
  });

  it('keeps a paragraph that has more than the placeholder', () => {
    const section = dropLeftovers(nodes('<h2 id="a">A</h2><p>See <span '
      + 'class="shipshape-missing-image">Image not available: x</span> above.</p>'));
    expect(toString(root(section))).toBe('ASee  above.');
  });
});

describe('repeated sections', () => {
  it('drops a section the lesson already has from the same page, and remembers the rest', () => {
    const seen = new Set(['writeups/vote#entrypoint']);
    const section = dropRepeatedSections(nodes(`
      ${wrapped(2, 'final', 'Final Dockerfile')}<p>All of it:</p>
      ${wrapped(3, 'entrypoint', 'Entrypoint vs CMD')}<p>Exec form.</p>
      ${wrapped(3, 'in-short', 'In Short')}<p>Small.</p>`), 'writeups/vote', seen);
    expect(headingTexts(section)).toEqual(['Final Dockerfile', 'In Short']);
    expect(toString(root(section))).not.toContain('Exec form.');
    expect([...seen]).toEqual(['writeups/vote#entrypoint', 'writeups/vote#final',
      'writeups/vote#in-short']);
  });

  it('keeps a section of the same id from another page', () => {
    const seen = new Set(['writeups/other#entrypoint']);
    const section = dropRepeatedSections(nodes('<h2 id="entrypoint">E</h2><p>x</p>'),
      'writeups/vote', seen);
    expect(headingTexts(section)).toEqual(['E']);
  });
});

const walkthrough = `<section class="walkthrough" aria-labelledby="walkthrough-1">
  <p id="walkthrough-1" class="wt-caption">Walkthrough of the final Dockerfile in 2 steps</p>
  <div class="wt-layout"><div class="wt-code">
    <div class="expressive-code"><figure><pre><code>
      <div class="ec-line highlight mark"><div class="code">FROM python:3.13-alpine</div></div>
      <div class="ec-line"><div class="code">CMD ["app.py"]</div></div>
    </code></pre></figure></div>
    <details class="dockerfile-findings" id="dockerfile-2"><summary>1 info</summary></details>
  </div><ol class="wt-steps">
    <li class="wt-step" id="step-alpine" data-step="1">
      <h3 id="alpine"><a class="wt-step-link" href="/writeups/vote/#step-alpine">Alpine</a></h3>
      <p class="wt-step-lines">Step 1 · Line 1</p><p>Small.</p></li>
    <li class="wt-step" id="step-cmd" data-step="2"><h3 id="cmd">CMD</h3>
      <p class="wt-step-lines">Step 2 · Line 2</p><p>Exec.</p></li>
  </ol></div></section>`;

describe('walkthroughs inside a pulled section', () => {
  it('become their Dockerfile and findings; the steps\' addresses stay on markers', () => {
    const section = flattenWalkthroughs(nodes(`<h2 id="final">Final</h2>${walkthrough}`));
    expect(select('.walkthrough', root(section))).toBeUndefined();
    expect(headingTexts(section)).toEqual(['Final']);
    expect(toString(root(section))).toContain('FROM python:3.13-alpine');
    expect(select('details.dockerfile-findings', root(section))).toBeDefined();
    expect(selectAll('.ec-line.highlight, .ec-line.mark', root(section))).toEqual([]);
    expect(ids(section)).toEqual(['final', 'walkthrough-1', 'step-alpine', 'alpine', 'step-cmd',
      'cmd', 'dockerfile-2']);
  });
});

describe('step references', () => {
  it('reads the lines out of a step label', () => {
    expect(linesOf('Step 5 · Lines 16–17')).toBe('Lines 16–17');
    expect(linesOf('Step 1 · Line 2')).toBe('Line 2');
  });

  it('says which lines of which Dockerfile a lone step explains, with a link to the step', () => {
    const section = resolveStepReferences(nodes(`
      <div class="sl-heading-wrapper level-h3"><h3 id="alpine"><a class="wt-step-link"
        href="/writeups/vote/#step-alpine">Alpine</a></h3></div>
      <p class="wt-step-lines">Step 5 · Lines 16–17</p><p>Small.</p>`));
    const label = select('.wt-step-lines', root(section));
    expect(toString(label!)).toBe('Lines 16–17 of the Dockerfile explained in the write-up’s '
      + 'walkthrough');
    expect(select('a', label!)?.properties['href']).toBe('/writeups/vote/#step-alpine');
  });

  it('leaves the labels of a walkthrough that is on the page', () => {
    const section = resolveStepReferences(nodes(walkthrough));
    expect(selectAll('.wt-step-lines', root(section)).map((p) => toString(p)))
      .toEqual(['Step 1 · Line 1', 'Step 2 · Line 2']);
  });
});

describe('tidying a section', () => {
  it('runs every step: a file-name heading goes, numbers go, repeats go, no step labels', () => {
    const seen = new Set<string>();
    const first = tidySection(nodes(`${wrapped(3, 'cmd', 'CMD')}
      <p class="wt-step-lines">Step 2 · Line 2</p><p>Exec.</p>`),
    { pageId: 'writeups/vote', seen, keepWalkthroughs: false });
    expect(toString(root(first))).not.toMatch(/Step \d/);
    const second = tidySection(nodes(`${wrapped(2, '2-final', '2. Final')}${walkthrough}`),
      { pageId: 'writeups/vote', seen, keepWalkthroughs: false });
    expect(headingTexts(second)).toEqual(['Final']);
    const pasted = tidySection(nodes(`${wrapped(3, 'vote-md', '📄 <code>vote.md</code>')}
      <p>When I began.</p>`), { pageId: 'writeups/vote', seen, keepWalkthroughs: false });
    expect(headingTexts(pasted)).toEqual([]);
    expect(ids(pasted)).toEqual(['vote-md']);
    expect(serialize(pasted)).toContain('When I began.');
  });

  it('keeps a walkthrough the lesson asked for', () => {
    const section = tidySection(nodes(walkthrough),
      { pageId: 'walkthroughs/x', seen: new Set(), keepWalkthroughs: true });
    expect(select('.walkthrough', root(section))).toBeDefined();
    expect(toString(root(section))).toContain('Step 1 · Line 1');
  });
});
