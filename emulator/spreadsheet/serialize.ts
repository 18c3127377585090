/**
 * The workbook as JSON-safe data and back: values (Dates tagged), formulas, number formats, notes,
 * validations, recorded formatting, protections and sheet settings. Sparse layers are stored as
 * runs down a column ([row, col, count, value], 1-based), so a formatted 20,000-row column is one
 * entry.
 */
import type { EmuContext } from '../context';
import type { CriteriaName } from '../enums';
import { isDate } from '../realm';
import { type GridRect, quoteSheetName } from './a1';
import type { CellValue } from './conversion';
import { EmuDataValidation, type RuleSpec } from './dataValidation';
import type { FormatOp, Json } from './formatting';
import type { Layer } from './layer';
import { EmuRange } from './range';
import { resolveA1 } from './sheet';
import { SheetModel } from './sheetModel';
import type { SpreadsheetModel } from './spreadsheetModel';

export type CellJson = string | number | boolean | { date: number } | null;
export type Run<T> = [row: number, col: number, count: number, value: T];

export interface RuleJson {
  criteria: string;
  args: Json[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ProtectionJson {
  type: 'RANGE' | 'SHEET';
  rect: GridRect | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: GridRect[];
  rangeName: string | null;
}

export interface SheetJson {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  columnWidths: Array<[number, number]>;
  rowHeights: Array<[number, number]>;
  hiddenColumns: number[];
  hiddenRows: number[];
  /** Row by row from row 1; null for an empty row or cell. */
  values: Array<CellJson[] | null>;
  formulas: Array<Run<string>>;
  numberFormats: Array<Run<string>>;
  notes: Array<Run<string>>;
  validationRules: RuleJson[];
  /** Value: index into validationRules. */
  validations: Array<Run<number>>;
  formats: FormatOp[];
  protections: ProtectionJson[];
}

export interface SpreadsheetJson {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  activeSheetId: number;
  sheetSequence: number;
  sheets: SheetJson[];
}

function encodeRuns<T, V>(layer: Layer<T>, encode: (value: T) => V): Array<Run<V>> {
  const runs: Array<Run<V>> = [];
  const open = new Map<number, { run: Run<V>; raw: T }>();
  for (const [r, c, raw] of layer.cells()) {
    const current = open.get(c);
    if (current && current.raw === raw && current.run[0] + current.run[2] === r + 1) {
      current.run[2] += 1;
      continue;
    }
    const run: Run<V> = [r + 1, c + 1, 1, encode(raw)];
    runs.push(run);
    open.set(c, { run, raw });
  }
  return runs;
}

function decodeRuns<T, V>(
  layer: Layer<T>,
  runs: ReadonlyArray<Run<V>>,
  decode: (value: V) => T | undefined,
): void {
  for (const [row, col, count, value] of runs) {
    const decoded = decode(value);
    layer.fill(row - 1, col - 1, count, 1, decoded);
  }
}

function encodeCell(value: CellValue | undefined): CellJson {
  if (value === undefined || value === '') return null;
  return isDate(value) ? { date: value.getTime() } : (value as CellJson);
}

function decodeCell(json: CellJson | undefined): CellValue | undefined {
  if (json === null || json === undefined) return undefined;
  return typeof json === 'object' ? new Date(json.date) : json;
}

function encodeArg(arg: unknown): Json {
  if (isDate(arg)) return { $date: arg.getTime() };
  if (arg instanceof EmuRange) return { $range: `${quoteSheetName(arg.sheet.name)}!${arg.getA1Notation()}` };
  if (Array.isArray(arg)) return arg.map(encodeArg);
  if (arg === undefined) return null;
  return arg as Json;
}

function decodeArg(ctx: EmuContext, sheet: SheetModel, json: Json): unknown {
  if (Array.isArray(json)) return json.map((item) => decodeArg(ctx, sheet, item));
  if (json !== null && typeof json === 'object') {
    if (typeof json.$date === 'number') return new Date(json.$date);
    if (typeof json.$range === 'string') return resolveA1(ctx, sheet, json.$range).range;
  }
  return json;
}

export function encodeSheet(sheet: SheetModel): SheetJson {
  const rules: EmuDataValidation[] = [];
  const values: Array<CellJson[] | null> = sheet.values.rows.map((row) => {
    if (!row) return null;
    const out = Array.from(row, encodeCell);
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out.length === 0 ? null : out;
  });
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  const validations = encodeRuns(sheet.validations, (rule) => {
    let index = rules.indexOf(rule);
    if (index === -1) index = rules.push(rule) - 1;
    return index;
  });
  return {
    id: sheet.id,
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    columnWidths: [...sheet.columnWidths],
    rowHeights: [...sheet.rowHeights],
    hiddenColumns: [...sheet.hiddenColumns],
    hiddenRows: [...sheet.hiddenRows],
    values,
    formulas: encodeRuns(sheet.formulas, String),
    numberFormats: encodeRuns(sheet.numberFormats, String),
    notes: encodeRuns(sheet.notes, String),
    validationRules: rules.map(({ spec }) => ({
      criteria: spec.criteria,
      args: spec.args.map(encodeArg),
      allowInvalid: spec.allowInvalid,
      helpText: spec.helpText,
    })),
    validations,
    formats: sheet.formats.ops.map((op) => JSON.parse(JSON.stringify(op)) as FormatOp),
    protections: sheet.protections.map((p) => ({
      type: p.type,
      rect: p.rect ? { ...p.rect } : null,
      description: p.description,
      warningOnly: p.warningOnly,
      editors: [...p.editors],
      domainEdit: p.domainEdit,
      unprotected: p.unprotected.map((r) => ({ ...r })),
      rangeName: p.rangeName,
    })),
  };
}

/** Fills `sheet` (new and empty) from JSON. Validation rules may name other sheets: decode last. */
export function decodeSheetInto(json: SheetJson, sheet: SheetModel): void {
  sheet.maxRows = json.maxRows;
  sheet.maxColumns = json.maxColumns;
  sheet.frozenRows = json.frozenRows;
  sheet.frozenColumns = json.frozenColumns;
  sheet.hidden = json.hidden;
  sheet.tabColor = json.tabColor;
  sheet.columnWidths = new Map(json.columnWidths);
  sheet.rowHeights = new Map(json.rowHeights);
  sheet.hiddenColumns = new Set(json.hiddenColumns);
  sheet.hiddenRows = new Set(json.hiddenRows);
  json.values.forEach((row, r) => {
    if (!row) return;
    const target = sheet.values.ensureRow(r);
    row.forEach((cell, c) => {
      target[c] = decodeCell(cell);
    });
  });
  decodeRuns(sheet.formulas, json.formulas, String);
  decodeRuns(sheet.numberFormats, json.numberFormats, String);
  decodeRuns(sheet.notes, json.notes, String);
  sheet.formats.ops = json.formats.map((op) => JSON.parse(JSON.stringify(op)) as FormatOp);
  sheet.protections = json.protections.map((p) => ({
    ...p,
    sheet,
    rect: p.rect ? { ...p.rect } : null,
    editors: [...p.editors],
    unprotected: p.unprotected.map((r) => ({ ...r })),
  }));
  sheet.touch();
}

export function decodeValidationsInto(ctx: EmuContext, json: SheetJson, sheet: SheetModel): void {
  const rules = json.validationRules.map((rule) => {
    const spec: RuleSpec = {
      criteria: rule.criteria as CriteriaName,
      args: rule.args.map((arg) => decodeArg(ctx, sheet, arg)),
      allowInvalid: rule.allowInvalid,
      helpText: rule.helpText,
    };
    return new EmuDataValidation(ctx, spec);
  });
  decodeRuns(sheet.validations, json.validations, (index) => rules[index]);
}

export function encodeSpreadsheet(book: SpreadsheetModel): SpreadsheetJson {
  return {
    id: book.id,
    name: book.name,
    timeZone: book.timeZone,
    locale: book.locale,
    activeSheetId: book.activeSheetId,
    sheetSequence: book.sheetSequence,
    sheets: book.sheets.map(encodeSheet),
  };
}

/** Replaces the workbook's sheets and settings with the JSON's. */
export function restoreSpreadsheet(ctx: EmuContext, json: SpreadsheetJson): void {
  const book = ctx.book;
  book.name = json.name;
  book.timeZone = json.timeZone;
  book.locale = json.locale;
  book.sheetSequence = json.sheetSequence;
  book.sheets = json.sheets.map((sheetJson) => {
    const sheet = new SheetModel(sheetJson.id, sheetJson.name);
    decodeSheetInto(sheetJson, sheet);
    return sheet;
  });
  json.sheets.forEach((sheetJson, i) => {
    const sheet = book.sheets[i];
    if (sheet) decodeValidationsInto(ctx, sheetJson, sheet);
  });
  book.activeSheetId = json.activeSheetId;
}

/** Insert-sheet-from-template: the new sheet gets a copy of everything on the template. */
export function copySheetContents(ctx: EmuContext, from: SheetModel, to: SheetModel): void {
  const json = encodeSheet(from);
  decodeSheetInto({ ...json, hidden: false }, to);
  decodeValidationsInto(ctx, json, to);
}
