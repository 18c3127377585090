import type { EditEvent } from '../../emulator';
import { fresh, londonMidnight } from './setup';

function withEditTrigger() {
  const runs: Array<{ handler: string; event: EditEvent }> = [];
  const setup = fresh({ runTrigger: (handler, event) => runs.push({ handler, event }) });
  setup.sheet.setName('Tasks – J Smith');
  setup.emu.globals.ScriptApp.newTrigger('syncTaskStatuses').forSpreadsheet(setup.ss).onEdit().create();
  return { ...setup, runs };
}

describe('userEdit', () => {
  it('sets the cell as a person typing would', () => {
    const { emu, sheet } = fresh();

    emu.userEdit('Sheet1', 'B2', '01/02/2025');

    expect(sheet.getRange('B2').getValue()).toEqual(londonMidnight('2025-02-01'));
  });

  it('fires each installed onEdit trigger with an Apps Script-shaped event', () => {
    const { emu, runs, ss } = withEditTrigger();
    emu.userEdit('Tasks – J Smith', 'J2', 'In progress');
    emu.userEdit('Tasks – J Smith', 'J2', 'Done');

    const last = runs[1];

    expect(runs.map((r) => r.handler)).toEqual(['syncTaskStatuses', 'syncTaskStatuses']);
    expect(last?.event.value).toBe('Done');
    expect(last?.event.oldValue).toBe('In progress');
    expect(last?.event.range.getA1Notation()).toBe('J2');
    expect(last?.event.range.getSheet().getName()).toBe('Tasks – J Smith');
    expect(last?.event.source.getId()).toBe(ss.getId());
    expect(last?.event.authMode).toBe(emu.globals.ScriptApp.AuthMode.FULL);
    expect(last?.event.user.getEmail()).toBe('senco@example.school');
    expect(last?.event.triggerUid).toBe(emu.triggers[0]?.uid);
  });

  it('leaves oldValue out when the cell was empty', () => {
    const { emu, runs } = withEditTrigger();

    emu.userEdit('Tasks – J Smith', 'K2', 'note');

    expect('oldValue' in (runs[0]?.event ?? {})).toBe(false);
  });

  it('lets the handler read the new value through the range', () => {
    const seen: unknown[] = [];
    const { emu, ss } = fresh({ runTrigger: (_handler, event) => seen.push(event.range.getValue()) });
    emu.globals.ScriptApp.newTrigger('h').forSpreadsheet(ss).onEdit().create();

    emu.userEdit('Sheet1', 'A1', '007');

    expect(seen).toEqual([7]);
  });

  it('fires nothing when no onEdit trigger is installed', () => {
    const runs: string[] = [];
    const { emu } = fresh({ runTrigger: (handler) => runs.push(handler) });

    emu.userEdit('Sheet1', 'A1', 'x');

    expect(runs).toEqual([]);
  });

  it('refuses a value a strict validation rule does not allow, changing nothing', () => {
    const { emu, app, sheet } = fresh();
    sheet
      .getRange('A1')
      .setValue('Not started')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['Not started', 'Done']).setAllowInvalid(false).build(),
      );

    expect(() => emu.userEdit('Sheet1', 'A1', 'Maybe')).toThrow(
      'The data you entered in cell A1 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('A1').getValue()).toBe('Not started');
  });

  it('accepts a listed value', () => {
    const { emu, app, sheet } = fresh();
    sheet
      .getRange('A1')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['Not started', 'Done']).setAllowInvalid(false).build(),
      );

    emu.userEdit('Sheet1', 'A1', 'Done');

    expect(sheet.getRange('A1').getValue()).toBe('Done');
  });

  it('re-throws a handler error after the edit has been made', () => {
    const { emu, ss, sheet } = fresh({
      runTrigger: () => {
        throw new Error('handler failed');
      },
    });
    emu.globals.ScriptApp.newTrigger('h').forSpreadsheet(ss).onEdit().create();

    expect(() => emu.userEdit('Sheet1', 'A1', 'x')).toThrow('handler failed');
    expect(sheet.getRange('A1').getValue()).toBe('x');
  });

  it('does not count as Spreadsheet calls by the script', () => {
    const { emu } = fresh();

    emu.userEdit('Sheet1', 'A1', 'x');

    expect(emu.calls).toBe(0);
  });

  it('says when the sheet does not exist', () => {
    const { emu } = fresh();

    expect(() => emu.userEdit('Nope', 'A1', 'x')).toThrow('userEdit: there is no sheet named "Nope".');
  });
});
