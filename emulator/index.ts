/**
 * createEmulator(): in-memory Apps Script services for tests and the playground.
 *
 *   const emu = createEmulator({ timeZone: 'Europe/London' });
 *   emu.install();                       // SpreadsheetApp, MailApp, ... on globalThis
 *   vm.createContext({ ...emu.globals }) // or as a node:vm context's globals
 *
 * The handles (outbox, menus, sidebar, calls, clock...) let tests arrange and observe what the
 * services did; toJSON() and createEmulator({ state }) save and restore all of it.
 */
import { randomBytes } from 'node:crypto';
import { Clock } from './clock';
import type { EmuContext } from './context';
import { AuthMode, type AuthModeName } from './enums';
import { asGas, type GasSpreadsheet, type GasSpreadsheetApp } from './gas';
import { EmuHtmlService } from './html';
import { readSheetView, type SheetView, seedSheets } from './inspect';
import { EmuLockService, type LockKind, LockTable } from './lock';
import { createLogging, type EmuConsole } from './logger';
import { EmuMailApp, MailBox, type SentMessage } from './mail';
import { Meter } from './meter';
import { EmuPropertiesService, PropertyStores } from './properties';
import { Realm, type RealmConstructors } from './realm';
import {
  type LogEntry,
  type RecordedAlert,
  type RecordedDialog,
  type RecordedHtml,
  type RecordedMenu,
  type RecordedToast,
  Recorder,
} from './recorder';
import { EmuScriptApp } from './script';
import { EmuSession } from './session';
import { EmuSpreadsheetApp } from './spreadsheet/app';
import { encodeSpreadsheet, restoreSpreadsheet } from './spreadsheet/serialize';
import { spreadsheetFacade } from './spreadsheet/spreadsheet';
import { SpreadsheetModel } from './spreadsheet/spreadsheetModel';
import { checkState, decodeOutbox, type EmulatorState, encodeOutbox, STATE_VERSION } from './state';
import { type TriggerRecord, TriggerTable } from './triggers';
import { type TriggerRunner, userEdit } from './userEdit';
import { EmuUtilities } from './utilities';

export type { Clock } from './clock';
export type { SheetView } from './inspect';
export { LOCK_TIMEOUT, type LockKind } from './lock';
export type { SentMessage } from './mail';
export type { RealmConstructors } from './realm';
export type {
  LogEntry,
  MenuEntry,
  RecordedAlert,
  RecordedDialog,
  RecordedHtml,
  RecordedMenu,
  RecordedToast,
} from './recorder';
export { FORMULA_DISPLAY } from './spreadsheet/display';
export type { EmulatorState } from './state';
export type { ClockSchedule, TriggerRecord } from './triggers';
export type { EditEvent, TriggerRunner } from './userEdit';

export interface EmulatorOptions {
  /** Spreadsheet and script time zone. Default 'Europe/London'. */
  timeZone?: string;
  /** Default 'SEND Register'. */
  spreadsheetName?: string;
  /** Default: a random 44-character id. */
  spreadsheetId?: string;
  /** The signed-in user, who owns the spreadsheet. Default 'senco@example.school'. */
  userEmail?: string;
  /** Daily MailApp recipients. Default 100 (consumer accounts). */
  mailQuota?: number;
  /** Title recorded for createAddonMenu(). Default 'SEND Delegate'. */
  addonName?: string;
  /** Project HTML files for HtmlService.createHtmlOutputFromFile, by name (".html" optional). */
  htmlFiles?: Record<string, string>;
  /** Runs an installed trigger's handler; userEdit calls it for each ON_EDIT trigger. */
  runTrigger?: TriggerRunner;
  /** A previous toJSON(); wins over the options above that it covers. */
  state?: EmulatorState;
  /** Tabs to start with, in order, instead of one empty "Sheet1" (values written as setValues). */
  sheets?: Record<string, unknown[][]>;
  /** Date/Error constructors of the realm the script runs in (see realm.ts). */
  realm?: Partial<RealmConstructors>;
  /** Also print Logger/console output to the real console. */
  echoLogs?: boolean;
}

/** A type alias (not an interface) so it fits Record<string, unknown>, e.g. vm.createContext. */
export type EmulatorGlobals = {
  SpreadsheetApp: GasSpreadsheetApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
  console: EmuConsole;
};

