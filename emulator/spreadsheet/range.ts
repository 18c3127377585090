/**
 * Range: a 1-based rectangle of one sheet. Values are converted on write (conversion.ts) and
 * copied on read; dimension and bounds errors use Sheets' own words (errors.ts).
 */
import type { EmuContext } from '../context';
import { asGas, type GasDataValidation, type GasProtection, type GasRange, type GasSheet } from '../gas';
import { instrument } from '../meter';
import { BOUNDED, type Bounds, formatA1, type GridRect } from './a1';
import { checkedRect, checkGrid } from './bounds';
import { EmuDataValidation } from './dataValidation';
import { DEFAULT_NUMBER_FORMAT } from './display';
import { signatureMismatch } from './errors';
import { createRangeProtection } from './protection';
import { RangeFormatting } from './rangeFormatting';
import { sheetFacade } from './sheet';
import type { SheetModel } from './sheetModel';

type RangeMethods =
  | 'activate'
  | 'canEdit'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWidth'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isEndColumnBounded'
  | 'isEndRowBounded'
  | 'isStartColumnBounded'
  | 'isStartRowBounded'
  | 'offset'
  | 'protect'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFormula'
  | 'setFormulas'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues';

interface ClearOptions {
  commentsOnly?: boolean | undefined;
  contentsOnly?: boolean | undefined;
  formatOnly?: boolean | undefined;
  validationsOnly?: boolean | undefined;
  skipFilteredRows?: boolean | undefined;
}

function asRule(rule: unknown): EmuDataValidation | undefined {
  if (rule === null || rule === undefined) return undefined;
  if (rule instanceof EmuDataValidation) return rule;
  throw new Error(signatureMismatch('Range.setDataValidation', [rule]));
}

export class EmuRange extends RangeFormatting implements Pick<GasRange, RangeMethods> {
  private self(): GasRange {
    return asGas<GasRange>(this);
  }

  private topLeft(): GridRect {
    return { row: this.rect.row, col: this.rect.col, numRows: 1, numCols: 1 };
  }

  activate(): GasRange {
    this.ctx.book.activeSheetId = this.sheet.id;
    return this.self();
  }

  canEdit(): boolean {
    return true;
  }

  /**
   * No options: contents, formats (number formats included) and data validation. Notes stay, as
   * Sheets keeps notes unless asked (commentsOnly).
   */
  clear(options?: ClearOptions): GasRange {
    const any =
      options?.commentsOnly || options?.contentsOnly || options?.formatOnly || options?.validationsOnly;
    if (!any || options?.contentsOnly) this.sheet.clearContent(this.rect);
    if (!any || options?.formatOnly) this.sheet.clearFormat(this.rect);
    if (!any || options?.validationsOnly) this.sheet.fillLayer(this.sheet.validations, this.rect, undefined);
    if (options?.commentsOnly) this.sheet.fillLayer(this.sheet.notes, this.rect, undefined);
    return this.self();
  }

  clearContent(): GasRange {
    this.sheet.clearContent(this.rect);
    return this.self();
  }

  clearDataValidations(): GasRange {
    this.sheet.fillLayer(this.sheet.validations, this.rect, undefined);
    return this.self();
  }

  clearFormat(): GasRange {
    this.sheet.clearFormat(this.rect);
    return this.self();
  }

  clearNote(): GasRange {
    this.sheet.fillLayer(this.sheet.notes, this.rect, undefined);
    return this.self();
  }

