/**
 * The workbook's read-only grid: one tab's display text at the tab's own column widths, with
 * column letters, row numbers and its frozen rows in bold. Keeps the scroll position on redraw.
 */
import { fetchSheet } from './api';
import { byId, el } from './dom';
import type { GridView } from './types';

const ROW_HEAD_WIDTH = 44;

/**
 * A row's cells. As in Sheets, left-aligned text runs on over the empty cells to its right
 * (one cell spanning them); otherwise a cell is cut at its column's width.
 */
function rowCells(cells: GridView['rows'][number]['cells'], columns: GridView['columns']): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i]!;
    let span = 1;
    if (cell.text !== '' && !cell.align) {
      while (i + span < cells.length && cells[i + span]?.text === '') span += 1;
    }
    const width = columns.slice(i, i + span).reduce((sum, column) => sum + column.width, 0);
    const td = el('td', { style: `max-width:${width}px`, text: cell.text });
    if (cell.align) td.classList.add(`align-${cell.align}`);
    if (span > 1) td.setAttribute('colspan', String(span));
    if (cell.text.length > 20) td.title = cell.text;
    out.push(td);
    i += span - 1;
  }
  return out;
}

function gridTable(grid: GridView): HTMLElement {
  const head = el('thead', {}, [
    el('tr', {}, [
      el('th', { class: 'corner', 'aria-hidden': 'true' }),
      ...grid.columns.map((column) =>
        el('th', {
          scope: 'col',
          class: 'col-head',
          style: `width:${column.width}px;max-width:${column.width}px`,
          text: column.letter,
        }),
      ),
    ]),
  ]);
  const body = el(
    'tbody',
    {},
    grid.rows.map((row) =>
      el('tr', { class: row.number <= grid.frozenRows ? 'frozen' : '' }, [
        el('th', { scope: 'row', class: 'row-head', text: String(row.number) }),
        ...rowCells(row.cells, grid.columns),
      ]),
    ),
  );
  // Fixed layout at the tab's own column widths: columns never squeeze to fit the window.
  const width = ROW_HEAD_WIDTH + grid.columns.reduce((sum, column) => sum + column.width, 0);
  return el('table', { class: 'grid', style: `width:${width}px`, 'aria-label': `${grid.name} (read only)` }, [
    head,
    body,
  ]);
}

/** Shows the tab `name` ('' when the spreadsheet has no tabs). */
export async function renderGrid(name: string): Promise<void> {
  const panel = byId('grid-panel');
  if (!name) {
    panel.replaceChildren(el('p', { class: 'empty', text: 'This spreadsheet has no tabs.' }));
    return;
  }
  const grid = await fetchSheet(name);
  panel.setAttribute('aria-label', name);
  if (!grid || grid.rows.length === 0) {
    panel.replaceChildren(el('p', { class: 'empty', text: `${name} is empty.` }));
    return;
  }
  const table = gridTable(grid);
  const scroll = { top: panel.scrollTop, left: panel.scrollLeft };
  panel.replaceChildren(table);
  panel.scrollTop = scroll.top;
  panel.scrollLeft = scroll.left;
}
