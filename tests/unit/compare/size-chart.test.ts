import { toHtml } from 'hast-util-to-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/compare/load-dataset.ts';
import { compressedBars, sizeChart } from '../../../src/compare/size-chart.ts';

const images = readDataset();

describe('the size chart', () => {
  const chart = sizeChart(images);
  const rows = selectAll('ol.size-chart > li.chart-row', chart);

  it('is text: one list item per sized image, its name and its size, largest first', () => {
    const { bars } = compressedBars(images);
    expect(rows).toHaveLength(bars.length);
    expect(rows.map((row) => toString(selectAll('.chart-label', row)[0]!)))
      .toEqual(bars.map((bar) => bar.label));
    expect(toString(rows[0]!)).toMatch(/^python:3\.13\d+(\.\d)? MB$/);
    expect(toHtml(chart)).not.toContain('<svg');
  });

  it('draws each bar as its share of the largest, and nothing for an empty image', () => {
    const shares = rows.map((row) => {
      const style = String(selectAll('.chart-bar', row)[0]?.properties['style'] ?? '');
      return Number(/--share: ([\d.]+)/.exec(style)?.[1]);
    });
    expect(shares[0]).toBe(1);
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeLessThanOrEqual(shares[i - 1]!);
    const scratch = rows.find((row) => toString(row).startsWith('scratch'));
    expect(scratch && toString(scratch)).toBe('scratch0 B');
  });

  it('sizes its column of labels from the start with every label, hidden from readers', () => {
    const sizer = selectAll('ol.size-chart > li', chart)[0]!;
    expect(sizer.properties['className']).toEqual(['chart-sizer']);
    expect(sizer.properties['ariaHidden']).toBe('true');
    expect(selectAll('.chart-label > span', sizer).map((span) => toString(span)))
      .toEqual(compressedBars(images).bars.map((bar) => bar.label));
  });

  it('names what it measures and lists the images whose size no source gives', () => {
    expect(toString(chart)).toContain('linux/amd64 (docker-library/repo-info)');
    const { unknown } = compressedBars(images);
    for (const name of unknown) expect(toString(chart)).toContain(name);
  });
});
