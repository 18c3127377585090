/**
 * The JavaScript realm the code under test runs in. The add-on bundle runs in node:vm, where
 * `value instanceof Date` and `e instanceof Error` only hold for that context's own constructors,
 * as they do for objects Apps Script hands to a script. So Dates the emulator returns and Errors it
 * throws are made with the realm's constructors (by default, this realm's).
 */
export interface RealmConstructors {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export class Realm {
  private ctors: RealmConstructors;

  constructor(ctors: Partial<RealmConstructors> = {}) {
    this.ctors = { Date: ctors.Date ?? Date, Error: ctors.Error ?? Error };
  }

  use(ctors: Partial<RealmConstructors>): void {
    this.ctors = { Date: ctors.Date ?? this.ctors.Date, Error: ctors.Error ?? this.ctors.Error };
  }

  date(ms: number): Date {
    return new this.ctors.Date(ms);
  }

  error(message: string): Error {
    return new this.ctors.Error(message);
  }

  /** Re-creates an error from this realm in the target realm, keeping message, name and stack. */
  adopt(error: unknown): unknown {
    if (this.ctors.Error === Error || !(error instanceof Error)) return error;
    const adopted = new this.ctors.Error(error.message);
    adopted.name = error.name;
    if (error.stack !== undefined) adopted.stack = error.stack;
    return adopted;
  }
}

/** True for a Date from any realm (instanceof fails across node:vm contexts). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
