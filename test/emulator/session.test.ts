import { fresh } from './setup';

describe('Session', () => {
  it('is signed in as the configured user', () => {
    const { emu } = fresh({ userEmail: 'senco@example.school' });

    expect(emu.globals.Session.getActiveUser().getEmail()).toBe('senco@example.school');
    expect(emu.globals.Session.getEffectiveUser().getEmail()).toBe('senco@example.school');
  });

  it('reports the script zone and a British locale', () => {
    const { emu } = fresh({ timeZone: 'Europe/London' });

    expect([emu.globals.Session.getScriptTimeZone(), emu.globals.Session.getActiveUserLocale()]).toEqual([
      'Europe/London',
      'en_GB',
    ]);
  });

  it('gives the same temporary key for the same user', () => {
    const { emu } = fresh();

    expect(emu.globals.Session.getTemporaryActiveUserKey()).toBe(
      emu.globals.Session.getTemporaryActiveUserKey(),
    );
  });
});
