import { LOCK_TIMEOUT } from '../../emulator';
import { fresh } from './setup';

describe('LockService', () => {
  it('grants a free document lock', () => {
    const { emu } = fresh();
    const lock = emu.globals.LockService.getDocumentLock();

    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(emu.isLockHeld('document')).toBe(true);
  });

  it('releases the lock', () => {
    const { emu } = fresh();
    const lock = emu.globals.LockService.getDocumentLock();
    lock.waitLock(1000);

    lock.releaseLock();

    expect(lock.hasLock()).toBe(false);
    expect(emu.isLockHeld()).toBe(false);
  });

  it('fails tryLock while another execution holds the lock, after waiting out the timeout', () => {
    const { emu } = fresh();
    emu.holdDocumentLockElsewhere(true);
    const before = emu.clock.now().getTime();

    const got = emu.globals.LockService.getDocumentLock().tryLock(5000);

    expect(got).toBe(false);
    expect(emu.clock.now().getTime() - before).toBe(5000);
  });

  it('throws the Apps Script timeout from waitLock while the lock is held elsewhere', () => {
    const { emu } = fresh();
    emu.holdDocumentLockElsewhere();

    expect(() => emu.globals.LockService.getDocumentLock().waitLock(10_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(LOCK_TIMEOUT).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('grants the lock again once the other execution lets go', () => {
    const { emu } = fresh();
    emu.holdDocumentLockElsewhere(true);

    emu.holdDocumentLockElsewhere(false);

    expect(emu.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('does not tie the script lock to the document lock', () => {
    const { emu } = fresh();
    emu.holdDocumentLockElsewhere(true);

    expect(emu.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});