export interface Emulator {
  readonly globals: EmulatorGlobals;
  /** Puts the globals on `target` (console only when target is not globalThis, or when asked). */
  install(target?: object, options?: { console?: boolean }): void;
  /** Restores whatever install() replaced. */
  uninstall(): void;

  /** The active spreadsheet, as scripts see it (its calls are counted like any other). */
  readonly spreadsheet: GasSpreadsheet;
  /** Sent messages, oldest first (live array). */
  readonly outbox: SentMessage[];
  readonly menus: ReadonlyArray<RecordedMenu>;
  /** The last sidebar shown, or null. */
  readonly sidebar: RecordedHtml | null;
  readonly dialogs: ReadonlyArray<RecordedDialog>;
  readonly alerts: ReadonlyArray<RecordedAlert>;
  readonly toasts: ReadonlyArray<RecordedToast>;
  readonly logs: ReadonlyArray<LogEntry>;
  /** Installed triggers with their configuration. */
  readonly triggers: ReadonlyArray<TriggerRecord>;
  /** HTML files HtmlService serves; may be replaced entry by entry (e.g. after a rebuild). */
  readonly files: Record<string, string>;

  /** Spreadsheet-service round trips since creation or resetCalls(). */
  readonly calls: number;
  /** The same, per method: { 'Range.getValues': 2, 'SpreadsheetApp.getActiveSpreadsheet': 1, ... }. */
  readonly callsByMethod: Readonly<Record<string, number>>;
  resetCalls(): void;
  /** Runs `work` (e.g. test arrangement through the Apps Script API) without counting calls. */
  uncounted<T>(work: () => T): T;

  readonly clock: Clock;
  /** Recipients left today (and optionally the daily allowance it resets to). */
  setMailQuota(remaining: number, dailyQuota?: number): void;
  /** The next MailApp.sendEmail throws Error(message) and sends nothing. */
  failNextEmail(message?: string): void;
  /** While true, another execution holds the document lock. */
  holdDocumentLockElsewhere(held?: boolean): void;
  /** Whether the script currently holds a lock (to check it released it). */
  isLockHeld(kind?: LockKind): boolean;
  /** Emulated authorisation: under 'NONE' services that need authorisation throw. Default FULL. */
  readonly authMode: AuthModeName;
  setAuthMode(mode: AuthModeName | GoogleAppsScript.Script.AuthMode): void;

  /** A person types `value` into one cell; fires installed onEdit triggers via options.runTrigger. */
  userEdit(sheetName: string, a1: string, value: unknown): void;
  /** Tab names in order (uncounted). */
  sheetNames(): string[];
  /** A tab's data range and settings (uncounted), or null when there is no such tab. */
  readSheet(name: string): SheetView | null;
  /** Use another realm's Date/Error (see realm.ts), e.g. a node:vm context's. */
  useRealm(constructors: Partial<RealmConstructors>): void;

  toJSON(): EmulatorState;
}

