import { fresh } from './setup';

describe('ScriptApp triggers', () => {
  it('creates a daily clock trigger and records its schedule', () => {
    const { emu } = fresh();
    const script = emu.globals.ScriptApp;

    const trigger = script
      .newTrigger('sendReminders')
      .timeBased()
      .atHour(7)
      .nearMinute(30)
      .everyDays(1)
      .inTimezone('Europe/London')
      .create();

    expect(trigger.getHandlerFunction()).toBe('sendReminders');
    expect(trigger.getEventType()).toBe(script.EventType.CLOCK);
    expect(trigger.getTriggerSource()).toBe(script.TriggerSource.CLOCK);
    expect(emu.triggers).toEqual([
      {
        uid: trigger.getUniqueId(),
        handler: 'sendReminders',
        eventType: 'CLOCK',
        source: 'CLOCK',
        sourceId: '',
        clock: { atHour: 7, nearMinute: 30, everyDays: 1, timeZone: 'Europe/London' },
      },
    ]);
  });

  it('creates a weekly trigger on a weekday', () => {
    const { emu } = fresh();
    const script = emu.globals.ScriptApp;

    script.newTrigger('weekly').timeBased().onWeekDay(script.WeekDay.MONDAY).atHour(8).everyWeeks(1).create();

    expect(emu.triggers[0]?.clock).toEqual({ onWeekDay: 'MONDAY', atHour: 8, everyWeeks: 1 });
  });

  it('creates an onEdit trigger for the spreadsheet', () => {
    const { emu, ss } = fresh();
    const script = emu.globals.ScriptApp;

    const trigger = script.newTrigger('syncStatuses').forSpreadsheet(ss).onEdit().create();

    expect(trigger.getEventType()).toBe(script.EventType.ON_EDIT);
    expect(trigger.getTriggerSource()).toBe(script.TriggerSource.SPREADSHEETS);
    expect(trigger.getTriggerSourceId()).toBe(ss.getId());
  });

  it('accepts the spreadsheet id instead of the spreadsheet', () => {
    const { emu, ss } = fresh();

    emu.globals.ScriptApp.newTrigger('onOpenHandler').forSpreadsheet(ss.getId()).onOpen().create();

    expect(emu.triggers[0]?.eventType).toBe('ON_OPEN');
  });

  it('lists project and user triggers', () => {
    const { emu, ss } = fresh();
    const script = emu.globals.ScriptApp;
    script.newTrigger('a').timeBased().everyHours(1).create();
    script.newTrigger('b').forSpreadsheet(ss).onEdit().create();

    expect(script.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['a', 'b']);
    expect(script.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual(['a', 'b']);
  });

  it('deletes a trigger', () => {
    const { emu } = fresh();
    const script = emu.globals.ScriptApp;
    const trigger = script.newTrigger('a').timeBased().everyDays(1).create();

    script.deleteTrigger(trigger);

    expect(script.getProjectTriggers()).toHaveLength(0);
  });

  it('refuses a 21st trigger', () => {
    const { emu } = fresh();
    const script = emu.globals.ScriptApp;
    for (let i = 0; i < 20; i++) script.newTrigger(`f${i}`).timeBased().everyDays(1).create();

    expect(() => script.newTrigger('one-more').timeBased().everyDays(1).create()).toThrow(
      'This script has too many triggers.',
    );
  });

  it('exposes the AuthMode enum', () => {
    const { emu } = fresh();
    const { AuthMode } = emu.globals.ScriptApp;

    expect([AuthMode.NONE, AuthMode.LIMITED, AuthMode.FULL, AuthMode.CUSTOM_FUNCTION].map(String)).toEqual([
      'NONE',
      'LIMITED',
      'FULL',
      'CUSTOM_FUNCTION',
    ]);
  });
});
