/**
 * A use-case harness: the emulator installed as the Apps Script globals, the real src/gas adapters
 * over it, and the emulator's clock as the ClockPort so tests control "today".
 */
import { createEmulator } from '../../emulator';
import type { Ports } from '../../src/app/ports';
import { gasPorts } from '../../src/gas/services';
import { seedSchool } from './school';

export type Emulator = ReturnType<typeof createEmulator>;

export interface Harness {
  emu: Emulator;
  ports: () => Ports;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  done: () => void;
}

/** Monday 7 Dec 2026, 09:00 in London. */
export const MONDAY = new Date('2026-12-07T09:00:00Z');

export function harness(options: { now?: Date; seed?: boolean; staff?: boolean } = {}): Harness {
  const emu = createEmulator({ spreadsheetName: 'Example Academy SEND' });
  emu.clock.set(options.now ?? MONDAY);
  emu.install();
  const spreadsheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  if (options.seed !== false) seedSchool(spreadsheet, { staff: options.staff ?? true });
  const ports = (): Ports => ({ ...gasPorts(), clock: { now: () => emu.clock.now() } });
  return { emu, ports, spreadsheet, done: () => emu.uninstall() };
}
