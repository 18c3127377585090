/**
 * One sheet's data: cell layers, recorded formatting, protections and sheet-level settings.
 * Plain data and operations on 0/1-based rectangles; no Apps Script signatures, no counting
 * (the facades in sheet.ts and range.ts do that).
 */
import type { GridRect } from './a1';
import { type CellValue, type ConversionSettings, convertInput, FormulaInput } from './conversion';
import type { EmuDataValidation } from './dataValidation';
import { displayValue, FORMULA_DISPLAY } from './display';
import { FormatRecord } from './formatting';
import { Layer } from './layer';
import { type Axis, type Shift, shiftRect } from './rect';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export interface ProtectionModel {
  type: 'RANGE' | 'SHEET';
  sheet: SheetModel;
  /** null for a sheet protection. */
  rect: GridRect | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  /** Ranges left editable inside a sheet protection. */
  unprotected: GridRect[];
  rangeName: string | null;
}

const hasContent = (value: CellValue): boolean => value !== '';
const always = (): boolean => true;

function shiftIndexes<T>(map: Map<number, T>, shift: Shift): Map<number, T> {
  const out = new Map<number, T>();
  const deletedEnd = shift.at - shift.delta;
  for (const [index, value] of map) {
    if (index < shift.at) out.set(index, value);
    else if (shift.delta > 0) out.set(index + shift.delta, value);
    else if (index >= deletedEnd) out.set(index + shift.delta, value);
  }
  return out;
}

function shiftSet(set: Set<number>, shift: Shift): Set<number> {
  const map = new Map<number, true>();
  for (const index of set) map.set(index, true);
  return new Set(shiftIndexes(map, shift).keys());
}

export class SheetModel {
  readonly values = new Layer<CellValue>();
  readonly formulas = new Layer<string>();
  readonly numberFormats = new Layer<string>();
  readonly validations = new Layer<EmuDataValidation>();
  readonly notes = new Layer<string>();
  readonly formats = new FormatRecord();
  protections: ProtectionModel[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  private extent: { lastRow: number; lastColumn: number } | null = null;

  constructor(
    readonly id: number,
    public name: string,
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {}

  /** Call after any change to values or formulas. */
  touch(): void {
    this.extent = null;
  }

  private measure(): { lastRow: number; lastColumn: number } {
    if (!this.extent) {
      this.extent = {
        lastRow: Math.max(this.values.lastRow(hasContent), this.formulas.lastRow(always)),
        lastColumn: Math.max(this.values.lastColumn(hasContent), this.formulas.lastColumn(always)),
      };
    }
    return this.extent;
  }

  /** Last row with a value or formula; 0 when the sheet is empty. */
  lastRow(): number {
    return this.measure().lastRow;
  }

  lastColumn(): number {
    return this.measure().lastColumn;
  }

  /** Writes converted values; `data` has already been checked against the rectangle. */
  writeValues(rect: GridRect, data: readonly (readonly unknown[])[], settings: ConversionSettings): void {
    for (let i = 0; i < rect.numRows; i++) {
      const source = data[i] ?? [];
      const r = rect.row - 1 + i;
      const valueRow = this.values.ensureRow(r);
      const formatRow = this.numberFormats.row(r);
      let formulaRow = this.formulas.row(r);
      for (let j = 0; j < rect.numCols; j++) {
        const c = rect.col - 1 + j;
        const stored = convertInput(source[j], formatRow?.[c] === '@', settings);
        if (stored instanceof FormulaInput) {
          valueRow[c] = undefined;
          formulaRow ??= this.formulas.ensureRow(r);
          formulaRow[c] = stored.formula;
        } else {
          valueRow[c] = stored;
          if (formulaRow && formulaRow[c] !== undefined) formulaRow[c] = undefined;
        }
      }
    }
    this.touch();
  }

  /** Every cell of the rectangle gets the same written value (Range.setValue on many cells). */
  fillValue(rect: GridRect, value: unknown, settings: ConversionSettings): void {
    const row = new Array<unknown>(rect.numCols).fill(value);
    this.writeValues(
      rect,
      Array.from({ length: rect.numRows }, () => row),
      settings,
    );
  }

  writeFormulas(
    rect: GridRect,
    formulas: readonly (readonly string[])[],
    settings: ConversionSettings,
  ): void {
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numCols; j++) {
        const r = rect.row - 1 + i;
        const c = rect.col - 1 + j;
        const formula = String(formulas[i]?.[j] ?? '');
        if (formula.startsWith('=') && formula.length > 1) {
          this.values.set(r, c, undefined);
          this.formulas.set(r, c, formula);
        } else {
          this.writeValues({ row: r + 1, col: c + 1, numRows: 1, numCols: 1 }, [[formula]], settings);
        }
      }
    }
    this.touch();
  }

