/**
 * startPlayground(): the built add-on on an in-memory spreadsheet, served to a browser.
 *
 *   GET  /                         the page (page.ts, with the script built from client/)
 *   GET  /sidebar                  the sidebar the script showed, with the google.script.run shim
 *   GET  /api/state, /api/version  what the page shows; a counter that changes after every execution
 *   GET  /api/sheet?name=…         one tab as display text
 *   GET  /api/outbox/<n>           one email
 *   POST /menu {functionName}      runs a menu item's function
 *   POST /rpc {fn, args}           google.script.run
 *   POST /clock/next-school-day    07:00 on the next weekday, then the daily reminders
 *   POST /sidebar/close
 *
 * Every execution runs dist/Code.js afresh (runtime.ts) and is followed by saving the state, so
 * stopping the server at any moment loses nothing.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../emulator';
import { nextSchoolDay } from './clock';
import { HttpError, messageOf, readJson, sendHtml, sendJson } from './http';
import { pageHtml } from './page';
import { pageScriptReader } from './pageScript';
import { parseRpc, replyFor } from './rpc';
import { Runtime } from './runtime';
import { SCHOOL_NAME } from './school';
import { type SeedKind, seed } from './seed';
import { withShim } from './shim';
import { loadState, saveState } from './state';
import { formatMoment, gridView, mailDetail, outboxList, type PageState, tabs, type UiNotice } from './views';

export interface PlaygroundOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Default 127.0.0.1: the playground is for this computer only. */
  host?: string;
  /** Where state.json is kept. */
  stateDir: string;
  /** The built add-on. Default: dist/ under the current directory. */
  distDir?: string;
  /** Start from a fresh seed even when there is saved state. */
  reset?: boolean;
  /** 'school' (default): Example Academy. 'blank': an empty spreadsheet with no register. */
  seed?: SeedKind;
  /** No logging to the console. */
  quiet?: boolean;
}

export interface Playground {
  url: string;
  port: number;
  emu: Emulator;
  close(): Promise<void>;
}

const TIME_ZONE = 'Europe/London';

interface Outcome {
  ok: boolean;
  value?: unknown;
  error?: string;
  sidebarOpened: boolean;
}

const KEEP_NOTICES = 50;

interface App {
  emu: Emulator;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  save(): void;
}

