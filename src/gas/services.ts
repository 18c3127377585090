/** The small adapters over Apps Script services, and the composition root that wires them. */
import type { ClockPort, LockPort, LogPort, MailMessage, MailPort, Ports, StatePort } from '../app/ports';
import { UserError } from '../core/errors';
import { SpreadsheetWorkbook } from './spreadsheetWorkbook';
import { scriptTriggers } from './triggers';

const LOCK_WAIT_MS = 30_000;

export const mailAppMail: MailPort = {
  send(message: MailMessage) {
    MailApp.sendEmail({
      to: message.to,
      subject: message.subject,
      body: message.text,
      htmlBody: message.html,
      ...(message.name ? { name: message.name } : {}),
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    });
  },
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
};

export const documentLock: LockPort = {
  withLock<T>(work: () => T): T {
    const lock = LockService.getDocumentLock();
    if (!lock) throw new UserError('Open the spreadsheet and try again: there is no document to lock.');
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      throw new UserError('Someone else is updating the task list right now. Try again in a minute.');
    }
    try {
      return work();
    } finally {
      lock.releaseLock();
    }
  },
};

export function documentState(): StatePort {
  const properties = PropertiesService.getDocumentProperties();
  return {
    get: (key) => properties.getProperty(key),
    set: (key, value) => void properties.setProperty(key, value),
    delete: (key) => void properties.deleteProperty(key),
    keys: () => properties.getKeys(),
  };
}

export const systemClock: ClockPort = { now: () => new Date() };

export const consoleLog: LogPort = {
  error(context, error) {
    console.error(
      `SEND Delegate: ${context}`,
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
  },
};

/** Built on each call, never at module scope: the bundle loads under AuthMode.NONE too. */
export function gasPorts(): Ports {
  const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  return {
    workbook,
    mail: mailAppMail,
    lock: documentLock,
    clock: systemClock,
    log: consoleLog,
    triggers: scriptTriggers(() => workbook.timeZone()),
    state: documentState(),
  };
}
