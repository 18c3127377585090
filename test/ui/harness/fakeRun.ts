/**
 * A fake google.script.run, injected before the sidebar's own script (page.addInitScript). It
 * answers from a config and records each call in window.__rpcCalls, so tests can assert what
 * the sidebar sent. The function below runs in the browser: it may use only its argument.
 */
import type { SidebarState } from '../../../src/core/rpc';

export interface FakeConfig {
  state: SidebarState;
  /** State returned by getSidebarState after setUpWorkbook ran. */
  stateAfterSetUp?: SidebarState;
  /** Milliseconds before each reply. */
  delayMs?: number;
  /** Fail calls of these functions with this message. */
  failures?: Record<string, string>;
  /** Fail only the first delegateTask call. */
  failFirstDelegate?: string;
}

export interface RecordedCall {
  name: string;
  args: unknown[];
}

export function installFakeRun(config: FakeConfig): void {
  type Handler = (value: unknown) => void;
  const calls: RecordedCall[] = [];
  let setUpDone = false;
  let delegateCount = 0;
  (window as unknown as { __rpcCalls: RecordedCall[] }).__rpcCalls = calls;

  function answer(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'getSidebarState':
        return setUpDone && config.stateAfterSetUp ? config.stateAfterSetUp : config.state;
      case 'setUpWorkbook':
        setUpDone = true;
        return {
          created: ['Register', 'Staff', 'Tasks', 'Settings'],
          registerTab: 'Register',
          message: 'Added tabs: Register, Staff, Tasks and Settings.',
        };
      case 'delegateTask': {
        delegateCount += 1;
        if (delegateCount === 1 && config.failFirstDelegate) throw new Error(config.failFirstDelegate);
        const request = args[0] as { pupilIds: string[]; assigneeEmails: string[] };
        const taskIds = request.assigneeEmails.flatMap((_, a) =>
          request.pupilIds.map((_p, p) => `T-${delegateCount}-${a}-${p}`),
        );
        return { taskIds, notified: request.assigneeEmails };
      }
      default:
        throw new Error(`Unknown server function ${name}`);
    }
  }

  function runner(success: Handler | null, failure: Handler | null): Record<string, unknown> {
    const target: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => runner(handler, failure),
      withFailureHandler: (handler: Handler) => runner(success, handler),
    };
    return new Proxy(target, {
      get(object, name) {
        if (typeof name !== 'string' || name in object) return object[name as string];
        return (...args: unknown[]) => {
          calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
          setTimeout(() => {
            const failMessage = config.failures?.[name];
            try {
              if (failMessage) throw new Error(failMessage);
              const value = answer(name, args);
              success?.(JSON.parse(JSON.stringify(value ?? null)));
            } catch (error) {
              failure?.(error);
            }
          }, config.delayMs ?? 20);
        };
      },
    });
  }

  (window as unknown as { google: unknown }).google = { script: { run: runner(null, null) } };
}
