/** What may cross the playground's google.script.run, in both directions (no browser). */
import vm from 'node:vm';
import { parseRpc, replyFor } from '../../../playground/rpc';
import { withShim } from '../../../playground/shim';
import { toTransferable } from '../../../playground/transfer';

describe('toTransferable', () => {
  it('copies with JSON semantics', () => {
    expect(toTransferable({ a: 1, b: undefined, c: [1, undefined, Number.NaN], d: null, e: 'x' })).toEqual({
      ok: true,
      value: { a: 1, c: [1, null, null], d: null, e: 'x' },
    });
    expect(toTransferable(undefined)).toEqual({ ok: true, value: null });
  });

  it('rejects a Date, a function and a cycle, naming the property', () => {
    expect(toTransferable([{ dueDate: new Date() }])).toEqual({
      ok: false,
      path: '0.dueDate',
      message: 'Failed due to illegal value in property: 0.dueDate',
    });
    expect(toTransferable([{ go: () => 1 }])).toMatchObject({ ok: false, path: '0.go' });
    const cycle: Record<string, unknown> = { name: 'x' };
    cycle.self = cycle;
    expect(toTransferable([cycle])).toMatchObject({ ok: false, path: '0.self' });
    expect(toTransferable(new Map())).toMatchObject({
      ok: false,
      message: expect.stringContaining('itself'),
    });
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { id: 'P1' };
    expect(toTransferable([shared, shared])).toEqual({ ok: true, value: [{ id: 'P1' }, { id: 'P1' }] });
  });

  it('accepts plain objects and arrays from another realm (the add-on runs in node:vm)', () => {
    const value = vm.runInNewContext('({ taskIds: ["T-1"], nested: { ok: true } })');
    expect(toTransferable(value)).toEqual({ ok: true, value: { taskIds: ['T-1'], nested: { ok: true } } });
    const date = vm.runInNewContext('({ when: new Date(0) })');
    expect(toTransferable(date)).toMatchObject({ ok: false, path: 'when' });
  });
});

describe('the /rpc endpoint rules', () => {
  const functions = ['getSidebarState', 'delegateTask', 'helper_'];

  it('calls only the project’s public functions with an argument list', () => {
    expect(parseRpc({ fn: 'delegateTask', args: [{}] }, functions)).toEqual({
      fn: 'delegateTask',
      args: [{}],
    });
    expect(parseRpc({ fn: 'getSidebarState' }, functions)).toEqual({ fn: 'getSidebarState', args: [] });
    expect(parseRpc({ fn: 'helper_', args: [] }, functions)).toEqual({
      ok: false,
      message: 'Script function not found: helper_',
    });
    expect(parseRpc({ fn: 'eval', args: [] }, functions)).toMatchObject({ ok: false });
    expect(parseRpc({ fn: 'delegateTask', args: 'x' }, functions)).toMatchObject({ ok: false });
    expect(parseRpc(null, functions)).toMatchObject({ ok: false });
  });

  it('fails a return value holding a Date with a message that says what to send instead', () => {
    expect(replyFor('getThing', { ok: 1 })).toEqual({ ok: true, value: { ok: 1 } });
    const reply = replyFor('getThing', { due: new Date() });
    expect(reply).toMatchObject({
      ok: false,
      message: expect.stringContaining('illegal value in property: due'),
    });
    expect(reply).toMatchObject({ message: expect.stringContaining('YYYY-MM-DD') });
  });
});

describe('withShim', () => {
  it('puts the shim before any other script, with "<" escaped in its configuration', () => {
    const html = withShim(
      '<!DOCTYPE html><html><head><title>x</title><script>mine()</script></head></html>',
      {
        functions: ['a</script>'],
        endpoint: '/rpc',
      },
    );
    expect(html.indexOf('google')).toBeLessThan(html.indexOf('mine()'));
    expect(html).not.toContain('a</script>');
    expect(html).toContain('a\\u003c/script>');
  });
});
