import type { Cell } from '../../src/core/types';

/** Sets one value on the Settings tab, by its label, as the SENCO would type it. */
export function setSetting(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  label: string,
  value: Cell,
): void {
  const sheet = spreadsheet.getSheetByName('Settings')!;
  const labels = sheet
    .getDataRange()
    .getValues()
    .map((row) => row[0]);
  const row = labels.indexOf(label) + 1;
  if (row === 0) throw new Error(`No setting labelled ${label}`);
  sheet.getRange(row, 2).setValue(value);
}

/** Adds a holiday row under the Settings tab's holiday table. */
export function addHoliday(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  start: string,
  end: string,
): void {
  const sheet = spreadsheet.getSheetByName('Settings')!;
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, 3).setValues([[start, end, 'Holiday']]);
}
