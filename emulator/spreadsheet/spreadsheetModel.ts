/** The workbook: its sheets in tab order, which one is active, and spreadsheet settings. */

import { zonedFields } from '../time/zone';
import type { ConversionSettings } from './conversion';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, SheetModel } from './sheetModel';

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheetId: number;
  locale = 'en_GB';
  /** Counter behind new sheet ids, so ids stay unique and repeatable across save/restore. */
  sheetSequence = 0;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    private readonly nowMs: () => number,
  ) {
    const first = new SheetModel(0, 'Sheet1');
    this.sheets.push(first);
    this.activeSheetId = first.id;
  }

  conversion(): ConversionSettings {
    return { timeZone: this.timeZone, nowYear: () => zonedFields(this.nowMs(), this.timeZone).year };
  }

  byName(name: string): SheetModel | null {
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  byId(id: number): SheetModel | null {
    return this.sheets.find((sheet) => sheet.id === id) ?? null;
  }

  active(): SheetModel {
    const sheet = this.byId(this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw new Error('The spreadsheet has no sheets.');
    return sheet;
  }

  /** Sheets refuses a name another sheet has, ignoring case. */
  assertNameFree(name: string, except?: SheetModel): void {
    const lower = name.toLowerCase();
    if (this.sheets.some((sheet) => sheet !== except && sheet.name.toLowerCase() === lower)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  nextSheetId(): number {
    this.sheetSequence += 1;
    // Sheet ids (gids) in real spreadsheets are large, arbitrary-looking numbers.
    return 100_000_000 + ((this.sheetSequence * 982_451_653) % 1_900_000_000);
  }

  defaultSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.sheets.some((sheet) => sheet.name.toLowerCase() === `sheet${n}`)) n += 1;
    return `Sheet${n}`;
  }

  /** Inserts a 1000 x 26 sheet at a 0-based tab position (end when omitted) and activates it. */
  insertSheet(name: string, index?: number): SheetModel {
    this.assertNameFree(name);
    const sheet = new SheetModel(this.nextSheetId(), name, DEFAULT_ROWS, DEFAULT_COLUMNS);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this.activeSheetId = sheet.id;
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    const index = this.sheets.indexOf(sheet);
    if (index === -1) throw new Error('Sheet not found.');
    this.sheets.splice(index, 1);
    if (this.activeSheetId === sheet.id) {
      const next = this.sheets[Math.max(0, index - 1)] ?? this.sheets[0];
      if (next) this.activeSheetId = next.id;
    }
  }
}
