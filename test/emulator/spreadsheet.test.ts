import { fresh } from './setup';

describe('Spreadsheet', () => {
  it('starts with one empty Sheet1', () => {
    const { ss } = fresh();

    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  it('has the name, zone and locale it was created with', () => {
    const { ss } = fresh({ spreadsheetName: 'Example SEND', timeZone: 'Europe/Dublin' });

    expect([ss.getName(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual([
      'Example SEND',
      'Europe/Dublin',
      'en_GB',
    ]);
  });

  it('defaults to SEND Register in Europe/London', () => {
    const { ss } = fresh();

    expect([ss.getName(), ss.getSpreadsheetTimeZone()]).toEqual(['SEND Register', 'Europe/London']);
  });

  it('has an edit URL made from its id', () => {
    const { ss } = fresh({ spreadsheetId: 'abc123' });

    expect(ss.getId()).toBe('abc123');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/abc123/edit');
  });

  it('changes its time zone', () => {
    const { ss } = fresh();

    ss.setSpreadsheetTimeZone('Asia/Kolkata');

    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Kolkata');
  });

  it('returns null for a sheet name it does not have', () => {
    const { ss } = fresh();

    expect(ss.getSheetByName('Tasks')).toBeNull();
  });

  it('matches sheet names exactly', () => {
    const { ss } = fresh();
    ss.insertSheet('Tasks');

    expect(ss.getSheetByName('tasks')).toBeNull();
  });

  it('inserts a 1000 x 26 sheet at the end and activates it', () => {
    const { ss } = fresh();

    const sheet = ss.insertSheet('Tasks');

    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getIndex()]).toEqual([1000, 26, 2]);
    expect(ss.getActiveSheet().getName()).toBe('Tasks');
  });

  it('inserts a sheet at a 0-based position', () => {
    const { ss } = fresh();
    ss.insertSheet('B');

    ss.insertSheet('A', 0);

    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet1', 'B']);
  });

  it('names an unnamed sheet SheetN', () => {
    const { ss } = fresh();

    expect(ss.insertSheet().getName()).toBe('Sheet2');
  });

  it('refuses a duplicate sheet name, in Sheets words', () => {
    const { ss } = fresh();
    ss.insertSheet('Tasks');

    expect(() => ss.insertSheet('Tasks')).toThrow(
      'A sheet with the name "Tasks" already exists. Please enter another name.',
    );
  });

  it('refuses a name that differs only in case', () => {
    const { ss } = fresh();
    ss.insertSheet('Tasks');

    expect(() => ss.insertSheet('TASKS')).toThrow('A sheet with the name "TASKS" already exists.');
  });

  it('copies a template sheet', () => {
    const { ss, sheet } = fresh();
    sheet.getRange('A1').setValue('Header').setFontWeight('bold');
    sheet.setFrozenRows(1);

    const copy = ss.insertSheet('Copy', { template: sheet });

    expect([
      copy.getRange('A1').getValue(),
      copy.getRange('A1').getFontWeight(),
      copy.getFrozenRows(),
    ]).toEqual(['Header', 'bold', 1]);
  });

  it('deletes a sheet', () => {
    const { ss } = fresh();
    const tasks = ss.insertSheet('Tasks');

    ss.deleteSheet(tasks);

    expect(ss.getSheetByName('Tasks')).toBeNull();
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
  });

  it('refuses to delete the last sheet', () => {
    const { ss, sheet } = fresh();

    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  it('finds a sheet by id', () => {
    const { ss } = fresh();
    const tasks = ss.insertSheet('Tasks');

    expect(ss.getSheetById(tasks.getSheetId())?.getName()).toBe('Tasks');
  });

  it('sets the active sheet', () => {
    const { ss, app } = fresh();
    const first = ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    ss.insertSheet('Tasks');

    ss.setActiveSheet(first);

    expect(app.getActiveSheet().getName()).toBe('Sheet1');
  });

  it('records toasts', () => {
    const { ss, emu } = fresh();

    ss.toast('Saved', 'SEND Delegate');

    expect(emu.toasts).toEqual([{ message: 'Saved', title: 'SEND Delegate', timeoutSeconds: 5 }]);
  });

  it('is the same spreadsheet through getActive and getActiveSpreadsheet', () => {
    const { app } = fresh();

    expect(app.getActive().getId()).toBe(app.getActiveSpreadsheet().getId());
  });

  it('starts from the tabs given in options', () => {
    const { ss } = fresh({ sheets: { Register: [['Name'], ['Amara']], Staff: [] } });

    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Register', 'Staff']);
    expect(ss.getSheetByName('Register')?.getDataRange().getValues()).toEqual([['Name'], ['Amara']]);
  });
});
