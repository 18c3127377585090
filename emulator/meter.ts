/**
 * The one place every service method passes through. It
 * - counts Spreadsheet-service round trips (outermost calls only: a method the emulator calls
 *   from inside another does not count, as it would not be a separate round trip),
 * - refuses services that need authorisation while the emulated AuthMode is NONE (as for an
 *   add-on's onOpen before the user has authorised it),
 * - re-throws errors in the script's realm (see realm.ts).
 * `instrument` wraps each method of a class prototype once, at module load.
 */
import type { AuthModeName } from './enums';
import type { Realm } from './realm';

export class Meter {
  total = 0;
  readonly byMethod = new Map<string, number>();
  authMode: AuthModeName = 'FULL';
  private depth = 0;

  constructor(private readonly realm: Realm) {}

  run<T>(label: string, counted: boolean, needsAuth: boolean, call: () => T): T {
    if (this.depth === 0) {
      if (needsAuth && this.authMode === 'NONE') {
        throw this.realm.error(`You do not have permission to call ${label}.`);
      }
      if (counted) {
        this.total += 1;
        this.byMethod.set(label, (this.byMethod.get(label) ?? 0) + 1);
      }
    }
    this.depth += 1;
    try {
      return call();
    } catch (error) {
      throw this.depth === 1 ? this.realm.adopt(error) : error;
    } finally {
      this.depth -= 1;
    }
  }

  /** Runs `work` without counting or auth checks (test arrangement, the playground's reads). */
  uncounted<T>(work: () => T): T {
    this.depth += 1;
    try {
      return work();
    } finally {
      this.depth -= 1;
    }
  }

  reset(): void {
    this.total = 0;
    this.byMethod.clear();
  }
}

/** An emulator object whose methods go through a Meter. */
export interface Metered {
  readonly meter: Meter;
}

export interface InstrumentOptions {
  /** Counted as a Spreadsheet round trip: true, false, or per method name. */
  counted: boolean | ((method: string) => boolean);
  /** Refused under AuthMode.NONE: true, false, or per method name. */
  needsAuth: boolean | ((method: string) => boolean);
}

type Method = (...args: unknown[]) => unknown;

/** `prototype` must be a class's prototype whose instances carry a Meter (checked by the compiler). */
export function instrument(prototype: Metered, service: string, options: InstrumentOptions): void {
  for (const name of Object.getOwnPropertyNames(prototype)) {
    if (name === 'constructor') continue;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (!descriptor || typeof descriptor.value !== 'function') continue;
    const original = descriptor.value as Method;
    const label = `${service}.${name}`;
    const counted = typeof options.counted === 'function' ? options.counted(name) : options.counted;
    const needsAuth = typeof options.needsAuth === 'function' ? options.needsAuth(name) : options.needsAuth;
    Object.defineProperty(prototype, name, {
      ...descriptor,
      value: function metered(this: Metered, ...args: unknown[]): unknown {
        return this.meter.run(label, counted, needsAuth, () => original.apply(this, args));
      },
    });
  }
}
