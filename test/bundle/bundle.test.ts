/**
 * Tests what Google runs: dist/Code.js loaded in node:vm as a classic script, its services the
 * emulator's. Run `npm run build` first (npm test does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createEmulator } from '../../emulator';
import { records, seedSchool } from '../support/school';

const dist = join(__dirname, '../../dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');
const entryPoints: string[] = JSON.parse(readFileSync(join(dist, 'entry-points.json'), 'utf8'));
const SERVICES = [
  'SpreadsheetApp',
  'MailApp',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'HtmlService',
  'Session',
  'Utilities',
  'GmailApp',
  'DriveApp',
];

type Globals = Record<string, unknown>;

function load(globals: Globals): vm.Context {
  // Date comes from this realm so values the emulator returns pass `instanceof Date` in the bundle.
  const context = vm.createContext({ console, Date, ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

function call<T = unknown>(context: vm.Context, name: string, ...args: unknown[]): T {
  const fn = context[name] as (...a: unknown[]) => T;
  return fn(...args);
}

describe('dist/Code.js', () => {
  it('is a classic script: no import or export statements', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('touches no Apps Script service while loading', () => {
    const context = vm.createContext({ console });
    for (const name of SERVICES) {
      Object.defineProperty(context, name, {
        get() {
          throw new Error(`${name} was used at load time`);
        },
      });
    }

    expect(() => vm.runInContext(code, context)).not.toThrow();
  });

  it('declares exactly the exports of src/main.ts as top-level functions', () => {
    const context = load({});

    const functions = Object.keys(context).filter(
      (key) => typeof context[key] === 'function' && key !== 'Date',
    );
    expect(functions.sort()).toEqual([...entryPoints].sort());
    expect(entryPoints).toEqual(
      expect.arrayContaining([
        'onOpen',
        'onInstall',
        'showSidebar',
        'setUpWorkbook',
        'getSidebarState',
        'delegateTask',
      ]),
    );
  });

  it('builds the menu only under AuthMode.NONE', () => {
    const emu = createEmulator();
    const context = load(emu.globals);
    emu.resetCalls();
    // Under NONE the emulator refuses every service that needs authorisation, as Sheets does.
    emu.setAuthMode('NONE');

    call(context, 'onOpen', { authMode: emu.globals.ScriptApp.AuthMode.NONE });

    expect(emu.menus[0]?.items.map((item) => ('caption' in item ? item.caption : '-'))).toEqual(
      expect.arrayContaining(['Delegate task', 'Set up register']),
    );
    expect(emu.calls).toBe(0);
  });

  it('delegates a task end to end through the globals', () => {
    const emu = createEmulator({ htmlFiles: { Sidebar: readFileSync(join(dist, 'Sidebar.html'), 'utf8') } });
    seedSchool(emu.globals.SpreadsheetApp.getActiveSpreadsheet());
    const context = load(emu.globals);

    call(context, 'setUpWorkbook');
    const state = call<{ pupils: { id: string }[]; staff: { email: string }[] }>(context, 'getSidebarState');
    const result = call<{ taskIds: string[] }>(context, 'delegateTask', {
      requestId: 'bundle-1',
      pupilIds: state.pupils.slice(0, 3).map((pupil) => pupil.id),
      assigneeEmails: [state.staff[0]?.email],
      title: 'Collect pupil voice',
      dueDate: '2099-01-15',
    });

    expect(result.taskIds).toHaveLength(3);
    expect(records(emu.spreadsheet, 'Tasks')).toHaveLength(3);
    expect(emu.outbox).toHaveLength(1);
    expect(emu.outbox[0]?.to).toBe('jo.smith@example.school');
  });

  it('opens the sidebar from the built HTML file', () => {
    const emu = createEmulator({ htmlFiles: { Sidebar: readFileSync(join(dist, 'Sidebar.html'), 'utf8') } });
    const context = load(emu.globals);

    call(context, 'showSidebar');

    expect(emu.sidebar?.title).toBe('SEND Delegate');
    expect(emu.sidebar?.content).toContain('Delegate task');
  });

  it('passes a user mistake through as its sentence', () => {
    const emu = createEmulator();
    seedSchool(emu.globals.SpreadsheetApp.getActiveSpreadsheet());
    const context = load(emu.globals);
    call(context, 'setUpWorkbook');

    expect(() =>
      call(context, 'delegateTask', {
        requestId: 'x',
        pupilIds: ['P-404'],
        assigneeEmails: ['jo.smith@example.school'],
        title: 'T',
        dueDate: '2099-01-01',
      }),
    ).toThrow('Pupil id P-404 is not on the register.');
  });
});
