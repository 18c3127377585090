/** Shared arrangement for the emulator's tests: a fresh emulator with a frozen clock. */
import { createEmulator, type EmulatorOptions } from '../../emulator';

/** Wednesday 15 January 2025, 10:00 in London (GMT). */
export const WINTER_MORNING = new Date('2025-01-15T10:00:00Z');

export function fresh(options: EmulatorOptions = {}) {
  const emu = createEmulator(options);
  emu.clock.set(WINTER_MORNING);
  const app = emu.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  emu.resetCalls();
  return { emu, app, ss, sheet };
}

/** Midnight of a calendar day in London, as Sheets stores a typed date. */
export function londonMidnight(isoDay: string): Date {
  const utc = new Date(`${isoDay}T00:00:00Z`);
  const bst = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'short' })
    .format(utc)
    .includes('BST');
  return new Date(utc.getTime() - (bst ? 3_600_000 : 0));
}
