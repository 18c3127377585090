/**
 * The playground's google.script.run, injected into the sidebar before the sidebar's own script.
 * It behaves as Apps Script's client API does:
 *  - `google.script.run.withSuccessHandler(f).withFailureHandler(g).withUserObject(o).fn(...args)`;
 *    each with… returns a new runner, so a configured runner can be reused;
 *  - only the project's server functions exist (names ending in "_" are private), so calling
 *    another name is a TypeError;
 *  - arguments must be primitives, arrays and plain objects (see transfer.ts): a Date or a
 *    function fails the call with "Failed due to illegal value in property: …" and sends nothing;
 *  - calls are asynchronous; handlers get (value, userObject) or (error, userObject), where
 *    error is an Error carrying the server's message.
 * installScriptRun runs in the browser from its source text: it may use only its arguments.
 */
import { toTransferable } from './transfer';

export interface ShimConfig {
  /** Server functions google.script.run exposes. */
  functions: string[];
  /** Where calls are POSTed. */
  endpoint: string;
  /** Tell the parent page (the playground) after each call, so it refreshes at once. */
  notifyParent?: boolean;
}

type Handler = (value: unknown, userObject?: unknown) => void;
type Check = typeof toTransferable;

export function installScriptRun(config: ShimConfig, check: Check): void {
  interface Chain {
    success: Handler | null;
    failure: Handler | null;
    userObject: unknown;
  }

  // Handlers run outside any promise chain, so an exception in one surfaces as Apps Script's do.
  function later(work: () => void): void {
    setTimeout(work, 0);
  }

  function fail(chain: Chain, error: Error): void {
    later(() => {
      if (chain.failure) chain.failure(error, chain.userObject);
      else throw error;
    });
  }

  function send(chain: Chain, fn: string, args: unknown[]): void {
    const checked = check(args);
    if (!checked.ok) {
      fail(chain, new Error(checked.message));
      return;
    }
    fetch(config.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fn, args: checked.value }),
    })
      .then((response) => {
        if (!response.ok) throw new Error(`NetworkError: Connection failure due to HTTP ${response.status}`);
        return response.json() as Promise<{ ok: boolean; value?: unknown; message?: string }>;
      })
      .then(
        (reply) => {
          if (config.notifyParent && window.parent !== window) {
            window.parent.postMessage('send-delegate-playground:changed', location.origin);
          }
          if (reply.ok) later(() => chain.success?.(reply.value ?? null, chain.userObject));
          else fail(chain, new Error(reply.message ?? 'Something went wrong.'));
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          fail(
            chain,
            new Error(
              message.startsWith('NetworkError') ? message : 'NetworkError: Connection failure due to HTTP 0',
            ),
          );
        },
      );
  }

  function runner(chain: Chain): Record<string, unknown> {
    const run: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => runner({ ...chain, success: handler }),
      withFailureHandler: (handler: Handler) => runner({ ...chain, failure: handler }),
      withUserObject: (userObject: unknown) => runner({ ...chain, userObject }),
    };
    for (const fn of config.functions) {
      if (fn.endsWith('_') || fn in run) continue;
      run[fn] = (...args: unknown[]) => {
        send(chain, fn, args);
      };
    }
    return run;
  }

  const host = window as unknown as { google?: { script?: Record<string, unknown> } };
  host.google = host.google ?? {};
  host.google.script = host.google.script ?? {};
  host.google.script.run = runner({ success: null, failure: null, userObject: undefined });
}

/** The <script> element that installs the shim: the two functions above as source text. */
export function shimScript(config: ShimConfig): string {
  // JSON inside a script element: escape "<" so no "</script>" can end it early.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<script>(${installScriptRun.toString()})(${json}, ${toTransferable.toString()});</script>`;
}

/** The sidebar's HTML with the shim as the first script in <head>. */
export function withShim(html: string, config: ShimConfig): string {
  const script = shimScript(config);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return script + html;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n${script}${html.slice(at)}`;
}
