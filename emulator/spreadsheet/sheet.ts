/**
 * Sheet: one tab. This file holds the data half (ranges, values, protection, name and position);
 * sheetLayout.ts holds rows, columns and appearance.
 */
import type { EmuContext } from '../context';
import { SheetType } from '../enums';
import { asGas, type GasProtection, type GasRange, type GasSheet, type GasSpreadsheet } from '../gas';
import { instrument } from '../meter';
import { type Bounds, parseA1 } from './a1';
import { checkedRect } from './bounds';
import { OUTSIDE_SHEET, RANGE_NOT_FOUND, signatureMismatch } from './errors';
import { protectionsOf, sheetProtection } from './protection';
import { rangeFacade } from './range';
import { SheetLayout } from './sheetLayout';
import type { SheetModel } from './sheetModel';
import { spreadsheetFacade } from './spreadsheet';

type SheetMethods =
  | 'activate'
  | 'appendRow'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'getDataRange'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getType'
  | 'protect'
  | 'setName';

/** The rectangle (and which edges were named) of A1 notation on a sheet; throws like Sheets. */
export function resolveA1(
  ctx: EmuContext,
  sheet: SheetModel,
  notation: string,
): { sheet: SheetModel; range: GasRange } {
  const parsed = typeof notation === 'string' ? parseA1(notation) : null;
  if (!parsed) throw new Error(RANGE_NOT_FOUND);
  const target = parsed.sheetName === null ? sheet : ctx.book.byName(parsed.sheetName);
  if (!target) throw new Error(RANGE_NOT_FOUND);
  const bounds: Bounds = {
    startRow: parsed.startRow !== null,
    endRow: parsed.endRow !== null,
    startCol: parsed.startCol !== null,
    endCol: parsed.endCol !== null,
  };
  let r1 = parsed.startRow ?? 1;
  let r2 = parsed.endRow ?? target.maxRows;
  let c1 = parsed.startCol ?? 1;
  let c2 = parsed.endCol ?? target.maxColumns;
  if (r2 < r1) [r1, r2] = [r2, r1];
  if (c2 < c1) [c1, c2] = [c2, c1];
  if (r2 > target.maxRows || c2 > target.maxColumns) throw new Error(OUTSIDE_SHEET);
  const rect = { row: r1, col: c1, numRows: r2 - r1 + 1, numCols: c2 - c1 + 1 };
  return { sheet: target, range: rangeFacade(ctx, target, rect, bounds) };
}

export class EmuSheet extends SheetLayout implements Pick<GasSheet, SheetMethods> {
  activate(): GasSheet {
    this.model.hidden = false;
    this.ctx.book.activeSheetId = this.model.id;
    return this.self();
  }

  /** Writes after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): GasSheet {
    if (!Array.isArray(rowContents)) throw new Error(signatureMismatch('Sheet.appendRow', [rowContents]));
    const row = this.model.lastRow() + 1;
    if (row > this.model.maxRows) this.model.maxRows = row;
    if (rowContents.length > this.model.maxColumns) this.model.maxColumns = rowContents.length;
    if (rowContents.length > 0) {
      const rect = { row, col: 1, numRows: 1, numCols: rowContents.length };
      this.model.writeValues(rect, [rowContents], this.ctx.book.conversion());
    }
    return this.self();
  }

  /** No options: contents, formats and data validation (as Range.clear()). */
  clear(options?: { formatOnly?: boolean | undefined; contentsOnly?: boolean | undefined }): GasSheet {
    const whole = this.wholeSheet();
    const any = options?.formatOnly || options?.contentsOnly;
    if (!any || options?.contentsOnly) this.model.clearContent(whole);
    if (!any || options?.formatOnly) this.model.clearFormat(whole);
    if (!any) this.model.fillLayer(this.model.validations, whole, undefined);
    return this.self();
  }

  clearContents(): GasSheet {
    this.model.clearContent(this.wholeSheet());
    return this.self();
  }

  clearFormats(): GasSheet {
    this.model.clearFormat(this.wholeSheet());
    return this.self();
  }

  clearNotes(): GasSheet {
    this.model.fillLayer(this.model.notes, this.wholeSheet(), undefined);
    return this.self();
  }

  /** From A1 to the last row and column with content; A1 on an empty sheet. */
  getDataRange(): GasRange {
    const rect = {
      row: 1,
      col: 1,
      numRows: Math.max(1, this.model.lastRow()),
      numCols: Math.max(1, this.model.lastColumn()),
    };
    return rangeFacade(this.ctx, this.model, rect);
  }

  /** 1-based tab position. */
  getIndex(): number {
    return this.ctx.book.sheets.indexOf(this.model) + 1;
  }

  getLastColumn(): number {
    return this.model.lastColumn();
  }

  getLastRow(): number {
    return this.model.lastRow();
  }

  getName(): string {
    return this.model.name;
  }

  getParent(): GasSpreadsheet {
    return spreadsheetFacade(this.ctx);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GasProtection[] {
    return protectionsOf(this.ctx, this.model, type);
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    const args = [rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined);
    if (typeof rowOrA1 === 'string' && column === undefined)
      return resolveA1(this.ctx, this.model, rowOrA1).range;
    const rect = checkedRect(
      this.model,
      'Sheet.getRange',
      args,
      rowOrA1,
      column,
      numRows ?? 1,
      numColumns ?? 1,
    );
    return rangeFacade(this.ctx, this.model, rect);
  }

  getSheetId(): number {
    return this.model.id;
  }

  getSheetName(): string {
    return this.model.name;
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.model.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.model.lastColumn() - startColumn + 1 : numColumns;
    const args = [startRow, startColumn, numRows, numColumns];
    const rect = checkedRect(this.model, 'Sheet.getSheetValues', args, startRow, startColumn, rows, cols);
    return this.model.readValues(rect, (ms) => this.ctx.realm.date(ms));
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID;
  }

  /** The sheet's protection; the existing one when the sheet is already protected. */
  protect(): GasProtection {
    return sheetProtection(this.ctx, this.model);
  }

  setName(name: string): GasSheet {
    const text = String(name);
    if (text.trim() === '') throw new Error('Sheet name cannot be empty.');
    this.ctx.book.assertNameFree(text, this.model);
    this.model.name = text;
    return this.self();
  }

  private wholeSheet() {
    return { row: 1, col: 1, numRows: this.model.maxRows, numCols: this.model.maxColumns };
  }
}

instrument(EmuSheet.prototype, 'Sheet', { counted: true, needsAuth: true });

export function sheetFacade(ctx: EmuContext, model: SheetModel): GasSheet {
  return asGas<GasSheet>(new EmuSheet(ctx, model));
}

export function unwrapSheet(sheet: unknown, method: string): SheetModel {
  if (sheet instanceof EmuSheet) return sheet.model;
  throw new Error(signatureMismatch(method, [sheet]));
}
