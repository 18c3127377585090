/**
 * Reading and seeding the workbook without going through (and counting) the Apps Script API:
 * for the playground's workbook view and for tests that start from given tabs.
 */
import type { EmuContext } from './context';
import { DEFAULT_COLUMN_WIDTH, SheetModel } from './spreadsheet/sheetModel';

export interface SheetView {
  name: string;
  sheetId: number;
  /** Values of the data range (A1 to last row/column with content); [] when empty. */
  values: unknown[][];
  displayValues: string[][];
  formulas: string[][];
  notes: string[][];
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  /** Width in pixels of each column of the data range. */
  columnWidths: number[];
  hiddenColumns: number[];
  tabColor: string | null;
  active: boolean;
}

export function readSheetView(ctx: EmuContext, name: string): SheetView | null {
  const sheet = ctx.book.byName(name);
  if (!sheet) return null;
  const lastRow = sheet.lastRow();
  const lastColumn = sheet.lastColumn();
  const rect = { row: 1, col: 1, numRows: lastRow, numCols: lastColumn };
  const empty = lastRow === 0 || lastColumn === 0;
  return {
    name: sheet.name,
    sheetId: sheet.id,
    values: empty ? [] : sheet.readValues(rect, (ms) => new Date(ms)),
    displayValues: empty ? [] : sheet.readDisplayValues(rect, ctx.book.timeZone),
    formulas: empty ? [] : sheet.readLayer(sheet.formulas, rect, ''),
    notes: empty ? [] : sheet.readLayer(sheet.notes, rect, ''),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    columnWidths: Array.from(
      { length: lastColumn },
      (_, i) => sheet.columnWidths.get(i + 1) ?? DEFAULT_COLUMN_WIDTH,
    ),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    tabColor: sheet.tabColor,
    active: ctx.book.activeSheetId === sheet.id,
  };
}

/** Replaces the workbook's tabs with these, in order, the first active; values as setValues writes them. */
export function seedSheets(ctx: EmuContext, sheets: Record<string, unknown[][]>): void {
  const book = ctx.book;
  const models = Object.entries(sheets).map(([name, rows], index) => {
    const width = Math.max(0, ...rows.map((row) => row.length));
    const sheet = new SheetModel(index === 0 ? 0 : book.nextSheetId(), name);
    sheet.maxRows = Math.max(sheet.maxRows, rows.length);
    sheet.maxColumns = Math.max(sheet.maxColumns, width);
    if (rows.length > 0 && width > 0) {
      const grid = rows.map((row) => [...row, ...new Array<unknown>(width - row.length).fill('')]);
      sheet.writeValues({ row: 1, col: 1, numRows: rows.length, numCols: width }, grid, book.conversion());
    }
    return sheet;
  });
  if (models.length === 0) return;
  book.sheets = models;
  book.activeSheetId = models[0]?.id ?? 0;
}