  getA1Notation(): string {
    return formatA1(this.rect, this.bounds);
  }

  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) {
      throw new Error('Cell reference out of range');
    }
    return rangeFacade(this.ctx, this.sheet, {
      row: this.rect.row + row - 1,
      col: this.rect.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }

  getColumn(): number {
    return this.rect.col;
  }

  getDataValidation(): GasDataValidation | null {
    const rule = this.sheet.validations.get(this.rect.row - 1, this.rect.col - 1);
    return rule ? asGas<GasDataValidation>(rule) : null;
  }

  getDataValidations(): Array<Array<GasDataValidation | null>> {
    return this.sheet
      .readLayer(this.sheet.validations, this.rect, null)
      .map((row) => row.map((rule) => (rule ? asGas<GasDataValidation>(rule) : null)));
  }

  getDisplayValue(): string {
    return this.sheet.readDisplayValues(this.topLeft(), this.ctx.book.timeZone)[0]?.[0] ?? '';
  }

  getDisplayValues(): string[][] {
    return this.sheet.readDisplayValues(this.rect, this.ctx.book.timeZone);
  }

  getFormula(): string {
    return this.sheet.formulas.get(this.rect.row - 1, this.rect.col - 1) ?? '';
  }

  getFormulas(): string[][] {
    return this.sheet.readLayer(this.sheet.formulas, this.rect, '');
  }

  getGridId(): number {
    return this.sheet.id;
  }

  getHeight(): number {
    return this.rect.numRows;
  }

  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getNote(): string {
    return this.sheet.notes.get(this.rect.row - 1, this.rect.col - 1) ?? '';
  }

  getNotes(): string[][] {
    return this.sheet.readLayer(this.sheet.notes, this.rect, '');
  }

  getNumColumns(): number {
    return this.rect.numCols;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  /** Unformatted cells report Sheets' default, '0.###############'. */
  getNumberFormat(): string {
    return this.sheet.numberFormats.get(this.rect.row - 1, this.rect.col - 1) ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this.sheet.readLayer(this.sheet.numberFormats, this.rect, DEFAULT_NUMBER_FORMAT);
  }

  getRow(): number {
    return this.rect.row;
  }

  getRowIndex(): number {
    return this.rect.row;
  }

  getSheet(): GasSheet {
    return sheetFacade(this.ctx, this.sheet);
  }

  getValue(): unknown {
    return this.sheet.readValues(this.topLeft(), (ms) => this.ctx.realm.date(ms))[0]?.[0];
  }

  getValues(): unknown[][] {
    return this.sheet.readValues(this.rect, (ms) => this.ctx.realm.date(ms));
  }

  getWidth(): number {
    return this.rect.numCols;
  }

  /** Adds checkbox validation and sets every cell to unchecked, as Sheets does. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GasRange {
    const args =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    const rule = new EmuDataValidation(this.ctx, {
      criteria: 'CHECKBOX',
      args,
      allowInvalid: false,
      helpText: null,
    });
    this.sheet.fillLayer(this.sheet.validations, this.rect, rule);
    const unchecked = uncheckedValue !== undefined ? uncheckedValue : checkedValue !== undefined ? '' : false;
    this.sheet.fillValue(this.rect, unchecked, this.ctx.book.conversion());
    return this.self();
  }

  isBlank(): boolean {
    const values = this.sheet.readLayer(this.sheet.values, this.rect, '');
    const formulas = this.sheet.readLayer(this.sheet.formulas, this.rect, '');
    return (
      values.every((row) => row.every((v) => v === '')) && formulas.every((row) => row.every((f) => f === ''))
    );
  }

  isEndColumnBounded(): boolean {
    return this.bounds.endCol;
  }

  isEndRowBounded(): boolean {
    return this.bounds.endRow;
  }

  isStartColumnBounded(): boolean {
    return this.bounds.startCol;
  }

  isStartRowBounded(): boolean {
    return this.bounds.startRow;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    const rect = checkedRect(
      this.sheet,
      'Range.offset',
      args,
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    );
    return rangeFacade(this.ctx, this.sheet, rect);
  }

  protect(): GasProtection {
    return createRangeProtection(this.ctx, this.sheet, this.rect);
  }

  setDataValidation(rule: GasDataValidation | null): GasRange {
    this.sheet.fillLayer(this.sheet.validations, this.rect, asRule(rule));
    return this.self();
  }

  setDataValidations(rules: Array<Array<GasDataValidation | null>>): GasRange {
    const grid = checkGrid(this.rect, rules, 'Range.setDataValidations');
    this.sheet.writeLayer(
      this.sheet.validations,
      this.rect,
      grid.map((row) => row.map(asRule)),
    );
    return this.self();
  }

  setFormula(formula: string): GasRange {
    const row = new Array<string>(this.rect.numCols).fill(formula);
    this.sheet.writeFormulas(
      this.rect,
      Array.from({ length: this.rect.numRows }, () => row),
      this.ctx.book.conversion(),
    );
    return this.self();
  }

  setFormulas(formulas: string[][]): GasRange {
    const grid = checkGrid(this.rect, formulas, 'Range.setFormulas') as string[][];
    this.sheet.writeFormulas(this.rect, grid, this.ctx.book.conversion());
    return this.self();
  }

  setNote(note: string | null): GasRange {
    this.sheet.fillLayer(
      this.sheet.notes,
      this.rect,
      note === null || note === '' ? undefined : String(note),
    );
    return this.self();
  }

  setNotes(notes: Array<Array<string | null>>): GasRange {
    const grid = checkGrid(this.rect, notes, 'Range.setNotes');
    this.sheet.writeLayer(
      this.sheet.notes,
      this.rect,
      grid.map((row) => row.map((n) => (n === null || n === undefined || n === '' ? undefined : String(n)))),
    );
    return this.self();
  }

  setNumberFormat(numberFormat: string): GasRange {
    this.sheet.fillLayer(this.sheet.numberFormats, this.rect, String(numberFormat));
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    const grid = checkGrid(this.rect, numberFormats, 'Range.setNumberFormats');
    this.sheet.writeLayer(
      this.sheet.numberFormats,
      this.rect,
      grid.map((row) => row.map((f) => (f === null || f === undefined ? undefined : String(f)))),
    );
    return this.self();
  }

  /** Every cell of the range gets the value. */
  setValue(value: unknown): GasRange {
    this.sheet.fillValue(this.rect, value, this.ctx.book.conversion());
    return this.self();
  }

  setValues(values: unknown[][]): GasRange {
    const grid = checkGrid(this.rect, values, 'Range.setValues');
    this.sheet.writeValues(this.rect, grid, this.ctx.book.conversion());
    return this.self();
  }
}

instrument(EmuRange.prototype, 'Range', { counted: true, needsAuth: true });

export function rangeFacade(
  ctx: EmuContext,
  sheet: SheetModel,
  rect: GridRect,
  bounds: Bounds = BOUNDED,
): GasRange {
  return asGas<GasRange>(new EmuRange(ctx, sheet, rect, bounds));
}

/** The sheet and rectangle behind a Range the emulator made; throws for anything else. */
export function unwrapRange(range: unknown, method: string): EmuRange {
  if (range instanceof EmuRange) return range;
  throw new Error(signatureMismatch(method, [range]));
}
