/**
 * The emulator's clock: real time by default. `set` freezes it at a moment (deterministic tests),
 * `advance` moves it on (Utilities.sleep and lock waits advance it instead of waiting), `resume`
 * lets it tick with real time again from wherever it is. Session, Utilities, MailApp's sentAt and
 * the mail quota's daily reset all read it.
 */
export interface ClockState {
  /** Milliseconds added to real time while the clock ticks. */
  offsetMs: number;
  /** Epoch milliseconds the clock is frozen at, or null while it ticks. */
  frozenAtMs: number | null;
}

export class Clock {
  private offsetMs = 0;
  private frozenAtMs: number | null = null;

  constructor(private readonly realNow: () => number = Date.now) {}

  nowMs(): number {
    return this.frozenAtMs ?? this.realNow() + this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Freezes the clock at `date` (a Date, epoch ms or a string Date can parse). */
  set(date: Date | number | string): void {
    const ms = new Date(date).getTime();
    if (Number.isNaN(ms)) throw new Error(`Clock.set: not a date: ${String(date)}`);
    this.frozenAtMs = ms;
  }

  advance(ms: number): void {
    if (this.frozenAtMs === null) this.offsetMs += ms;
    else this.frozenAtMs += ms;
  }

  /** Ticks with real time again, continuing from the current reading. */
  resume(): void {
    if (this.frozenAtMs === null) return;
    this.offsetMs = this.frozenAtMs - this.realNow();
    this.frozenAtMs = null;
  }

  isFrozen(): boolean {
    return this.frozenAtMs !== null;
  }

  /**
   * A Date class for a script's realm whose `new Date()` and `Date.now()` read this clock, so code
   * that asks the platform for the time follows the emulated clock. Other forms behave as usual.
   */
  dateClass(base: DateConstructor = Date): DateConstructor {
    const clock = this;
    const ClockedDate = function (this: unknown, ...args: unknown[]): unknown {
      if (!new.target) return new base(clock.nowMs()).toString();
      const date = args.length === 0 ? new base(clock.nowMs()) : Reflect.construct(base, args, new.target);
      return date;
    } as unknown as DateConstructor;
    Object.setPrototypeOf(ClockedDate, base);
    Object.defineProperty(ClockedDate, 'prototype', { value: base.prototype });
    Object.defineProperty(ClockedDate, 'now', { value: () => clock.nowMs() });
    return ClockedDate;
  }

  toJSON(): ClockState {
    return { offsetMs: this.offsetMs, frozenAtMs: this.frozenAtMs };
  }

  restore(state: ClockState): void {
    this.offsetMs = state.offsetMs;
    this.frozenAtMs = state.frozenAtMs;
  }
}
