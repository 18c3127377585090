/**
 * The layout half of Sheet: size, inserted and deleted rows and columns (everything on the sheet
 * moves with them), frozen panes, widths, heights, hidden rows/columns/tab and tab colour.
 * EmuSheet (sheet.ts) extends this class with the data half.
 */
import type { EmuContext } from '../context';
import { asGas, type GasSheet } from '../gas';
import { instrument } from '../meter';
import {
  COLUMNS_OUT_OF_BOUNDS,
  DELETE_ALL_COLUMNS,
  DELETE_ALL_ROWS,
  ROWS_OUT_OF_BOUNDS,
  signatureMismatch,
} from './errors';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetModel } from './sheetModel';

type LayoutMethods =
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'autoResizeRows'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getColumnWidth'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getRowHeight'
  | 'getTabColor'
  | 'hideColumns'
  | 'hideRows'
  | 'hideSheet'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isRowHiddenByUser'
  | 'isSheetHidden'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'setTabColor'
  | 'showColumns'
  | 'showRows'
  | 'showSheet';

function whole(value: number, method: string, args: readonly unknown[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(signatureMismatch(method, args));
  return Math.trunc(value);
}

export class SheetLayout implements Pick<GasSheet, LayoutMethods> {
  constructor(
    readonly ctx: EmuContext,
    readonly model: SheetModel,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  protected self(): GasSheet {
    return asGas<GasSheet>(this);
  }

  autoResizeColumn(_columnPosition: number): GasSheet {
    return this.self();
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): GasSheet {
    return this.self();
  }

  autoResizeRows(_startRow: number, _numRows: number): GasSheet {
    return this.self();
  }

  deleteColumn(columnPosition: number): GasSheet {
    this.deleteColumns(columnPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const at = whole(columnPosition, 'Sheet.deleteColumns', [columnPosition, howMany]);
    const count = whole(howMany, 'Sheet.deleteColumns', [columnPosition, howMany]);
    if (at < 1 || count < 1 || at + count - 1 > this.model.maxColumns) throw new Error(COLUMNS_OUT_OF_BOUNDS);
    if (count >= this.model.maxColumns - this.model.frozenColumns) throw new Error(DELETE_ALL_COLUMNS);
    this.model.delete('cols', at, count);
  }

  deleteRow(rowPosition: number): GasSheet {
    this.deleteRows(rowPosition, 1);
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const at = whole(rowPosition, 'Sheet.deleteRows', [rowPosition, howMany]);
    const count = whole(howMany, 'Sheet.deleteRows', [rowPosition, howMany]);
    if (at < 1 || count < 1 || at + count - 1 > this.model.maxRows) throw new Error(ROWS_OUT_OF_BOUNDS);
    if (count >= this.model.maxRows - this.model.frozenRows) throw new Error(DELETE_ALL_ROWS);
    this.model.delete('rows', at, count);
  }

  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  getTabColor(): string | null {
    return this.model.tabColor;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.add(c);
  }

  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.model.hiddenRows.add(r);
  }

  hideSheet(): GasSheet {
    const visible = this.ctx.book.sheets.filter((s) => !s.hidden && s !== this.model);
    if (visible.length === 0) throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    if (this.ctx.book.activeSheetId === this.model.id && visible[0])
      this.ctx.book.activeSheetId = visible[0].id;
    return this.self();
  }

  insertColumnAfter(afterPosition: number): GasSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): GasSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    this.insertAt('cols', afterPosition, howMany, 1, 'Sheet.insertColumnsAfter');
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    this.insertAt('cols', beforePosition, howMany, 0, 'Sheet.insertColumnsBefore');
    return this.self();
  }

  insertRowAfter(afterPosition: number): GasSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): GasSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this.insertAt('rows', afterPosition, howMany, 1, 'Sheet.insertRowsAfter');
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    this.insertAt('rows', beforePosition, howMany, 0, 'Sheet.insertRowsBefore');
    return this.self();
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.model.hiddenColumns.has(columnPosition);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.model.hiddenRows.has(rowPosition);
  }

  isSheetHidden(): boolean {
    return this.model.hidden;
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.model.columnWidths.set(columnPosition, width);
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this.self();
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.model.maxColumns) throw new Error(COLUMNS_OUT_OF_BOUNDS);
    this.model.frozenColumns = columns;
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.model.maxRows) throw new Error(ROWS_OUT_OF_BOUNDS);
    this.model.frozenRows = rows;
  }

  setRowHeight(rowPosition: number, height: number): GasSheet {
    this.model.rowHeights.set(rowPosition, height);
    return this.self();
  }

  setRowHeights(startRow: number, numRows: number, height: number): GasSheet {
    for (let r = startRow; r < startRow + numRows; r++) this.model.rowHeights.set(r, height);
    return this.self();
  }

  setTabColor(color: string | null): GasSheet {
    this.model.tabColor = color;
    return this.self();
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.delete(c);
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.model.hiddenRows.delete(r);
  }

  showSheet(): GasSheet {
    this.model.hidden = false;
    return this.self();
  }

  /** Inserts `howMany` rows/columns at position + offset (offset 1: after, 0: before). */
  private insertAt(
    axis: 'rows' | 'cols',
    position: number,
    howMany: number,
    offset: 0 | 1,
    method: string,
  ): void {
    const at = whole(position, method, [position, howMany]);
    const count = whole(howMany, method, [position, howMany]);
    const max = axis === 'rows' ? this.model.maxRows : this.model.maxColumns;
    if (at < 1 || at > max || count < 1)
      throw new Error(axis === 'rows' ? ROWS_OUT_OF_BOUNDS : COLUMNS_OUT_OF_BOUNDS);
    this.model.insert(axis, at + offset, count);
  }
}

instrument(SheetLayout.prototype, 'Sheet', { counted: true, needsAuth: true });
