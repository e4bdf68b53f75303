/**
 * Render stage, comparisons: the base images' compressed download sizes as an SVG bar chart,
 * made at build time (no chart script). Colours come from CSS custom properties, so the chart
 * follows the light and dark themes and prints in black on white. Only sourced byte counts are
 * drawn; images whose size is unknown are listed under the chart as such.
 */
import type { Element } from 'hast';
import { h, s } from 'hastscript';
import type { BaseImage } from './dataset-schema.ts';
import { stripInlineCode } from '../shared/inline-code.ts';

export interface Bar {
  label: string;
  bytes: number;
  stated: string;
  source: string;
}

const ROW = 28;
const LABEL_WIDTH = 250;
const BAR_WIDTH = 330;
const VALUE_WIDTH = 110;

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
  return `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
}

export function sizeChart(images: readonly BaseImage[]): Element {
  const { bars, unknown } = compressedBars(images);
  const max = Math.max(1, ...bars.map((bar) => bar.bytes));
  const height = bars.length * ROW + 36;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const rows = bars.map((bar, i) => {
    const y = 28 + i * ROW;
    const length = Math.max(bar.bytes > 0 ? 2 : 0, (bar.bytes / max) * BAR_WIDTH);
    return s('g', { class: 'chart-row' }, [
      s('text', { x: LABEL_WIDTH - 8, y: y + 14, 'text-anchor': 'end', class: 'chart-label' },
        bar.label),
      s('rect', { x: LABEL_WIDTH, y: y + 2, width: length.toFixed(1), height: ROW - 10,
        rx: 3, class: 'chart-bar' }, [s('title', `${bar.label}: ${bar.stated}`)]),
      s('text', { x: LABEL_WIDTH + length + 6, y: y + 14, class: 'chart-value' },
        megabytes(bar.bytes)),
    ]);
  });
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'size-chart-title size-chart-desc',
    class: 'size-chart',
  }, [
    s('title', { id: 'size-chart-title' }, 'Compressed download size of each base image'),
    s('desc', { id: 'size-chart-desc' }, bars
      .map((bar) => `${bar.label} ${stripInlineCode(bar.stated)}`)
      .join('; ')),
    s('text', { x: LABEL_WIDTH, y: 16, class: 'chart-axis' },
      'compressed download, linux/amd64 (docker-library/repo-info)'),
    ...rows,
  ]);
  return h('figure.size-chart-figure', [
    svg,
    h('figcaption', [
      'Compressed layer download sizes for linux/amd64, as docker-library/repo-info lists them; ',
      'the unpacked size on disk is larger. ',
      unknown.length > 0 ? `Size unknown (no source gives one): ${unknown.join(', ')}.` : '',
    ]),
  ]);
}
