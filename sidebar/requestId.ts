/**
 * Request ids make delegateTask idempotent (a repeat with the same id changes nothing). A fresh
 * id per submission, except that a retry of exactly the same request after a failure reuses the
 * failed one's id: if the failure was a lost reply rather than a refusal, the retry cannot
 * delegate the same work twice.
 */
export function newRequestId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class RequestIds {
  private failed: { fingerprint: string; id: string } | undefined;

  constructor(private readonly make: () => string = newRequestId) {}

  /** The id for a request whose content (without its id) serialises to `fingerprint`. */
  idFor(fingerprint: string): string {
    if (this.failed && this.failed.fingerprint === fingerprint) return this.failed.id;
    return this.make();
  }

  failedWith(fingerprint: string, id: string): void {
    this.failed = { fingerprint, id };
  }

  succeeded(): void {
    this.failed = undefined;
  }
}
