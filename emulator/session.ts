/** Session: the signed-in user (who owns the emulated spreadsheet) and their locale. */
import type { EmuContext } from './context';
import { asGas, type GasUser } from './gas';
import { instrument } from './meter';

class EmuUser implements Pick<GasUser, 'getEmail'> {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

export function userOf(email: string): GasUser {
  return asGas<GasUser>(new EmuUser(email));
}

type SessionMethods =
  | 'getActiveUser'
  | 'getActiveUserLocale'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey';

export class EmuSession implements Pick<GoogleAppsScript.Base.Session, SessionMethods> {
  constructor(
    readonly ctx: EmuContext,
    private readonly scriptTimeZone: string,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  getActiveUser(): GasUser {
    return userOf(this.ctx.user.email);
  }

  getActiveUserLocale(): string {
    return this.ctx.user.locale;
  }

  getEffectiveUser(): GasUser {
    return userOf(this.ctx.user.email);
  }

  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }

  /** Stable per user, opaque, like the real key. */
  getTemporaryActiveUserKey(): string {
    let hash = 0x811c9dc5;
    for (const ch of this.ctx.user.email) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return `temp-${hash.toString(36)}-${this.ctx.user.email.length.toString(36)}`;
  }
}

instrument(EmuSession.prototype, 'Session', { counted: false, needsAuth: false });
