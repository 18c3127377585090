/**
 * LockService: one lock per kind (document, script, user) for the emulated execution. While a
 * test says another execution holds the document lock, tryLock waits out its timeout (on the
 * emulator clock) and returns false, and waitLock throws Apps Script's timeout error.
 */
import type { EmuContext } from './context';
import { asGas } from './gas';
import { instrument } from './meter';

type GasLock = GoogleAppsScript.Lock.Lock;
export type LockKind = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class LockTable {
  readonly held: Record<LockKind, boolean> = { document: false, script: false, user: false };
  readonly heldElsewhere: Record<LockKind, boolean> = { document: false, script: false, user: false };
}

export class EmuLock implements Pick<GasLock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'> {
  constructor(
    readonly ctx: EmuContext,
    private readonly table: LockTable,
    private readonly kind: LockKind,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  hasLock(): boolean {
    return this.table.held[this.kind];
  }

  releaseLock(): void {
    this.table.held[this.kind] = false;
  }

  tryLock(timeoutInMillis: number): boolean {
    if (this.table.heldElsewhere[this.kind]) {
      this.ctx.clock.advance(Math.max(0, timeoutInMillis));
      return false;
    }
    this.table.held[this.kind] = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }
}

export class EmuLockService
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  constructor(
    readonly ctx: EmuContext,
    private readonly table: LockTable,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  getDocumentLock(): GasLock {
    return asGas<GasLock>(new EmuLock(this.ctx, this.table, 'document'));
  }

  getScriptLock(): GasLock {
    return asGas<GasLock>(new EmuLock(this.ctx, this.table, 'script'));
  }

  getUserLock(): GasLock {
    return asGas<GasLock>(new EmuLock(this.ctx, this.table, 'user'));
  }
}

instrument(EmuLock.prototype, 'Lock', { counted: false, needsAuth: true });
instrument(EmuLockService.prototype, 'LockService', { counted: false, needsAuth: true });
