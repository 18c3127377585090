/**
 * What the page shows, read from the emulator without counting calls: tabs as display text with
 * dates in en-GB ("15 Jan 2027", with the time when there is one), the outbox as a list, the clock.
 */
import type { Emulator, RecordedMenu, SentMessage } from '../emulator';
import { columnLetters as columnLetter } from '../emulator/spreadsheet/a1';
import { zonedFields } from '../emulator/time/zone';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const two = (n: number): string => String(n).padStart(2, '0');

/** "15 Jan 2027", or "15 Jan 2027 08:05" when the instant is not midnight in the zone. */
export function formatDate(ms: number, timeZone: string): string {
  const f = zonedFields(ms, timeZone);
  const date = `${f.day} ${MONTHS[f.month - 1]} ${f.year}`;
  return f.hour === 0 && f.minute === 0 && f.second === 0 ? date : `${date} ${two(f.hour)}:${two(f.minute)}`;
}

/** "Mon 11 Jan 2027, 08:00". */
export function formatMoment(ms: number, timeZone: string): string {
  const f = zonedFields(ms, timeZone);
  return `${DAYS[f.weekday]} ${f.day} ${MONTHS[f.month - 1]} ${f.year}, ${two(f.hour)}:${two(f.minute)}`;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export interface TabSummary {
  name: string;
  active: boolean;
  color: string | null;
}

export interface GridCell {
  text: string;
  /** Numbers and dates sit right, booleans centre, text left. */
  align?: 'right' | 'center';
}

function cellOf(value: unknown, display: string, timeZone: string): GridCell {
  if (isDate(value)) return { text: formatDate(value.getTime(), timeZone), align: 'right' };
  if (typeof value === 'number') return { text: display, align: 'right' };
  if (typeof value === 'boolean') return { text: display, align: 'center' };
  return { text: display };
}

export interface GridView {
  name: string;
  /** 1-based column numbers shown (hidden columns left out), with their letters and widths. */
  columns: { letter: string; width: number }[];
  /** 1-based row numbers with their cells: display text, and how Sheets aligns it by default. */
  rows: { number: number; cells: GridCell[] }[];
  frozenRows: number;
}

/** Column letters as Sheets writes them (1 → A, 27 → AA): the emulator's own A1 helper. */
export { columnLetter };

export function tabs(emu: Emulator): TabSummary[] {
  return emu
    .sheetNames()
    .map((name) => emu.readSheet(name))
    .filter((view) => view !== null && !view.hidden)
    .map((view) => ({ name: view!.name, active: view!.active, color: view!.tabColor }));
}

export function gridView(emu: Emulator, name: string, timeZone: string): GridView | null {
  const view = emu.readSheet(name);
  if (!view) return null;
  const hidden = new Set(view.hiddenColumns);
  const width = view.values[0]?.length ?? 0;
  const shown = Array.from({ length: width }, (_, i) => i + 1).filter((column) => !hidden.has(column));
  return {
    name: view.name,
    columns: shown.map((column) => ({
      letter: columnLetter(column),
      width: view.columnWidths[column - 1] ?? 100,
    })),
    rows: view.values.map((row, r) => ({
      number: r + 1,
      cells: shown.map((column) =>
        cellOf(row[column - 1], view.displayValues[r]?.[column - 1] ?? '', timeZone),
      ),
    })),
    frozenRows: view.frozenRows,
  };
}

export interface MailSummary {
  id: number;
  to: string;
  subject: string;
  sent: string;
}

export function outboxList(outbox: readonly SentMessage[], timeZone: string): MailSummary[] {
  return outbox.map((message, id) => ({
    id,
    to: message.to,
    subject: message.subject,
    sent: formatMoment(message.sentAt.getTime(), timeZone),
  }));
}

export interface MailDetail extends MailSummary {
  from: string;
  replyTo: string;
  cc: string;
  body: string;
  htmlBody: string | null;
}

export function mailDetail(
  outbox: readonly SentMessage[],
  id: number,
  timeZone: string,
  sender: string,
): MailDetail | null {
  const message = outbox[id];
  if (!message) return null;
  return {
    id,
    to: message.to,
    subject: message.subject,
    sent: formatMoment(message.sentAt.getTime(), timeZone),
    from: message.name ? `${message.name} <${sender}>` : sender,
    replyTo: message.noReply ? '(no reply)' : (message.replyTo ?? ''),
    cc: message.cc ?? '',
    body: message.body,
    htmlBody: message.htmlBody,
  };
}

/** Something the page shows the user: an alert or toast the script raised, or a failed run. */
export interface UiNotice {
  id: number;
  kind: 'alert' | 'toast' | 'error';
  title: string;
  text: string;
}

/** GET /api/state: everything the page shows except a tab's grid and an email's body. */
export interface PageState {
  /** Changes after every execution of the script. */
  version: number;
  spreadsheetName: string;
  /** The playground clock, as formatMoment writes it. */
  now: string;
  tabs: TabSummary[];
  menus: readonly RecordedMenu[];
  sidebar: { open: boolean; serial: number; title: string };
  outbox: MailSummary[];
  remindersAvailable: boolean;
  /** The latest notices, oldest first; ids only grow. */
  notices: readonly UiNotice[];
}
