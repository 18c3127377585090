/**
 * What the use cases need from the outside world. src/gas implements these over Apps Script;
 * tests may implement them over the emulator or plain memory.
 */
import type { Grid } from '../core/types';

export interface ListRule {
  /** 1-based column. */
  column: number;
  values: readonly string[];
  /** Accept other text too (e.g. a role we did not list). */
  allowInvalid?: boolean;
}

export interface TabLayout {
  headers: readonly string[];
  frozenRows: number;
  /** 1-based columns shown as UK dates. */
  dateColumns?: readonly number[];
  lists?: readonly ListRule[];
  checkboxColumns?: readonly number[];
  /** 1-based column → width in pixels. */
  widths?: Readonly<Record<number, number>>;
}

export type TabProtection =
  /** Only the SENCO (the person running the add-on) edits the tab; others get a warning. */
  | { kind: 'senco-only'; description: string }
  /** SENCO edits everything; one other person edits the given columns of the body. */
  | { kind: 'assignee'; description: string; editorEmail: string; editableColumns: readonly number[] };

export interface WorkbookPort {
  timeZone(): string;
  /** Link to the spreadsheet, or to one tab of it. */
  url(tab?: string): string;
  tabNames(): string[];
  /** Whether a tab exists: one lookup, where tabNames() costs a call per tab. */
  hasTab(name: string): boolean;
  /** Every value of a tab from A1 to its last row and column; [] when the tab is empty or absent. */
  readTab(name: string): Grid;
  /** The first `rows` rows of a tab, for finding headers without reading a whole tab. */
  readTop(name: string, rows: number): Grid;
  /** Adds a tab with headers, frozen rows, formats and validation. */
  createTab(name: string, layout: TabLayout): void;
  /** Re-applies a layout's formats and validation to rows 2..(1 + bodyRows). */
  formatBody(name: string, layout: TabLayout, bodyRows: number): void;
  /** Writes a block with its top-left at (row, column), 1-based, growing the tab if needed. */
  write(name: string, row: number, column: number, values: Grid): void;
  /** Writes rows after the last row with content; returns the first row written. */
  append(name: string, rows: Grid): number;
  /** Empties rows from `fromRow` to the end of the tab (contents only). */
  clearFrom(name: string, fromRow: number): void;
  protect(name: string, protection: TabProtection): void;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  name?: string;
  replyTo?: string;
}

export interface MailPort {
  send(message: MailMessage): void;
  remainingQuota(): number;
}

export interface LockPort {
  /** Runs `work` holding the document lock; throws a UserError when someone else holds it too long. */
  withLock<T>(work: () => T): T;
}

export interface ClockPort {
  now(): Date;
}

export interface TriggerPort {
  /** Installs the on-edit trigger that copies assignee edits into the log; false if it was there. */
  ensureEditSync(): boolean;
  /** Runs sendReminders daily at this hour (spreadsheet time zone), replacing any earlier schedule. */
  scheduleDailyReminders(hour: number): void;
  cancelDailyReminders(): boolean;
}

/** Small durable key-value state (document properties): survives a run that dies midway. */
export interface StatePort {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
  keys(): string[];
}

export interface LogPort {
  error(context: string, error: unknown): void;
}

export interface Ports {
  workbook: WorkbookPort;
  mail: MailPort;
  lock: LockPort;
  clock: ClockPort;
  log: LogPort;
  triggers: TriggerPort;
  state: StatePort;
}
