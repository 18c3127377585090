/** Reading the workbook: each tab once, into core models. */
import { isoDateInZone } from '../core/dates';
import { findRegister, type Register, readRegister } from '../core/register';
import { readSettings } from '../core/settings';
import { readStaff } from '../core/staff';
import { type LoggedTask, readTaskLog, type TaskColumns } from '../core/taskLog';
import type { Grid, Settings, StaffMember } from '../core/types';
import { isOwnTab, SETTINGS_TAB, STAFF_TAB, TASKS_TAB } from './layouts';
import type { Ports, WorkbookPort } from './ports';

const HEADER_SCAN_ROWS = 10;

export function loadSettings(workbook: WorkbookPort): Settings {
  return readSettings(workbook.readTab(SETTINGS_TAB), workbook.timeZone());
}

/** Finds and reads the register: the tab Settings names if it still looks like one, else the best match. */
export function loadRegister(workbook: WorkbookPort, settings: Settings): Register | null {
  const timeZone = workbook.timeZone();
  const preferred = settings.registerTab;
  if (preferred) {
    // Straight to the named tab: listing every tab costs a call per tab.
    const grid = workbook.readTab(preferred);
    const location = findRegister([{ name: preferred, top: grid.slice(0, HEADER_SCAN_ROWS) }]);
    if (location) return readRegister(location, grid, timeZone);
  }
  const candidates = workbook
    .tabNames()
    .filter((name) => !isOwnTab(name) && name !== preferred)
    .map((name) => ({ name, top: workbook.readTop(name, HEADER_SCAN_ROWS) }));
  const location = findRegister(candidates);
  return location ? readRegister(location, workbook.readTab(location.tab), timeZone) : null;
}

export function loadStaff(workbook: WorkbookPort): { staff: StaffMember[]; warnings: string[] } {
  return readStaff(workbook.readTab(STAFF_TAB));
}

export interface TaskLog {
  grid: Grid;
  tasks: LoggedTask[];
  columns: TaskColumns;
}

export function loadTaskLog(workbook: WorkbookPort): TaskLog {
  const grid = workbook.readTab(TASKS_TAB);
  return { grid, ...readTaskLog(grid, workbook.timeZone()) };
}

export function today(ports: Pick<Ports, 'clock' | 'workbook'>): string {
  return isoDateInZone(ports.clock.now(), ports.workbook.timeZone());
}
