/**
 * An invented school for tests: a register with the school's own tab name and headers (title row
 * above the headers), a Staff tab, and helpers to read tabs back. No real people.
 */
import type { Cell, Grid } from '../../src/core/types';

export const REGISTER_TAB = 'SEND Register 2026-27';

export const REGISTER_ROWS: Grid = [
  ['SEND Register 2026-27 (confidential)', '', '', '', '', '', '', '', ''],
  ['MIS ID', 'Surname', 'First name', 'Yr', 'Form', 'SEN Stage', 'Primary Need', 'Key adult', 'Next review'],
  ["'007", 'Okafor', 'Amara', 'Year 4', '4B', 'SEN Support', 'Autism', 'Jo Smith', '15/01/2027'],
  ['1002', 'Brennan', 'Leo', 'Y5', '5A', 'E', 'SEMH', 'Sam Patel', '2027-02-01'],
  ['1003', 'Shah', 'Priya', '6', '6C', 'K', 'SPLD', 'Jo Smith', ''],
  ['1004', 'Nowak', 'Tomasz', 'R', 'RB', 'K', '', '', ''],
  ['1005', 'McKenzie', 'Isla', '3', '3A', 'N', '', '', ''],
  ['1006', 'Clarke', 'Ethan', '2', '2B', 'EHCP', 'SLCN', 'Sam Patel', ''],
];

export const STAFF_ROWS: Grid = [
  ['Name', 'Email', 'Role', 'Active'],
  ['Jo Smith', 'jo.smith@example.school', 'TA', true],
  ['Sam Patel', 's.patel@example.school', 'HLTA', true],
  ['Chris Evans', 'c.evans@example.school', 'Teacher', true],
  ['Office Team', 'office@example.school', 'Office', true],
  ['Dana Ford', 'd.ford@example.school', 'TA', false],
];

/** Minimal shape of the emulator's spreadsheet the fixtures need (the real Apps Script API). */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function writeTab(spreadsheet: Spreadsheet, name: string, rows: Grid): void {
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  const width = Math.max(...rows.map((row) => row.length));
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((row) => [...row, ...Array(width - row.length).fill('')]));
}

export function seedSchool(spreadsheet: Spreadsheet, options: { staff?: boolean } = {}): void {
  const first = spreadsheet.getSheets()[0];
  if (first) first.setName(REGISTER_TAB);
  writeTab(spreadsheet, REGISTER_TAB, REGISTER_ROWS);
  if (options.staff !== false) writeTab(spreadsheet, 'Staff', STAFF_ROWS);
}

export function values(spreadsheet: Spreadsheet, name: string): Cell[][] {
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ? (sheet.getDataRange().getValues() as Cell[][]) : [];
}

/** Every tab's values and formulas: for "nothing was written" assertions. */
export function snapshot(
  spreadsheet: Spreadsheet,
): Record<string, { values: Cell[][]; formulas: string[][] }> {
  const out: Record<string, { values: Cell[][]; formulas: string[][] }> = {};
  for (const sheet of spreadsheet.getSheets()) {
    const range = sheet.getDataRange();
    out[sheet.getName()] = { values: range.getValues() as Cell[][], formulas: range.getFormulas() };
  }
  return out;
}

/** Rows of a tab as objects keyed by the header row. */
export function records(spreadsheet: Spreadsheet, name: string, headerRow = 1): Record<string, Cell>[] {
  const grid = values(spreadsheet, name);
  const headers = (grid[headerRow - 1] ?? []).map(String);
  return grid
    .slice(headerRow)
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(headers.map((header, i) => [header, row[i] ?? ''])));
}
