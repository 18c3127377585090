/**
 * The server side of the playground's google.script.run: POST /rpc {fn, args}. As in Apps
 * Script, any top-level function of the project can be called except private ones (ending in
 * "_"), and arguments arrive as JSON. The return value must be transferable: where Apps Script
 * would quietly hand the client null for a Date or a function inside it, the playground fails the
 * call with a message that says why, so the mistake shows here rather than in Sheets.
 */
import { toTransferable } from './transfer';

export interface RpcRequest {
  fn: string;
  args: unknown[];
}

export type RpcReply = { ok: true; value: unknown } | { ok: false; message: string };

/** Checks the body's shape; returns the request or a reply to send back. */
export function parseRpc(body: unknown, functions: readonly string[]): RpcRequest | RpcReply {
  const candidate = body as { fn?: unknown; args?: unknown } | null;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.fn !== 'string') {
    return { ok: false, message: 'Expected {"fn": "<server function>", "args": [...]}.' };
  }
  const args = candidate.args ?? [];
  if (!Array.isArray(args)) return { ok: false, message: 'Expected "args" to be an array.' };
  if (candidate.fn.endsWith('_') || !functions.includes(candidate.fn)) {
    return { ok: false, message: `Script function not found: ${candidate.fn}` };
  }
  return { fn: candidate.fn, args };
}

/** The reply for a value the server function returned. */
export function replyFor(fn: string, value: unknown): RpcReply {
  const checked = toTransferable(value);
  if (checked.ok) return { ok: true, value: checked.value };
  return {
    ok: false,
    message:
      `${fn} returned a value google.script.run cannot carry (${checked.message.replace(/^Failed due to /, '')}). ` +
      'Return only strings, numbers, booleans, null, arrays and plain objects; send dates as YYYY-MM-DD text.',
  };
}
