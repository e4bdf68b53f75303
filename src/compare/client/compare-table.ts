/**
 * Render stage, browser script for comparison tables (inlined only on pages that have one):
 * adds controls above the table — sort by a criterion, filter by text, and choose which images
 * are compared — folded under "Table options" unless the table asks for them open
 * (`data-options="open"`). Without JavaScript the table stays a plain, complete table.
 */
function text(cell: Element | undefined): string {
  return (cell?.textContent ?? '').replace(/\[source\]/g, '').trim().toLowerCase();
}

/** An element with properties and children; text is always set as text, never parsed. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
}

function checkbox(properties: Partial<HTMLInputElement>, row?: number): HTMLInputElement {
  const box = el('input', { type: 'checkbox', ...properties });
  if (row !== undefined) box.dataset['row'] = String(row);
  return box;
}

/** Sort, filter, which rows are compared, swap: built from the table's text as text. */
function controls(
  table: HTMLTableElement,
  headers: string[],
  rows: HTMLTableRowElement[],
  id: (name: string) => string,
): HTMLDetailsElement {
  const swapLabel = table.dataset['rowNoun'] === 'rows'
    ? 'Swap rows and columns'
    : 'Images as columns';
  const noun = table.dataset['rowNoun'] ?? 'images';
  const bar = el('div', { className: 'compare-controls' }, [
    el('label', { htmlFor: id('sort') }, ['Sort by']), ' ',
    el('select', { id: id('sort') },
      headers.map((header, i) => el('option', { value: String(i) }, [header]))), ' ',
    el('label', { htmlFor: id('filter') }, ['Filter']), ' ',
    el('input', { id: id('filter'), type: 'search', placeholder: 'e.g. musl, apk, nonroot' }),
    ' ',
    el('fieldset', {}, [
      el('legend', {}, [table.dataset['rowLabel'] ?? 'Images compared']),
      ...rows.flatMap((row, i) => [
        ...(i > 0 ? [' '] : []),
        el('label', {}, [checkbox({ checked: true }, i), ` ${row.cells[0]?.textContent ?? ''}`]),
      ]),
    ]),
    el('label', {}, [checkbox({ id: id('columns') }), ` ${swapLabel}`]),
    el('p', { className: 'compare-status', role: 'status', id: id('status') }),
  ]);
  // Folded: a short table in a write-up reads well without them; the base images start open.
  return el('details', { className: 'compare-options', open: table.dataset['options'] === 'open' },
    [el('summary', {}, [`Table options: sort, filter, choose ${noun}`]), bar]);
}

/** A copy of a cell's content (already part of the page), without parsing it again. */
function copyOf(cell: HTMLTableCellElement | undefined): Node[] {
  return Array.from(cell?.childNodes ?? [], (node) => node.cloneNode(true));
}

function init(table: HTMLTableElement, n: number): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = Array.from(body.rows);
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []).map((c) => c.textContent ?? '');
  const hidden = new Set<HTMLTableRowElement>();
  const id = (name: string) => `compare-${n}-${name}`;
  const bar = controls(table, headers, rows, id);
  table.closest('.compare-table-scroll')?.before(bar);
  const filter = bar.querySelector<HTMLInputElement>('input[type=search]');
  const sort = bar.querySelector<HTMLSelectElement>('select');
  const status = bar.querySelector<HTMLElement>('.compare-status');

  const swap = bar.querySelector<HTMLInputElement>(`#${id('columns')}`);
  let transposed: HTMLTableElement | undefined;

  /** The shown rows as columns: one header cell per row, one row per original column. */
  const transpose = (): void => {
    transposed?.remove();
    transposed = undefined;
    // Markdown table styles set `display`, which the hidden attribute alone does not beat.
    table.style.display = swap?.checked ? 'none' : '';
    if (!swap?.checked) return;
    const shown = Array.from(body.rows).filter((row) => !row.hidden);
    const copy = document.createElement('table');
    copy.className = 'compare-table-transposed';
    const caption = table.caption?.cloneNode(true);
    if (caption) copy.append(caption);
    const head = copy.createTHead().insertRow();
    const corner = document.createElement('th');
    corner.textContent = headers[0] ?? '';
    head.append(corner);
    for (const row of shown) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.append(...copyOf(row.cells[0]));
      head.append(th);
    }
    const tbody = copy.createTBody();
    headers.slice(1).forEach((title, i) => {
      const line = tbody.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = title;
      line.append(th);
      for (const row of shown) line.insertCell().append(...copyOf(row.cells[i + 1]));
    });
    table.after(copy);
    transposed = copy;
  };

  const update = (): void => {
    const query = (filter?.value ?? '').trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible = !hidden.has(row) && (query === '' || text(row).includes(query));
      row.hidden = !visible;
      if (visible) shown++;
    }
    const noun = table.dataset['rowNoun'] ?? 'images';
    if (status) status.textContent = `${shown} of ${rows.length} ${noun} shown`;
    transpose();
  };

  sort?.addEventListener('change', () => {
    const column = Number(sort.value);
    const key = (row: HTMLTableRowElement): number | string => {
      const cell = row.cells[column];
      const bytes = cell?.getAttribute('data-bytes');
      return bytes !== null && bytes !== undefined ? Number(bytes) : text(cell);
    };
    const sorted = [...rows].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(
        String(y));
    });
    body.append(...sorted);
    for (const th of table.tHead?.rows[0]?.cells ?? []) th.removeAttribute('aria-sort');
    table.tHead?.rows[0]?.cells[column]?.setAttribute('aria-sort', 'ascending');
    transpose();
  });
  filter?.addEventListener('input', update);
  bar.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box === swap) {
      update();
      return;
    }
    const row = rows[Number(box.dataset['row'])];
    if (box.type !== 'checkbox' || !row) return;
    if (box.checked) hidden.delete(row);
    else hidden.add(row);
    update();
  });
  update();
}

document.querySelectorAll<HTMLTableElement>('table.compare-table').forEach(init);

// A module, so its names stay its own.
export {};
