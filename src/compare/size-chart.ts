/**
 * Render stage, comparisons: the base images' compressed download sizes as a bar chart in HTML,
 * made at build time (no chart script). Its text is page text, not a scaled drawing, so it stays
 * readable on a phone, where the rows reflow to a label above each bar (guide.css). Colours come
 * from CSS custom properties, so the chart follows the light and dark themes and prints dark on
 * white. Only sourced byte counts are drawn; images whose size is unknown are listed under the
 * chart as such.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { BaseImage } from './dataset-schema.ts';
import { stripInlineCode } from '../shared/inline-code.ts';

export interface Bar {
  label: string;
  bytes: number;
  stated: string;
  source: string;
}

/** Compressed, byte-exact sizes only: other measures would not be comparable. */
export function compressedBars(images: readonly BaseImage[]): { bars: Bar[]; unknown: string[] } {
  const bars: Bar[] = [];
  const unknown: string[] = [];
  for (const image of images) {
    const size = image.sizes.find((s) => s.measure === 'compressed' && s.bytes !== 'unknown');
    if (size && size.bytes !== 'unknown') {
      bars.push({ label: image.reference, bytes: size.bytes, stated: size.stated,
        source: size.source });
    } else if (image.reference !== 'scratch') {
      unknown.push(image.reference);
    } else {
      bars.push({ label: 'scratch', bytes: 0, stated: '0 B (empty)', source: image.sizes[0]?.source
        ?? '' });
    }
  }
  return { bars: bars.sort((a, b) => b.bytes - a.bytes), unknown };
}

function megabytes(bytes: number): string {
  if (bytes === 0) return '0 B';
  return `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
}

/**
 * An empty, unseen first row holding every label: the column of labels is as wide as the
 * widest from the first layout, so a browser that paints the chart before all its rows have
 * arrived does not move them when a longer label comes (guide.css, "Layout stability").
 */
function labelSizer(bars: readonly Bar[]): Element {
  return h('li.chart-sizer', { ariaHidden: 'true', dataPagefindIgnore: '' },
    [h('span.chart-label', bars.map((bar) => h('span', bar.label)))]);
}

export function sizeChart(images: readonly BaseImage[]): Element {
  const { bars, unknown } = compressedBars(images);
  const max = Math.max(1, ...bars.map((bar) => bar.bytes));
  const rows = bars.map((bar) => {
    // A sized image gets at least a sliver of a bar; only scratch (0 B) gets none.
    const share = bar.bytes > 0 ? Math.max(0.005, bar.bytes / max) : 0;
    return h('li.chart-row', { title: `${bar.label}: ${stripInlineCode(bar.stated)}` }, [
      h('span.chart-label', bar.label),
      h('span.chart-track', [
        h('span.chart-bar', { style: `--share: ${share.toFixed(4)}`, ariaHidden: 'true' }),
        h('span.chart-value', megabytes(bar.bytes)),
      ]),
    ]);
  });
  return h('figure.size-chart-figure.not-content', [
    h('p.chart-axis', { id: 'size-chart-title' },
      'Compressed download size of each base image, linux/amd64 (docker-library/repo-info)'),
    h('ol.size-chart', { ariaLabelledby: 'size-chart-title' }, [labelSizer(bars), ...rows]),
    h('figcaption', [
      'Compressed layer download sizes for linux/amd64, as docker-library/repo-info lists them; ',
      'the unpacked size on disk is larger. ',
      unknown.length > 0 ? `Size unknown (no source gives one): ${unknown.join(', ')}.` : '',
    ]),
  ]);
}
