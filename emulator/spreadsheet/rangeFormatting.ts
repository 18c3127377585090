/**
 * The formatting half of Range: setters are recorded (see formatting.ts) and return the range
 * for chaining; a few getters read the record back. EmuRange (range.ts) extends this class.
 */
import type { EmuContext } from '../context';
import { asGas, type GasRange } from '../gas';
import { instrument } from '../meter';
import type { Bounds, GridRect } from './a1';
import type { Json } from './formatting';
import type { SheetModel } from './sheetModel';

type FormatMethods =
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBackgroundRGB'
  | 'setBorder'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamily'
  | 'setFontFamilies'
  | 'setFontLine'
  | 'setFontLines'
  | 'setFontSize'
  | 'setFontSizes'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setVerticalAlignment'
  | 'setVerticalAlignments'
  | 'setWrap'
  | 'setWraps'
  | 'setWrapStrategy'
  | 'setWrapStrategies'
  | 'setTextRotation'
  | 'setShowHyperlink'
  | 'merge'
  | 'breakApart'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getFontWeight'
  | 'getFontWeights';

type Grid<T> = readonly (readonly T[])[];

const toJson = (value: unknown): Json =>
  value === undefined || value === null ? null : typeof value === 'object' ? String(value) : (value as Json);

export class RangeFormatting implements Pick<GasRange, FormatMethods> {
  constructor(
    readonly ctx: EmuContext,
    readonly sheet: SheetModel,
    readonly rect: GridRect,
    readonly bounds: Bounds,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  /** Records one property for the whole range. */
  protected record(prop: string, value: unknown): GasRange {
    this.sheet.formats.set(this.rect, prop, toJson(value));
    return asGas<GasRange>(this);
  }

  /** Records one value per cell; the grid must match the range's size. */
  protected recordGrid(prop: string, grid: Grid<unknown>): GasRange {
    this.sheet.formats.setGrid(
      this.rect,
      prop,
      grid.map((row) => row.map(toJson)),
    );
    return asGas<GasRange>(this);
  }

  protected recorded(prop: string, fallback: string): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < this.rect.numRows; i++) {
      const row: string[] = [];
      for (let j = 0; j < this.rect.numCols; j++) {
        const value = this.sheet.formats.get(prop, this.rect.row + i, this.rect.col + j);
        row.push(value === undefined ? fallback : String(value));
      }
      out.push(row);
    }
    return out;
  }

  setBackground(color: string | null): GasRange {
    return this.record('background', color);
  }
  setBackgrounds(color: Array<Array<string | null>>): GasRange {
    return this.recordGrid('background', color);
  }
  setBackgroundRGB(red: number, green: number, blue: number): GasRange {
    const hex = [red, green, blue].map((n) => n.toString(16).padStart(2, '0')).join('');
    return this.record('background', `#${hex}`);
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GasRange {
    return this.record(
      'border',
      [top, left, bottom, right, vertical, horizontal, color ?? null, style ?? null].map(toJson),
    );
  }
  setFontColor(color: string | null): GasRange {
    return this.record('fontColor', color);
  }
  setFontColors(colors: unknown[][]): GasRange {
    return this.recordGrid('fontColor', colors);
  }
  setFontFamily(fontFamily: string | null): GasRange {
    return this.record('fontFamily', fontFamily);
  }
  setFontFamilies(fontFamilies: Array<Array<string | null>>): GasRange {
    return this.recordGrid('fontFamily', fontFamilies);
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GasRange {
    return this.record('fontLine', fontLine);
  }
  setFontLines(fontLines: Array<Array<GoogleAppsScript.Spreadsheet.FontLine | null>>): GasRange {
    return this.recordGrid('fontLine', fontLines);
  }
  setFontSize(size: number): GasRange {
    return this.record('fontSize', size);
  }
  setFontSizes(sizes: number[][]): GasRange {
    return this.recordGrid('fontSize', sizes);
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GasRange {
    return this.record('fontStyle', fontStyle);
  }
  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): GasRange {
    return this.recordGrid('fontStyle', fontStyles);
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    return this.record('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GasRange {
    return this.recordGrid('fontWeight', fontWeights);
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GasRange {
    return this.record('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): GasRange {
    return this.recordGrid('horizontalAlignment', alignments);
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GasRange {
    return this.record('verticalAlignment', alignment);
  }
  setVerticalAlignments(alignments: Array<Array<'top' | 'middle' | 'bottom' | null>>): GasRange {
    return this.recordGrid('verticalAlignment', alignments);
  }
  setWrap(isWrapEnabled: boolean): GasRange {
    return this.record('wrap', isWrapEnabled);
  }
  setWraps(isWrapEnabled: boolean[][]): GasRange {
    return this.recordGrid('wrap', isWrapEnabled);
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GasRange {
    return this.record('wrapStrategy', String(strategy));
  }
  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): GasRange {
    return this.recordGrid(
      'wrapStrategy',
      strategies.map((row) => row.map(String)),
    );
  }
  setTextRotation(rotation: number | GoogleAppsScript.Spreadsheet.TextRotation): GasRange {
    return this.record('textRotation', typeof rotation === 'number' ? rotation : rotation.getDegrees());
  }
  setShowHyperlink(showHyperlink: boolean): GasRange {
    return this.record('showHyperlink', showHyperlink);
  }
  merge(): GasRange {
    return this.record('merge', true);
  }
  breakApart(): GasRange {
    return this.record('merge', null);
  }

  getBackground(): string {
    return this.recorded('background', '#ffffff')[0]?.[0] ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.recorded('background', '#ffffff');
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0]?.[0] ?? 'normal';
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.recorded('fontWeight', 'normal').map((row) =>
      row.map((w) => (w === 'bold' ? 'bold' : 'normal')),
    );
  }
}

instrument(RangeFormatting.prototype, 'Range', { counted: true, needsAuth: true });
