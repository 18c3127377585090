/**
 * What every emulated service shares: the clock, the meter (counting and auth), the script's
 * realm, the signed-in user, the recorders that tests and the playground read, and the workbook.
 */
import type { Clock } from './clock';
import type { Meter } from './meter';
import type { Realm } from './realm';
import type { Recorder } from './recorder';
import type { SpreadsheetModel } from './spreadsheet/spreadsheetModel';

export interface EmuContext {
  readonly clock: Clock;
  readonly meter: Meter;
  readonly realm: Realm;
  readonly user: { readonly email: string; readonly locale: string };
  readonly recorder: Recorder;
  /** The active (and only) spreadsheet. */
  readonly book: SpreadsheetModel;
}
