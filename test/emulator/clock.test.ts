import { createEmulator } from '../../emulator';

describe('clock', () => {
  it('follows real time by default', () => {
    const emu = createEmulator();

    expect(Math.abs(emu.clock.now().getTime() - Date.now())).toBeLessThan(1000);
    expect(emu.clock.isFrozen()).toBe(false);
  });

  it('stays where it is set', () => {
    const emu = createEmulator();

    emu.clock.set(new Date('2026-12-07T09:00:00Z'));

    expect(emu.clock.now().toISOString()).toBe('2026-12-07T09:00:00.000Z');
  });

  it('advances by the given milliseconds', () => {
    const emu = createEmulator();
    emu.clock.set('2026-12-07T09:00:00Z');

    emu.clock.advance(90 * 60 * 1000);

    expect(emu.clock.now().toISOString()).toBe('2026-12-07T10:30:00.000Z');
  });

  it('ticks again from where it was after resume', () => {
    const emu = createEmulator();
    emu.clock.set('2030-01-01T00:00:00Z');

    emu.clock.resume();

    expect(emu.clock.isFrozen()).toBe(false);
    expect(Math.abs(emu.clock.now().getTime() - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(1000);
  });

  it('provides a Date class whose "now" is the emulator clock', () => {
    const emu = createEmulator();
    emu.clock.set('2026-12-07T09:00:00Z');

    const ClockedDate = emu.clock.dateClass();

    expect(new ClockedDate().toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(ClockedDate.now()).toBe(Date.parse('2026-12-07T09:00:00Z'));
    expect(new ClockedDate(2020, 0, 2).getFullYear()).toBe(2020);
    expect(new ClockedDate() instanceof Date).toBe(true);
  });
});
