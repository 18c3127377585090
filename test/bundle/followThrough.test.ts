/** The follow-through entry points of dist/Code.js, driven through its globals as Apps Script would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createEmulator } from '../../emulator';
import { records, seedSchool } from '../support/school';

const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');

function setUp() {
  const globals: Record<string, unknown> = {};
  const emu = createEmulator({
    runTrigger: (functionName, event) => (globals[functionName] as (e: unknown) => void)(event),
  });
  emu.clock.set(new Date('2026-12-07T09:00:00Z'));
  seedSchool(emu.spreadsheet);
  const context = vm.createContext({ Date: emu.clock.dateClass(Date), ...emu.globals });
  vm.runInContext(code, context);
  Object.assign(globals, context);
  const call = <T = unknown>(name: string, ...args: unknown[]) =>
    (context[name] as (...a: unknown[]) => T)(...args);
  call('setUpWorkbook');
  call('delegateTask', {
    requestId: 'b1',
    pupilIds: ['1002'],
    assigneeEmails: ['jo.smith@example.school'],
    title: 'Collect pupil voice',
    dueDate: '2026-12-08',
  });
  return { emu, call };
}

describe('dist/Code.js follow-through', () => {
  it("copies an assignee's edit into the log through the installed on-edit trigger", () => {
    const { emu } = setUp();

    emu.userEdit('Tasks – J Smith', 'F2', 'Done');

    expect(records(emu.spreadsheet, 'Tasks')[0]?.Status).toBe('Done');
  });

  it('sends reminders through the sendReminders global', () => {
    const { emu, call } = setUp();
    const before = emu.outbox.length;

    call('sendReminders');

    expect(emu.outbox.slice(before).some((mail) => mail.to === 'jo.smith@example.school')).toBe(true);
  });

  it('turns daily reminders on at the Settings hour, and off, from the menu', () => {
    const { emu, call } = setUp();

    call('menuTurnOnReminders');
    const on = emu.triggers.filter((trigger) => trigger.handler === 'sendReminders');
    call('menuTurnOffReminders');

    expect(on).toHaveLength(1);
    expect(on[0]?.clock?.atHour).toBe(7);
    expect(emu.triggers.filter((trigger) => trigger.handler === 'sendReminders')).toHaveLength(0);
    expect(emu.alerts.map((alert) => String(alert.prompt ?? '')).join(' ')).toContain(
      'Daily reminders are on',
    );
  });

  it('offers every menu item as a declared global', () => {
    const { emu, call } = setUp();
    call('onOpen', { authMode: 'NONE' });
    const entryPoints: string[] = JSON.parse(
      readFileSync(join(__dirname, '../../dist/entry-points.json'), 'utf8'),
    );

    const handlers = (emu.menus.at(-1)?.items ?? []).flatMap((item) =>
      'functionName' in item ? [item.functionName] : [],
    );

    expect(handlers.length).toBeGreaterThan(5);
    for (const handler of handlers) expect(entryPoints).toContain(handler);
  });

  it('refreshes the Dashboard tab from the menu', () => {
    const { emu, call } = setUp();

    call('menuRefreshDashboard');

    expect(emu.sheetNames()).toContain('Dashboard');
  });
});