function newSpreadsheetId(): string {
  return randomBytes(33).toString('base64url');
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const state = options.state ? checkState(options.state) : null;
  const clock = new Clock();
  if (state) clock.restore(state.clock);
  const realm = new Realm(options.realm);
  const meter = new Meter(realm);
  const recorder = new Recorder();
  const book = new SpreadsheetModel(
    state?.spreadsheet.id ?? options.spreadsheetId ?? newSpreadsheetId(),
    options.spreadsheetName ?? 'SEND Register',
    options.timeZone ?? 'Europe/London',
    () => clock.nowMs(),
  );
  const ctx: EmuContext = {
    clock,
    meter,
    realm,
    recorder,
    book,
    user: { email: options.userEmail ?? 'senco@example.school', locale: 'en_GB' },
  };
  const addonName = options.addonName ?? 'SEND Delegate';
  const mail = new MailBox(ctx, options.mailQuota ?? 100);
  const properties = new PropertyStores();
  const locks = new LockTable();
  const triggers = new TriggerTable();
  const files: Record<string, string> = { ...(options.htmlFiles ?? {}) };

  if (state) {
    restoreSpreadsheet(ctx, state.spreadsheet);
    properties.restore(state.properties);
    mail.outbox.push(...decodeOutbox(state.outbox));
    mail.state = { ...state.mail };
    triggers.triggers = state.triggers.list.map((t) => ({ ...t }));
    triggers.sequence = state.triggers.sequence;
  } else if (options.sheets) {
    seedSheets(ctx, options.sheets);
  }

  const logging = createLogging(recorder, options.echoLogs ?? false);
  const globals: EmulatorGlobals = {
    SpreadsheetApp: asGas<GasSpreadsheetApp>(new EmuSpreadsheetApp(ctx, addonName)),
    MailApp: asGas<GoogleAppsScript.Mail.MailApp>(new EmuMailApp(ctx, mail)),
    PropertiesService: asGas<GoogleAppsScript.Properties.PropertiesService>(
      new EmuPropertiesService(ctx, properties),
    ),
    LockService: asGas<GoogleAppsScript.Lock.LockService>(new EmuLockService(ctx, locks)),
    Session: asGas<GoogleAppsScript.Base.Session>(new EmuSession(ctx, book.timeZone)),
    Utilities: asGas<GoogleAppsScript.Utilities.Utilities>(new EmuUtilities(ctx)),
    HtmlService: asGas<GoogleAppsScript.HTML.HtmlService>(new EmuHtmlService(ctx, files)),
    ScriptApp: asGas<GoogleAppsScript.Script.ScriptApp>(new EmuScriptApp(ctx, triggers)),
    Logger: asGas<GoogleAppsScript.Base.Logger>(logging.Logger),
    console: logging.console,
  };

  let installed: {
    target: Record<string, unknown>;
    saved: Map<string, PropertyDescriptor | undefined>;
  } | null = null;

  const emulator: Emulator = {
    globals,
    install(target: object = globalThis, installOptions: { console?: boolean } = {}) {
      emulator.uninstall();
      const host = target as Record<string, unknown>;
      const withConsole = installOptions.console ?? target !== globalThis;
      const saved = new Map<string, PropertyDescriptor | undefined>();
      for (const [name, service] of Object.entries(globals)) {
        if (name === 'console' && !withConsole) continue;
        saved.set(name, Object.getOwnPropertyDescriptor(host, name));
        Object.defineProperty(host, name, {
          value: service,
          writable: true,
          configurable: true,
          enumerable: false,
        });
      }
      installed = { target: host, saved };
    },
    uninstall() {
      if (!installed) return;
      for (const [name, descriptor] of installed.saved) {
        if (descriptor) Object.defineProperty(installed.target, name, descriptor);
        else delete installed.target[name];
      }
      installed = null;
    },
    spreadsheet: spreadsheetFacade(ctx),
    outbox: mail.outbox,
    get menus() {
      return recorder.menus;
    },
    get sidebar() {
      return recorder.sidebar;
    },
    get dialogs() {
      return recorder.dialogs;
    },
    get alerts() {
      return recorder.alerts;
    },
    get toasts() {
      return recorder.toasts;
    },
    get logs() {
      return recorder.logs;
    },
    get triggers() {
      return triggers.triggers;
    },
    files,
    get calls() {
      return meter.total;
    },
    get callsByMethod() {
      return Object.fromEntries(meter.byMethod);
    },
    resetCalls: () => meter.reset(),
    uncounted: (work) => meter.uncounted(work),
    clock,
    setMailQuota: (remaining, dailyQuota) => mail.setQuota(remaining, dailyQuota),
    failNextEmail: (message = 'Failed to send email: simulated failure') => mail.failNext(message),
    holdDocumentLockElsewhere: (held = true) => {
      locks.heldElsewhere.document = held;
    },
    isLockHeld: (kind = 'document') => locks.held[kind],
    get authMode() {
      return meter.authMode;
    },
    setAuthMode(mode) {
      const name = String(mode);
      if (!(name in AuthMode)) throw new Error(`Unknown AuthMode: ${name}`);
      meter.authMode = name as AuthModeName;
    },
    userEdit: (sheetName, a1, value) => userEdit(ctx, triggers, options.runTrigger, sheetName, a1, value),
    sheetNames: () => book.sheets.map((sheet) => sheet.name),
    readSheet: (name) => readSheetView(ctx, name),
    useRealm: (constructors) => realm.use(constructors),
    toJSON: () => ({
      version: STATE_VERSION,
      spreadsheet: encodeSpreadsheet(book),
      properties: properties.toJSON(),
      outbox: encodeOutbox(mail.outbox),
      triggers: {
        list: triggers.triggers.map((t) => JSON.parse(JSON.stringify(t)) as TriggerRecord),
        sequence: triggers.sequence,
      },
      mail: { ...mail.state },
      clock: clock.toJSON(),
    }),
  };
  return emulator;
}
