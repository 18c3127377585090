/**
 * Short names for the Apps Script types the emulator implements, and the one cast between an
 * emulator object and the interface code under test sees.
 *
 * Each emulator class `implements Pick<GasX, ...>`, so the compiler checks every method it has
 * against @types/google-apps-script. Callers get the whole interface, as app code does; a method
 * the emulator lacks fails at run time with "... is not a function" rather than pretending.
 */
export type GasSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
export type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GasRange = GoogleAppsScript.Spreadsheet.Range;
export type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
export type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type GasDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export type GasUser = GoogleAppsScript.Base.User;
export type GasUi = GoogleAppsScript.Base.Ui;
export type GasMenu = GoogleAppsScript.Base.Menu;
export type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** Widens an emulator object (a checked subset of T) to T. The only cast of its kind. */
export function asGas<T>(implementation: Partial<T>): T {
  return implementation as T;
}
