/** The checks Sheets makes on a range's rectangle and on the grids written to it. */
import type { GridRect } from './a1';
import {
  columnCountMismatch,
  columnsAtLeastOne,
  OUTSIDE_SHEET,
  rowCountMismatch,
  rowsAtLeastOne,
  signatureMismatch,
} from './errors';
import type { SheetModel } from './sheetModel';

/** Checks a rectangle against the sheet the way Sheets does; Sheets never grows on getRange. */
export function checkedRect(
  sheet: SheetModel,
  method: string,
  args: readonly unknown[],
  row: unknown,
  col: unknown,
  numRows: unknown = 1,
  numCols: unknown = 1,
): GridRect {
  for (const value of [row, col, numRows, numCols]) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(signatureMismatch(method, args));
  }
  const rect = {
    row: Math.trunc(row as number),
    col: Math.trunc(col as number),
    numRows: Math.trunc(numRows as number),
    numCols: Math.trunc(numCols as number),
  };
  if (rect.numRows < 1) throw new Error(rowsAtLeastOne());
  if (rect.numCols < 1) throw new Error(columnsAtLeastOne());
  if (
    rect.row < 1 ||
    rect.col < 1 ||
    rect.row + rect.numRows - 1 > sheet.maxRows ||
    rect.col + rect.numCols - 1 > sheet.maxColumns
  ) {
    throw new Error(OUTSIDE_SHEET);
  }
  return rect;
}

/** Checks that `data` is an array of rows matching the rectangle exactly. */
export function checkGrid(rect: GridRect, data: unknown, method: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(data)) throw new Error(signatureMismatch(method, [data]));
  if (data.length !== rect.numRows) throw new Error(rowCountMismatch(data.length, rect.numRows));
  for (const row of data) {
    if (!Array.isArray(row)) throw new Error(signatureMismatch(method, [data]));
    if (row.length !== rect.numCols) throw new Error(columnCountMismatch(row.length, rect.numCols));
  }
  return data as unknown[][];
}
