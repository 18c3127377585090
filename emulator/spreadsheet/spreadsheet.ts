/** Spreadsheet: the workbook facade (sheets, ids, time zone, locale, toasts). */
import type { EmuContext } from '../context';
import { asGas, type GasProtection, type GasRange, type GasSheet, type GasSpreadsheet } from '../gas';
import { instrument } from '../meter';
import { isValidTimeZone } from '../time/zone';
import { protectionsOf } from './protection';
import { copySheetContents } from './serialize';
import { resolveA1, sheetFacade, unwrapSheet } from './sheet';

type SpreadsheetMethods =
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getDataRange'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getProtections'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'rename'
  | 'setActiveSheet'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

type InsertOptions = { template?: GasSheet | undefined };

function isOptions(value: unknown): value is InsertOptions {
  return typeof value === 'object' && value !== null;
}

export class EmuSpreadsheet implements Pick<GasSpreadsheet, SpreadsheetMethods> {
  constructor(readonly ctx: EmuContext) {}

  get meter() {
    return this.ctx.meter;
  }

  deleteSheet(sheet: GasSheet): void {
    this.ctx.book.deleteSheet(unwrapSheet(sheet, 'Spreadsheet.deleteSheet'));
  }

  getActiveSheet(): GasSheet {
    return sheetFacade(this.ctx, this.ctx.book.active());
  }

  getDataRange(): GasRange {
    return this.getActiveSheet().getDataRange();
  }

  getId(): string {
    return this.ctx.book.id;
  }

  getName(): string {
    return this.ctx.book.name;
  }

  getNumSheets(): number {
    return this.ctx.book.sheets.length;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GasProtection[] {
    return this.ctx.book.sheets.flatMap((sheet) => protectionsOf(this.ctx, sheet, type));
  }

  /** A1 notation, sheet-qualified or on the active sheet. */
  getRange(a1Notation: string): GasRange {
    return resolveA1(this.ctx, this.ctx.book.active(), a1Notation).range;
  }

  getSheetById(id: number): GasSheet | null {
    const model = this.ctx.book.byId(id);
    return model ? sheetFacade(this.ctx, model) : null;
  }

  /** Exact (case-sensitive) name; null when absent. */
  getSheetByName(name: string): GasSheet | null {
    const model = this.ctx.book.byName(name);
    return model ? sheetFacade(this.ctx, model) : null;
  }

  getSheets(): GasSheet[] {
    return this.ctx.book.sheets.map((model) => sheetFacade(this.ctx, model));
  }

  getSpreadsheetLocale(): string {
    return this.ctx.book.locale;
  }

  getSpreadsheetTimeZone(): string {
    return this.ctx.book.timeZone;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ctx.book.id}/edit`;
  }

  /**
   * insertSheet(), (index), (name), (name, index), with optional {template}; index is 0-based.
   * The new sheet (1000 x 26, or a copy of the template) becomes the active sheet.
   */
  insertSheet(
    nameOrIndexOrOptions?: string | number | InsertOptions,
    indexOrOptions?: number | InsertOptions,
    options?: InsertOptions,
  ): GasSheet {
    const name =
      typeof nameOrIndexOrOptions === 'string' ? nameOrIndexOrOptions : this.ctx.book.defaultSheetName();
    const index =
      typeof nameOrIndexOrOptions === 'number'
        ? nameOrIndexOrOptions
        : typeof indexOrOptions === 'number'
          ? indexOrOptions
          : undefined;
    const opts = [nameOrIndexOrOptions, indexOrOptions, options].find(isOptions);
    const model = this.ctx.book.insertSheet(name, index);
    if (opts?.template)
      copySheetContents(this.ctx, unwrapSheet(opts.template, 'Spreadsheet.insertSheet'), model);
    return sheetFacade(this.ctx, model);
  }

  moveActiveSheet(pos: number): void {
    const book = this.ctx.book;
    const active = book.active();
    book.sheets = book.sheets.filter((s) => s !== active);
    book.sheets.splice(Math.max(0, Math.min(pos - 1, book.sheets.length)), 0, active);
  }

  rename(newName: string): void {
    this.ctx.book.name = String(newName);
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    const model = unwrapSheet(sheet, 'Spreadsheet.setActiveSheet');
    model.hidden = false;
    this.ctx.book.activeSheetId = model.id;
    return sheetFacade(this.ctx, model);
  }

  setSpreadsheetLocale(locale: string): void {
    this.ctx.book.locale = String(locale);
  }

  setSpreadsheetTimeZone(timezone: string): void {
    if (!isValidTimeZone(timezone)) throw new Error(`Invalid argument: ${timezone}`);
    this.ctx.book.timeZone = timezone;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.recorder.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

instrument(EmuSpreadsheet.prototype, 'Spreadsheet', { counted: true, needsAuth: true });

export function spreadsheetFacade(ctx: EmuContext): GasSpreadsheet {
  return asGas<GasSpreadsheet>(new EmuSpreadsheet(ctx));
}
