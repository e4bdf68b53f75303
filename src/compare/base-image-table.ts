/**
 * Render stage, comparisons: the dataset as a plain, sourced HTML table — images as rows, a
 * caption, header cells with scope; every value links to its source, and "unknown" stays
 * "unknown". It reads well without JavaScript and prints whole.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { BaseImage, SourcedFact } from './dataset-schema.ts';
import { inlineCodeToHast } from '../shared/inline-code.ts';

function sourced(value: string, source: string): ElementContent[] {
  if (source === 'unknown' || !source) return inlineCodeToHast(value);
  return [...inlineCodeToHast(value), { type: 'text', value: ' ' },
    h('a', { href: source }, '[source]')];
}

function fact(item: SourcedFact): ElementContent[] {
  return sourced(item.value, item.source);
}

function size(image: BaseImage): ElementContent[] {
  return image.sizes.flatMap((size, i) => [
    ...(i > 0 ? [h('br')] : []),
    ...sourced(`${size.stated} (${size.measure}, ${size.platform}, ${size.date})`, size.source),
  ]);
}

/** For sorting by size: the compressed byte count, -1 when unknown. */
function compressedBytes(image: BaseImage): number {
  const size = image.sizes.find((s) => s.measure === 'compressed' && s.bytes !== 'unknown');
  return size && size.bytes !== 'unknown' ? size.bytes : image.reference === 'scratch' ? 0 : -1;
}

export function baseImageTable(images: readonly BaseImage[]): Element {
  const columns: Array<[string, (image: BaseImage) => ElementContent[]]> = [
    ['Size', size],
    ['libc', (image) => fact(image.libc)],
    ['Shell', (image) => fact(image.shell)],
    ['Package manager', (image) => fact(image.packageManager)],
    ['Default user', (image) => fact(image.defaultUser)],
  ];
  // The compared images are the page's subject: their options start open (the client script).
  return h('div.compare-table-scroll.wide-table', [
    h('table.compare-table.base-image-table', { dataOptions: 'open' }, [
      h('caption', 'Base images: sizes and what is inside, each with its source'),
      h('thead', [h('tr', [h('th', { scope: 'col' }, 'Image'),
        ...columns.map(([title]) => h('th', { scope: 'col' }, title))])]),
      h('tbody', images.map((image) => h('tr', { id: `image-${image.id}` }, [
        h('th', { scope: 'row' }, [h('code', image.reference)]),
        ...columns.map(([title, cell]) => h('td', {
          dataLabel: title,
          ...(title === 'Size' ? { dataBytes: compressedBytes(image) } : {}),
        }, cell(image))),
      ]))),
    ]),
  ]);
}
