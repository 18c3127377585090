/** WorkbookPort over SpreadsheetApp: every read and write is one batched Range call. */
import type { TabLayout, TabProtection, WorkbookPort } from '../app/ports';
import type { Grid } from '../core/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const DATE_FORMAT = 'd mmm yyyy';

export class SpreadsheetWorkbook implements WorkbookPort {
  private names: string[] | null = null;
  private readonly sheets = new Map<string, Sheet | null>();
  private zone: string | null = null;
  private readonly sizes = new Map<Sheet, { rows: number; columns: number }>();

  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone() || 'Europe/London';
    return this.zone;
  }

  url(tab?: string): string {
    const base = this.spreadsheet.getUrl();
    const sheet = tab ? this.sheet(tab) : null;
    return sheet ? `${base}#gid=${sheet.getSheetId()}` : base;
  }

  tabNames(): string[] {
    if (!this.names) {
      const sheets = this.spreadsheet.getSheets();
      this.names = sheets.map((sheet) => {
        const name = sheet.getName();
        this.sheets.set(name, sheet);
        return name;
      });
    }
    return [...this.names];
  }

  hasTab(name: string): boolean {
    return this.sheet(name) !== null;
  }

  private sheet(name: string): Sheet | null {
    if (!this.sheets.has(name)) this.sheets.set(name, this.spreadsheet.getSheetByName(name));
    return this.sheets.get(name) ?? null;
  }

  private requireSheet(name: string): Sheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`The "${name}" tab is missing.`);
    return sheet;
  }

  readTab(name: string): Grid {
    const sheet = this.sheet(name);
    if (!sheet) return [];
    const values = sheet.getDataRange().getValues() as Grid;
    return values.length === 1 && values[0]?.length === 1 && values[0][0] === '' ? [] : values;
  }

  readTop(name: string, rows: number): Grid {
    const sheet = this.sheet(name);
    if (!sheet) return [];
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    if (lastRow === 0 || lastColumn === 0) return [];
    return sheet.getRange(1, 1, Math.min(rows, lastRow), lastColumn).getValues() as Grid;
  }

  createTab(name: string, layout: TabLayout): void {
    const sheet = this.spreadsheet.insertSheet(name);
    this.sheets.set(name, sheet);
    this.names?.push(name);

    if (layout.headers.length > 0) {
      sheet
        .getRange(1, 1, 1, layout.headers.length)
        .setValues([[...layout.headers]])
        .setFontWeight('bold')
        .setBackground('#f1f3f4');
    }
    if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
    for (const [column, width] of Object.entries(layout.widths ?? {}))
      sheet.setColumnWidth(Number(column), width);
    this.formatBody(name, layout, sheet.getMaxRows() - 1);
  }

  formatBody(name: string, layout: TabLayout, bodyRows: number): void {
    if (bodyRows < 1) return;
    const sheet = this.requireSheet(name);
    const column = (index: number) => sheet.getRange(2, index, bodyRows, 1);
    for (const index of layout.dateColumns ?? []) column(index).setNumberFormat(DATE_FORMAT);
    for (const rule of layout.lists ?? []) {
      const validation = SpreadsheetApp.newDataValidation()
        .requireValueInList([...rule.values], true)
        .setAllowInvalid(rule.allowInvalid ?? false)
        .build();
      column(rule.column).setDataValidation(validation);
    }
    for (const index of layout.checkboxColumns ?? []) {
      column(index).setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    }
  }

  private size(sheet: Sheet): { rows: number; columns: number } {
    let size = this.sizes.get(sheet);
    if (!size) {
      size = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
      this.sizes.set(sheet, size);
    }
    return size;
  }

  /** Makes the tab at least rows × columns; Sheets does not grow on getRange. */
  private ensureSize(sheet: Sheet, rows: number, columns: number): void {
    const size = this.size(sheet);
    if (rows > size.rows) {
      sheet.insertRowsAfter(size.rows, rows - size.rows);
      size.rows = rows;
    }
    if (columns > size.columns) {
      sheet.insertColumnsAfter(size.columns, columns - size.columns);
      size.columns = columns;
    }
  }

  write(name: string, row: number, column: number, values: Grid): void {
    const width = values[0]?.length ?? 0;
    if (values.length === 0 || width === 0) return;
    const sheet = this.requireSheet(name);
    this.ensureSize(sheet, row + values.length - 1, column + width - 1);
    sheet.getRange(row, column, values.length, width).setValues(values);
  }

  append(name: string, rows: Grid): number {
    const first = this.requireSheet(name).getLastRow() + 1;
    this.write(name, first, 1, rows);
    return first;
  }

  clearFrom(name: string, fromRow: number): void {
    const sheet = this.requireSheet(name);
    const lastRow = sheet.getLastRow();
    if (lastRow < fromRow) return;
    sheet.getRange(fromRow, 1, lastRow - fromRow + 1, Math.max(sheet.getLastColumn(), 1)).clearContent();
  }

  protect(name: string, protection: TabProtection): void {
    const sheet = this.sheet(name);
    if (!sheet) return;
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    if (existing.some((p) => p.getDescription() === protection.description)) return;
    const sheetProtection = lockDown(sheet.protect().setDescription(protection.description));
    if (protection.kind === 'senco-only') return;
    const bodyRows = this.size(sheet).rows - 1;
    const editable = columnRuns(protection.editableColumns).map(([first, count]) =>
      sheet.getRange(2, first, bodyRows, count),
    );
    sheetProtection.setUnprotectedRanges(editable);
    for (const range of editable) {
      lockDown(range.protect().setDescription(`${protection.description} (editable)`)).addEditor(
        protection.editorEmail,
      );
    }
  }
}

/** [6, 7, 9] → [[6, 2], [9, 1]]: adjacent columns share one range (and one protection). */
function columnRuns(columns: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === column) last[1] += 1;
    else runs.push([column, 1]);
  }
  return runs;
}

/** Leaves only the owner and the person running the add-on as editors (they cannot be removed). */
function lockDown(
  protection: GoogleAppsScript.Spreadsheet.Protection,
): GoogleAppsScript.Spreadsheet.Protection {
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return protection;
}
