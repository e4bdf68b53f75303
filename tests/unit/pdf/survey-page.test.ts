/**
 * PDF, surveying a page before composing: its ids, its links' targets and its size, in one
 * linear walk — the lists `selectAll('[id]')` and `selectAll('a[href]')` give, in the same
 * order, without their cost on a page of 200,000 links (the cohort overview at 1,000 write-ups).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { countElements } from '../../../src/pdf/split-page.ts';
import { surveyPage } from '../../../src/pdf/survey-page.ts';

const page = (html: string): Element => select('div', fromHtml(html, { fragment: true }))!;

describe('surveyPage', () => {
  it('lists ids and link targets in document order, and counts elements', () => {
    const content = page(`<div id="top"><h2 id="a">A <a href="#b">to b</a></h2>
      <p><a href="https://x.example/">x</a><a name="no-href">none</a><span id="">empty</span></p>
      <svg id="s"><a href="#in-svg"><text>t</text></a></svg>
      <ul><li id="b"><a href="../c/">c</a></li></ul></div>`);
    expect(surveyPage(content)).toEqual({
      ids: ['top', 'a', '', 's', 'b'],
      hrefs: ['#b', 'https://x.example/', '#in-svg', '../c/'],
      elements: countElements(content),
    });
  });

  it('gives what selectAll gives on a built page of the guide', () => {
    const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/pdf/sidebar-page.html'),
      'utf8');
    const tree = fromHtml(fixture);
    const body = select('body', tree)!;
    const surveyed = surveyPage(body);
    expect(surveyed.ids).toEqual(selectAll('[id]', body).map((n) => String(n.properties['id'])));
    expect(surveyed.hrefs).toEqual(selectAll('a[href]', body)
      .map((n) => String(n.properties['href'])));
    expect(surveyed.hrefs.length).toBeGreaterThan(3);
    expect(surveyed.elements).toBe(countElements(body));
  });
});
