import { createEmulator } from '../../emulator';
import { fresh } from './setup';

/** Saves to a JSON string and restores from it, as the playground does across restarts. */
function restart(emu: ReturnType<typeof createEmulator>) {
  const restored = createEmulator({ state: JSON.parse(JSON.stringify(emu)) });
  const ss = restored.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { restored, ss };
}

describe('toJSON and restore', () => {
  it('keeps values, including Dates, numbers and booleans', () => {
    const { emu, sheet } = fresh();
    const date = new Date('2025-02-01T00:00:00Z');
    sheet.getRange('A1:D1').setValues([['text', 7, true, date]]);

    const { ss } = restart(emu);

    expect(ss.getSheets()[0]?.getRange('A1:D1').getValues()).toEqual([['text', 7, true, date]]);
  });

  it('keeps formulas', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('B2').setFormula('=A1*2');

    const { ss } = restart(emu);

    expect(ss.getSheets()[0]?.getRange('B2').getFormula()).toBe('=A1*2');
  });

  it('keeps sheets in order with their settings', () => {
    const { emu, ss: before, sheet } = fresh();
    sheet.setName('Register');
    const tasks = before.insertSheet('Tasks');
    tasks.setFrozenRows(1);
    tasks.setColumnWidth(2, 240);
    tasks.hideColumns(5);
    tasks.setTabColor('#0000ff');
    sheet.activate();

    const { ss } = restart(emu);
    const restoredTasks = ss.getSheetByName('Tasks');

    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Register', 'Tasks']);
    expect(restoredTasks?.getSheetId()).toBe(tasks.getSheetId());
    expect(restoredTasks?.getFrozenRows()).toBe(1);
    expect(restoredTasks?.getColumnWidth(2)).toBe(240);
    expect(restoredTasks?.isColumnHiddenByUser(5)).toBe(true);
    expect(restoredTasks?.getTabColor()).toBe('#0000ff');
    expect(ss.getActiveSheet().getName()).toBe('Register');
  });

  it('keeps number formats, notes and recorded formatting', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1:A3').setNumberFormat('@');
    sheet.getRange('B1').setNote('note').setFontWeight('bold');

    const first = restart(emu).ss.getSheets()[0];

    expect(first?.getRange('A1:A4').getNumberFormats()).toEqual([['@'], ['@'], ['@'], ['0.###############']]);
    expect(first?.getRange('B1').getNote()).toBe('note');
    expect(first?.getRange('B1').getFontWeight()).toBe('bold');
  });

  it('keeps data validation', () => {
    const { emu, app, sheet } = fresh();
    sheet
      .getRange('J2:J20')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['Open', 'Done']).setAllowInvalid(false).build(),
      );

    const rule = restart(emu).ss.getSheets()[0]?.getRange('J20').getDataValidation();

    expect(rule?.getCriteriaValues()).toEqual([['Open', 'Done'], true]);
    expect(rule?.getAllowInvalid()).toBe(false);
  });

  it('keeps protections', () => {
    const { emu, app, sheet } = fresh();
    sheet.getRange('A1:C1').protect().setDescription('Headers').setWarningOnly(true);

    const [protection] = restart(emu).ss.getSheets()[0]?.getProtections(app.ProtectionType.RANGE) ?? [];

    expect(protection?.getDescription()).toBe('Headers');
    expect(protection?.isWarningOnly()).toBe(true);
    expect(protection?.getRange().getA1Notation()).toBe('A1:C1');
  });

  it('keeps properties, outbox, triggers and mail quota', () => {
    const { emu, ss } = fresh({ mailQuota: 10 });
    emu.globals.PropertiesService.getDocumentProperties().setProperty('setUp', 'yes');
    emu.globals.MailApp.sendEmail('jo@example.school', 'Hello', 'Body');
    emu.globals.ScriptApp.newTrigger('sendReminders').timeBased().atHour(7).everyDays(1).create();
    emu.globals.ScriptApp.newTrigger('sync').forSpreadsheet(ss).onEdit().create();

    const { restored } = restart(emu);

    expect(restored.globals.PropertiesService.getDocumentProperties().getProperty('setUp')).toBe('yes');
    expect(restored.outbox).toEqual(emu.outbox);
    expect(restored.outbox[0]?.sentAt).toBeInstanceOf(Date);
    expect(restored.triggers).toEqual(emu.triggers);
    expect(restored.globals.MailApp.getRemainingDailyQuota()).toBe(9);
  });

  it('keeps the clock', () => {
    const { emu } = fresh();
    emu.clock.set('2026-12-07T09:00:00Z');

    const { restored } = restart(emu);

    expect(restored.clock.now().toISOString()).toBe('2026-12-07T09:00:00.000Z');
  });

  it('keeps the spreadsheet id, name and zone', () => {
    const { emu, ss: before } = fresh({ spreadsheetName: 'Example', timeZone: 'Europe/Dublin' });

    const { ss } = restart(emu);

    expect([ss.getId(), ss.getName(), ss.getSpreadsheetTimeZone()]).toEqual([
      before.getId(),
      'Example',
      'Europe/Dublin',
    ]);
  });

  it('gives new sheets ids that do not clash with restored ones', () => {
    const { emu, ss: before } = fresh();
    const first = before.insertSheet('A').getSheetId();

    const { ss } = restart(emu);

    expect(ss.insertSheet('B').getSheetId()).not.toBe(first);
  });

  it('refuses something that is not a saved state', () => {
    expect(() => createEmulator({ state: { version: 99 } as never })).toThrow('Not an emulator state');
  });
});
