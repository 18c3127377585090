import { fresh } from './setup';

describe('call counting', () => {
  it('counts each Spreadsheet round trip by method', () => {
    const { emu, app } = fresh();

    const sheet = app.getActiveSpreadsheet().getSheetByName('Sheet1');
    sheet?.getRange(1, 1, 2, 2).setValues([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    sheet?.getDataRange().getValues();

    expect(emu.calls).toBe(6);
    expect(emu.callsByMethod).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });
  });

  it('counts protection and validation calls on ranges', () => {
    const { emu, app, sheet } = fresh();
    const rule = app.newDataValidation().requireCheckbox().build();
    emu.resetCalls();

    sheet.getRange('A1').setDataValidation(rule).protect().setDescription('x');

    expect(emu.callsByMethod).toEqual({
      'Sheet.getRange': 1,
      'Range.setDataValidation': 1,
      'Range.protect': 1,
      'Protection.setDescription': 1,
    });
  });

  it('does not count data validation builders', () => {
    const { emu, app } = fresh();

    const rule = app.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).build();
    rule.getCriteriaType();

    expect(emu.calls).toBe(0);
  });

  it('does not count other services or the Ui', () => {
    const { emu, app } = fresh();

    app.getUi().createAddonMenu().addItem('x', 'y').addToUi();
    app.flush();
    emu.globals.PropertiesService.getDocumentProperties().getProperty('x');
    emu.globals.Utilities.getUuid();

    expect(emu.calls).toBe(0);
  });

  it('does not count work the emulator does inside one call', () => {
    const { emu, ss } = fresh();

    ss.getDataRange();

    expect(emu.callsByMethod).toEqual({ 'Spreadsheet.getDataRange': 1 });
  });

  it('does not grow with the size of the data', () => {
    const { emu, sheet } = fresh();
    sheet.insertRowsAfter(1000, 9000);
    const rows = Array.from({ length: 10_000 }, (_, i) => [`row ${i}`]);
    emu.resetCalls();

    sheet.getRange(1, 1, rows.length, 1).setValues(rows);

    expect(emu.calls).toBe(2);
  });

  it('starts again from zero after resetCalls', () => {
    const { emu, ss } = fresh();
    ss.getSheets();

    emu.resetCalls();

    expect([emu.calls, emu.callsByMethod]).toEqual([0, {}]);
  });

  it('leaves out work done in uncounted()', () => {
    const { emu, ss } = fresh();

    emu.uncounted(() => ss.insertSheet('Arranged').getRange('A1').setValue('x'));

    expect(emu.calls).toBe(0);
    expect(ss.getSheetByName('Arranged')?.getRange('A1').getValue()).toBe('x');
  });
});

describe('authorisation', () => {
  it('refuses spreadsheet access under AuthMode.NONE', () => {
    const { emu, app } = fresh();

    emu.setAuthMode(emu.globals.ScriptApp.AuthMode.NONE);

    expect(() => app.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.',
    );
    expect(() => emu.globals.PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
    expect(emu.calls).toBe(0);
  });

  it('still builds menus under AuthMode.NONE', () => {
    const { emu, app } = fresh();
    emu.setAuthMode('NONE');

    app.getUi().createAddonMenu().addItem('Delegate task', 'showSidebar').addToUi();

    expect(emu.menus).toHaveLength(1);
  });

  it('allows everything again under FULL', () => {
    const { emu, app } = fresh();
    emu.setAuthMode('NONE');

    emu.setAuthMode('FULL');

    expect(app.getActiveSpreadsheet().getName()).toBe('SEND Register');
  });
});
