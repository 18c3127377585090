/**
 * A fresh playground, made the way a SENCO would make it: the school's register and staff list
 * are typed in, then the real add-on (dist/Code.js) sets the workbook up, the SENCO fills in
 * Settings (typed into cells, so installed edit triggers fire), and a few tasks are delegated
 * through the real delegateTask a week before the playground "opens".
 */
import type { Emulator } from '../emulator';
import { zonedToUtc } from '../emulator/time/zone';
import { at, SEED_MOMENT, START_MOMENT } from './clock';
import type { Runtime } from './runtime';
import {
  type DayDate,
  EMAIL_DOMAIN,
  HOLIDAYS,
  REGISTER_TAB,
  type RegisterCell,
  registerRows,
  SCHOOL_NAME,
  SENCO_EMAIL,
  SENCO_NAME,
  staffRows,
} from './school';
import { columnLetter } from './views';

export type SeedKind = 'school' | 'blank';

interface SeedTemplate {
  id: string;
  title: string;
  instructions: string;
  estimatedMinutes?: number;
}
interface SeedState {
  pupils: { id: string; status: string }[];
  templates: SeedTemplate[];
}

function writeRows(emu: Emulator, tab: string, rows: unknown[][]): void {
  emu.uncounted(() => {
    const spreadsheet = emu.spreadsheet;
    const sheet = spreadsheet.getSheetByName(tab) ?? spreadsheet.insertSheet(tab);
    const width = Math.max(...rows.map((row) => row.length));
    const grid = rows.map((row) => [...row, ...new Array<unknown>(width - row.length).fill('')]);
    if (grid.length > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
    sheet.getRange(1, 1, grid.length, width).setValues(grid as never);
  });
}

function toCell(cell: RegisterCell, timeZone: string): unknown {
  if (typeof cell !== 'object') return cell;
  const date: DayDate = cell;
  return new Date(zonedToUtc(date.year, date.month, date.day, 0, 0, 0, timeZone));
}

/** Types `value` into the Value cell beside a label of the Settings tab. */
function typeSetting(emu: Emulator, label: string, value: string): void {
  const rows = emu.readSheet('Settings')?.values ?? [];
  const index = rows.findIndex((row) => String(row[0]).trim().toLowerCase() === label.toLowerCase());
  if (index >= 0) emu.userEdit('Settings', `B${index + 1}`, value);
}

function typeHolidays(emu: Emulator): void {
  const rows = emu.readSheet('Settings')?.values ?? [];
  const header = rows.findIndex((row) => String(row[0]).trim().toLowerCase() === 'holiday starts');
  if (header < 0) return;
  HOLIDAYS.forEach(([start, end, name], i) => {
    const row = header + 2 + i;
    emu.userEdit('Settings', `A${row}`, start);
    emu.userEdit('Settings', `B${row}`, end);
    emu.userEdit('Settings', `C${row}`, name);
  });
}

function delegate(
  runtime: Runtime,
  state: SeedState,
  n: number,
  templateId: string,
  pupilIds: string[],
  assignee: string,
  dueDate: string,
): void {
  const template = state.templates.find((t) => t.id === templateId);
  if (!template || pupilIds.length === 0) return;
  runtime.run('delegateTask', {
    requestId: `seed-${n}`,
    pupilIds,
    assigneeEmails: [assignee],
    title: template.title,
    instructions: template.instructions,
    dueDate,
    ...(template.estimatedMinutes === undefined ? {} : { estimatedMinutes: template.estimatedMinutes }),
    taskType: template.id,
  });
}

/** Amir Khan has started his first task: he types "In progress" in his own tab. */
function startFirstTask(emu: Emulator, tab: string): void {
  const rows = emu.readSheet(tab)?.values ?? [];
  const status = (rows[0] ?? []).findIndex((header) => String(header).trim() === 'Status');
  if (status < 0 || rows.length < 2) return;
  emu.userEdit(tab, `${columnLetter(status + 1)}2`, 'In progress');
}

export function seed(emu: Emulator, runtime: Runtime, kind: SeedKind, timeZone: string): void {
  emu.clock.set(at(SEED_MOMENT, timeZone));
  if (kind === 'school') {
    emu.uncounted(() => emu.spreadsheet.getSheets()[0]?.setName(REGISTER_TAB));
    const today = { year: START_MOMENT.year, month: START_MOMENT.month, day: START_MOMENT.day };
    writeRows(
      emu,
      REGISTER_TAB,
      registerRows(today).map((row) => row.map((cell) => toCell(cell, timeZone))),
    );
    writeRows(emu, 'Staff', staffRows());
    runtime.run('setUpWorkbook');
    typeSetting(emu, 'School name', SCHOOL_NAME);
    typeSetting(emu, 'SENCO name', SENCO_NAME);
    typeSetting(emu, 'SENCO email', SENCO_EMAIL);
    typeSetting(emu, 'Email domain', EMAIL_DOMAIN);
    typeHolidays(emu);

    const state = runtime.run('getSidebarState') as SeedState;
    const withPlans = state.pupils.filter((pupil) => pupil.status === 'E').map((pupil) => pupil.id);
    const onSupport = state.pupils.filter((pupil) => pupil.status === 'K').map((pupil) => pupil.id);
    delegate(runtime, state, 1, 'pupil-voice', withPlans.slice(0, 3), 'a.khan@example.school', '2027-01-12');
    delegate(runtime, state, 2, 'observation', onSupport.slice(0, 1), 'r.patel@example.school', '2027-01-14');
    delegate(runtime, state, 3, 'parent-views', withPlans.slice(0, 2), 'office@example.school', '2027-01-20');
    delegate(
      runtime,
      state,
      4,
      'work-samples',
      onSupport.slice(1, 2),
      't.hughes@example.school',
      '2027-01-08',
    );
    startFirstTask(emu, 'Tasks – A Khan');
    // The SENCO last looked at the register.
    emu.uncounted(() => emu.spreadsheet.getSheetByName(REGISTER_TAB)?.activate());
  }
  emu.clock.set(at(START_MOMENT, timeZone));
}
