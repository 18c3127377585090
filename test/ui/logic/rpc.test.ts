import { createServerClient, type ScriptRun, toError } from '../../../sidebar/rpc';
import type { DelegateRequest } from '../../../src/core/rpc';

/** A google.script.run stand-in that answers synchronously from a table of functions. */
function fakeRun(
  server: Record<string, (...args: unknown[]) => unknown>,
  calls: string[] = [],
): () => ScriptRun {
  return () => {
    const chain = (onSuccess?: (v: unknown) => void, onFailure?: (e: unknown) => void): ScriptRun => {
      const runner: Record<string, unknown> = {
        withSuccessHandler: (handler: (v: unknown) => void) => chain(handler, onFailure),
        withFailureHandler: (handler: (e: unknown) => void) => chain(onSuccess, handler),
      };
      for (const [name, fn] of Object.entries(server)) {
        runner[name] = (...args: unknown[]) => {
          calls.push(name);
          try {
            onSuccess?.(fn(...args));
          } catch (error) {
            onFailure?.(error);
          }
        };
      }
      return runner as unknown as ScriptRun;
    };
    return chain();
  };
}

const REQUEST: DelegateRequest = {
  requestId: 'r1',
  pupilIds: ['P1'],
  assigneeEmails: ['j.smith@example.school'],
  title: 'Observe',
  dueDate: '2027-01-20',
};

describe('createServerClient', () => {
  it('resolves with what the server function returns, passing the arguments', async () => {
    const calls: string[] = [];
    const client = createServerClient(
      fakeRun(
        { delegateTask: (request) => ({ taskIds: [(request as DelegateRequest).requestId], notified: [] }) },
        calls,
      ),
    );

    const result = await client.delegateTask(REQUEST);

    expect(result).toEqual({ taskIds: ['r1'], notified: [] });
    expect(calls).toEqual(['delegateTask']);
  });

  it('rejects with an Error carrying the server message', async () => {
    const client = createServerClient(
      fakeRun({
        setUpWorkbook: () => {
          throw { name: 'UserError', message: 'Pupil id P-999 is not on the register' };
        },
      }),
    );

    await expect(client.setUpWorkbook()).rejects.toMatchObject({
      name: 'UserError',
      message: 'Pupil id P-999 is not on the register',
    });
  });

  it('rejects with a clear message outside Google Sheets', async () => {
    const client = createServerClient();

    await expect(client.getSidebarState()).rejects.toThrow(/opened from Google Sheets/);
  });

  it('does not type-check a call with the wrong argument', () => {
    const client = createServerClient(fakeRun({}));
    // @ts-expect-error delegateTask needs a DelegateRequest.
    const wrong = () => client.delegateTask({ title: 'x' });

    expect(typeof wrong).toBe('function');
  });
});

describe('toError', () => {
  it('keeps Errors, wraps strings and falls back to a sentence', () => {
    const error = new Error('boom');
    expect(toError(error)).toBe(error);
    expect(toError('nope').message).toBe('nope');
    expect(toError(undefined).message).toBe('Something went wrong. Please try again.');
  });
});