  readValues(rect: GridRect, makeDate: (ms: number) => Date): unknown[][] {
    const out: unknown[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const source = this.values.row(rect.row - 1 + i);
      const row: unknown[] = [];
      for (let j = 0; j < rect.numCols; j++) {
        const value = source?.[rect.col - 1 + j];
        row.push(value === undefined ? '' : typeof value === 'object' ? makeDate(value.getTime()) : value);
      }
      out.push(row);
    }
    return out;
  }

  readDisplayValues(rect: GridRect, timeZone: string): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const r = rect.row - 1 + i;
      const source = this.values.row(r);
      const formats = this.numberFormats.row(r);
      const formulas = this.formulas.row(r);
      const row: string[] = [];
      for (let j = 0; j < rect.numCols; j++) {
        const c = rect.col - 1 + j;
        if (formulas?.[c] !== undefined) row.push(FORMULA_DISPLAY);
        else row.push(displayValue(source?.[c], formats?.[c], timeZone));
      }
      out.push(row);
    }
    return out;
  }

  /** A layer's cells in the rectangle, with `blank` where nothing is stored. */
  readLayer<T, D>(layer: Layer<T>, rect: GridRect, blank: D): Array<Array<T | D>> {
    const out: Array<Array<T | D>> = [];
    for (let i = 0; i < rect.numRows; i++) {
      const source = layer.row(rect.row - 1 + i);
      const row: Array<T | D> = [];
      for (let j = 0; j < rect.numCols; j++) row.push(source?.[rect.col - 1 + j] ?? blank);
      out.push(row);
    }
    return out;
  }

  writeLayer<T>(layer: Layer<T>, rect: GridRect, grid: readonly (readonly (T | undefined)[])[]): void {
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numCols; j++) layer.set(rect.row - 1 + i, rect.col - 1 + j, grid[i]?.[j]);
    }
  }

  fillLayer<T>(layer: Layer<T>, rect: GridRect, value: T | undefined): void {
    layer.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, value);
  }

  clearContent(rect: GridRect): void {
    this.fillLayer(this.values, rect, undefined);
    this.fillLayer(this.formulas, rect, undefined);
    this.touch();
  }

  clearFormat(rect: GridRect): void {
    this.fillLayer(this.numberFormats, rect, undefined);
    this.formats.clear(rect);
  }

  insert(axis: Axis, at: number, count: number): void {
    this.restructure({ axis, at, delta: count });
    if (axis === 'rows') this.maxRows += count;
    else this.maxColumns += count;
  }

  delete(axis: Axis, at: number, count: number): void {
    this.restructure({ axis, at, delta: -count });
    if (axis === 'rows') {
      this.maxRows -= count;
      if (this.frozenRows >= at) this.frozenRows = Math.max(at - 1, this.frozenRows - count);
    } else {
      this.maxColumns -= count;
      if (this.frozenColumns >= at) this.frozenColumns = Math.max(at - 1, this.frozenColumns - count);
    }
  }

  private restructure(shift: Shift): void {
    const layers = [this.values, this.formulas, this.numberFormats, this.validations, this.notes];
    const deleteCount = Math.max(-shift.delta, 0);
    const insertCount = Math.max(shift.delta, 0);
    for (const layer of layers) {
      if (shift.axis === 'rows') layer.spliceRows(shift.at - 1, deleteCount, insertCount);
      else layer.spliceCols(shift.at - 1, deleteCount, insertCount);
    }
    this.formats.shift(shift);
    this.protections = this.protections.filter((p) => {
      p.unprotected = p.unprotected.flatMap((rect) => {
        const moved = shiftRect(rect, shift);
        return moved ? [moved.rect] : [];
      });
      if (!p.rect) return true;
      const moved = shiftRect(p.rect, shift);
      if (moved) p.rect = moved.rect;
      return moved !== null;
    });
    if (shift.axis === 'rows') {
      this.rowHeights = shiftIndexes(this.rowHeights, shift);
      this.hiddenRows = shiftSet(this.hiddenRows, shift);
    } else {
      this.columnWidths = shiftIndexes(this.columnWidths, shift);
      this.hiddenColumns = shiftSet(this.hiddenColumns, shift);
    }
    this.touch();
  }
}
