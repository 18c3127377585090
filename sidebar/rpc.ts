/**
 * THE client for server calls. Every sidebar call to the server goes through `server` below,
 * typed by ServerApi, so no other sidebar file names a server function. google.script.run is
 * callback-based and returns a fresh runner per chain; this wraps one chain per call in a Promise.
 */
import type { ServerApi } from '../src/core/rpc';

type ServerName = keyof ServerApi;
type Args<K extends ServerName> = Parameters<ServerApi[K]>;
type Result<K extends ServerName> = ReturnType<ServerApi[K]>;

/** The part of Apps Script's client-side google.script.run that the sidebar uses. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}
type CallableRun = ScriptRun & { [K in ServerName]: (...args: Args<K>) => void };

/** Promise-returning server API: `await server.delegateTask(request)`. */
export type ServerClient = { [K in ServerName]: (...args: Args<K>) => Promise<Result<K>> };

interface GoogleGlobal {
  google?: { script?: { run?: ScriptRun } };
}

function defaultRun(): ScriptRun {
  const run = (globalThis as GoogleGlobal).google?.script?.run;
  if (!run) throw new Error('This sidebar must be opened from Google Sheets (Extensions → SEND Delegate).');
  return run;
}

/** Errors lose their prototype across google.script.run: keep the message (and name when there is one). */
export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (typeof value === 'object' && value !== null && 'message' in value) {
    const error = new Error(String((value as { message: unknown }).message));
    if ('name' in value && typeof value.name === 'string') error.name = value.name;
    return error;
  }
  return new Error(typeof value === 'string' && value ? value : 'Something went wrong. Please try again.');
}

export function createServerClient(getRun: () => ScriptRun = defaultRun): ServerClient {
  function call<K extends ServerName>(name: K, args: Args<K>): Promise<Result<K>> {
    return new Promise<Result<K>>((resolve, reject) => {
      try {
        const runner = getRun()
          .withSuccessHandler((value) => resolve(value as Result<K>))
          .withFailureHandler((error) => reject(toError(error))) as CallableRun;
        const fn = runner[name] as (...callArgs: Args<K>) => void;
        fn.apply(runner, args);
      } catch (error) {
        reject(toError(error));
      }
    });
  }
  return {
    getSidebarState: () => call('getSidebarState', []),
    delegateTask: (request) => call('delegateTask', [request]),
    setUpWorkbook: () => call('setUpWorkbook', []),
    listTasks: (query) => call('listTasks', [query]),
    getPupilTasks: (pupilId) => call('getPupilTasks', [pupilId]),
    updateTask: (update) => call('updateTask', [update]),
    getDashboard: () => call('getDashboard', []),
  };
}

export const server: ServerClient = createServerClient();
