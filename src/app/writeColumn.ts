/** Stamping one field of many log rows: one block write spanning the rows, others written back as read. */
import { asSheetText } from '../core/sheetText';
import type { TaskField } from '../core/taskLog';
import type { Cell } from '../core/types';
import { TASKS_TAB } from './layouts';
import type { TaskLog } from './load';
import type { WorkbookPort } from './ports';

export function writeTaskField(
  workbook: WorkbookPort,
  log: TaskLog,
  field: TaskField,
  valuesByRow: ReadonlyMap<number, Cell>,
): void {
  const column = log.columns[field];
  const rows = [...valuesByRow.keys()];
  if (column === undefined || rows.length === 0) return;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const block: Cell[][] = [];
  for (let row = first; row <= last; row++) {
    const value = valuesByRow.get(row);
    const current = log.grid[row - 1]?.[column] ?? '';
    // Cells we did not change are written back as read, text guarded so "007" stays text.
    block.push([value !== undefined ? value : typeof current === 'string' ? asSheetText(current) : current]);
  }
  workbook.write(TASKS_TAB, first, column + 1, block);
  // Keep the in-memory grid true, so a later write of the same column does not undo this one.
  for (const [row, value] of valuesByRow) {
    const cells = log.grid[row - 1];
    if (cells) cells[column] = value;
  }
}
