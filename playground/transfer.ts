/**
 * What may cross google.script.run, checked the same way in the browser (arguments) and on the
 * server (return values). Apps Script allows primitives, arrays and plain objects of those; a
 * Date, a function or a DOM node fails the call with "Failed due to illegal value in property: …".
 * A copy is made with JSON semantics: undefined properties are dropped, undefined array entries
 * and non-finite numbers become null.
 *
 * This function is also injected into the sidebar as source text (Function.prototype.toString),
 * so it must use nothing but its arguments and the language's built-ins.
 */
export type TransferResult = { ok: true; value: unknown } | { ok: false; message: string; path: string };

export function toTransferable(value: unknown): TransferResult {
  const seen: unknown[] = [];
  let failedAt: string | null = null;

  function illegal(path: string): undefined {
    if (failedAt === null) failedAt = path;
    return undefined;
  }

  function isPlainObject(candidate: object): boolean {
    if (Object.prototype.toString.call(candidate) !== '[object Object]') return false;
    const proto = Object.getPrototypeOf(candidate) as object | null;
    // Realm-agnostic: an object literal's prototype is some realm's Object.prototype.
    return proto === null || Object.getPrototypeOf(proto) === null;
  }

  function copy(item: unknown, path: string): unknown {
    if (failedAt !== null) return undefined;
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') return Number.isFinite(item) ? item : null;
    if (item === undefined) return undefined;
    if (typeof item !== 'object') return illegal(path);
    if (seen.includes(item)) return illegal(path);
    seen.push(item);
    try {
      if (Array.isArray(item)) {
        return item.map((entry, index) => {
          const copied = copy(entry, path === '' ? String(index) : `${path}.${index}`);
          return copied === undefined ? null : copied;
        });
      }
      if (!isPlainObject(item)) return illegal(path);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(item)) {
        const copied = copy((item as Record<string, unknown>)[key], path === '' ? key : `${path}.${key}`);
        if (copied !== undefined) out[key] = copied;
      }
      return out;
    } finally {
      seen.pop();
    }
  }

  const copied = copy(value, '');
  if (failedAt !== null) {
    const path: string = failedAt;
    return {
      ok: false,
      path,
      message: `Failed due to illegal value in property: ${path || '(the value itself)'}`,
    };
  }
  return { ok: true, value: copied === undefined ? null : copied };
}