/** Loads or seeds the workbook, opens it (onOpen) and answers requests. */
function createApp(options: PlaygroundOptions, log: (message: string) => void): App {
  const distDir = options.distDir ?? join(process.cwd(), 'dist');
  // The page's script first: without it there is no page (and nothing is loaded or saved).
  const pageScript = pageScriptReader(distDir);
  const saved = options.reset ? null : loadState(options.stateDir, log);
  let runtime: Runtime | null = null;
  const emu = createEmulator({
    timeZone: TIME_ZONE,
    spreadsheetName: options.seed === 'blank' ? 'Untitled spreadsheet' : `${SCHOOL_NAME} – SEND register`,
    userEmail: 'senco@example.school',
    echoLogs: !options.quiet,
    // Installed onEdit triggers (typing into an assignee tab) run through the add-on too.
    runTrigger: (functionName, event) => runtime?.run(functionName, event),
    ...(saved ? { state: saved } : {}),
  });
  runtime = new Runtime(emu, distDir);
  const run = runtime;
  if (!saved) {
    seed(emu, run, options.seed ?? 'school', TIME_ZONE);
    const what = options.seed === 'blank' ? 'an empty spreadsheet' : 'Example Academy';
    log(options.reset ? `Started afresh with ${what}.` : `No saved state: started with ${what}.`);
  }
  saveState(options.stateDir, emu);
  // Time passes while the playground runs.
  emu.clock.resume();

  let version = 1;
  let sidebarOpen = false;
  let sidebarSerial = 0;

  const notices: UiNotice[] = [];
  let lastNoticeId = 0;
  function notify(kind: UiNotice['kind'], title: string, text: string): void {
    lastNoticeId += 1;
    notices.push({ id: lastNoticeId, kind, title, text });
    if (notices.length > KEEP_NOTICES) notices.shift();
  }

  /**
   * One execution of the script. Alerts and toasts it raised are kept for the page to show (a
   * sidebar call may raise them too, as in Sheets); a failure is shown as Sheets shows a failed
   * menu item, unless the caller reports it itself (google.script.run's failure handler).
   */
  function execute(work: () => unknown, showFailure: boolean): Outcome {
    const alertsBefore = emu.alerts.length;
    const toastsBefore = emu.toasts.length;
    const sidebarBefore = emu.sidebar;
    const outcome: Outcome = { ok: true, sidebarOpened: false };
    try {
      outcome.value = work();
    } catch (error) {
      outcome.ok = false;
      outcome.error = messageOf(error);
    }
    for (const alert of emu.alerts.slice(alertsBefore)) notify('alert', alert.title ?? '', alert.prompt);
    for (const toast of emu.toasts.slice(toastsBefore)) notify('toast', toast.title, toast.message);
    if (!outcome.ok && showFailure) notify('error', 'Something went wrong', outcome.error ?? '');
    if (emu.sidebar !== sidebarBefore && emu.sidebar) {
      sidebarOpen = true;
      sidebarSerial += 1;
      outcome.sidebarOpened = true;
    }
    version += 1;
    saveState(options.stateDir, emu);
    return outcome;
  }

  // Opening the spreadsheet runs the simple onOpen trigger (menus are not saved state).
  if (run.has('onOpen')) {
    emu.setAuthMode('LIMITED');
    const opened = execute(
      () => run.run('onOpen', { authMode: emu.globals.ScriptApp.AuthMode.LIMITED }),
      true,
    );
    emu.setAuthMode('FULL');
    if (!opened.ok) log(`onOpen failed: ${opened.error}`);
  }

  function menuFunctions(): string[] {
    const names: string[] = [];
    const walk = (entries: (typeof emu.menus)[number]['items']) => {
      for (const entry of entries) {
        if (entry.kind === 'item') names.push(entry.functionName);
        else if (entry.kind === 'submenu') walk(entry.items);
      }
    };
    for (const menu of emu.menus) walk(menu.items);
    return names;
  }

  function stateView(): PageState {
    return {
      version,
      spreadsheetName: emu.uncounted(() => emu.spreadsheet.getName()),
      now: formatMoment(emu.clock.nowMs(), TIME_ZONE),
      tabs: tabs(emu),
      menus: emu.menus,
      sidebar: { open: sidebarOpen, serial: sidebarSerial, title: emu.sidebar?.title ?? '' },
      outbox: outboxList(emu.outbox, TIME_ZONE),
      remindersAvailable: run.has('sendReminders'),
      notices,
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://playground');
    const route = `${request.method ?? 'GET'} ${url.pathname}`;
    if (route === 'GET /') return sendHtml(response, 200, pageHtml(pageScript()));
    if (route === 'GET /favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (route === 'GET /sidebar') {
      const html = emu.sidebar?.content ?? emu.files.Sidebar ?? '';
      return sendHtml(
        response,
        200,
        withShim(html, { functions: [...run.entryPoints], endpoint: '/rpc', notifyParent: true }),
      );
    }
    if (route === 'GET /api/version') return sendJson(response, 200, { version });
    if (route === 'GET /api/state') return sendJson(response, 200, stateView());
    if (route === 'GET /api/sheet') {
      return sendJson(response, 200, gridView(emu, url.searchParams.get('name') ?? '', TIME_ZONE));
    }
    const mail = /^GET \/api\/outbox\/(\d+)$/.exec(route);
    if (mail) {
      return sendJson(
        response,
        200,
        mailDetail(emu.outbox, Number(mail[1]), TIME_ZONE, 'senco@example.school'),
      );
    }
    if (request.method !== 'POST') throw new HttpError(404, `Not found: ${url.pathname}`);
    const body = (await readJson(request)) as Record<string, unknown>;
    switch (url.pathname) {
      case '/rpc': {
        const parsed = parseRpc(body, run.entryPoints);
        if ('ok' in parsed) return sendJson(response, 200, parsed);
        const outcome = execute(() => run.run(parsed.fn, ...parsed.args), false);
        if (!outcome.ok) return sendJson(response, 200, { ok: false, message: outcome.error });
        return sendJson(response, 200, replyFor(parsed.fn, outcome.value));
      }
      case '/menu': {
        const name = String(body.functionName ?? '');
        if (!menuFunctions().includes(name)) throw new HttpError(400, `No menu item runs ${name}.`);
        const outcome = execute(() => run.run(name), true);
        return sendJson(response, 200, { ok: outcome.ok, sidebarOpened: outcome.sidebarOpened });
      }
      case '/clock/next-school-day': {
        emu.clock.set(nextSchoolDay(emu.clock.nowMs(), TIME_ZONE));
        emu.clock.resume();
        const when = formatMoment(emu.clock.nowMs(), TIME_ZONE);
        if (!run.has('sendReminders')) {
          version += 1;
          saveState(options.stateDir, emu);
          return sendJson(response, 200, { ok: true, message: `${when}.` });
        }
        const sentBefore = emu.outbox.length;
        const outcome = execute(() => run.run('sendReminders'), true);
        const sent = emu.outbox.length - sentBefore;
        const result = typeof outcome.value === 'string' && outcome.value ? outcome.value : '';
        const message = !outcome.ok
          ? `${when}: the reminders failed.`
          : result
            ? `${when}: ${result}`
            : `${when}: reminders ran, ${sent} email${sent === 1 ? '' : 's'} sent.`;
        return sendJson(response, 200, { ok: outcome.ok, message });
      }
      case '/sidebar/close':
        sidebarOpen = false;
        version += 1;
        return sendJson(response, 200, { ok: true });
      default:
        throw new HttpError(404, `Not found: ${url.pathname}`);
    }
  }

  return { emu, handle, save: () => saveState(options.stateDir, emu) };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} is already in use on ${host}. Stop whatever uses it, ` +
              'or choose another port, e.g. PORT=8081 npm start.',
          ),
        );
      } else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const log = options.quiet ? () => undefined : (message: string) => console.log(message);
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  // The port first: a playground that cannot listen must not touch the saved state.
  await listen(server, options.port ?? 8080, host);
  let app: App;
  try {
    app = createApp(options, log);
  } catch (error) {
    server.close();
    throw error;
  }
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    app.handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) log(`Playground error: ${messageOf(error)}`);
      if (!response.headersSent) sendJson(response, status, { ok: false, error: messageOf(error) });
      else response.end();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}`,
    port,
    emu: app.emu,
    close: () =>
      new Promise<void>((resolve) => {
        app.save();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
