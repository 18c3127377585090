import { fresh } from './setup';

const SUMMER = new Date('2025-07-04T08:05:09Z');
const WINTER = new Date('2025-01-05T08:05:09Z');

describe('Utilities.formatDate', () => {
  it('formats in the given zone, summer time included', () => {
    const { emu } = fresh();

    expect(emu.globals.Utilities.formatDate(SUMMER, 'Europe/London', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2025-07-04 09:05:09',
    );
    expect(emu.globals.Utilities.formatDate(WINTER, 'Europe/London', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2025-01-05 08:05:09',
    );
  });

  it('names months and days in English', () => {
    const { emu } = fresh();

    expect(emu.globals.Utilities.formatDate(SUMMER, 'Europe/London', 'EEE d MMM yy')).toBe('Fri 4 Jul 25');
    expect(emu.globals.Utilities.formatDate(SUMMER, 'Europe/London', 'EEEE d MMMM yyyy')).toBe(
      'Friday 4 July 2025',
    );
  });

  it('pads and does not pad as the letters say', () => {
    const { emu } = fresh();

    expect(emu.globals.Utilities.formatDate(WINTER, 'UTC', 'd/M/yyyy H:m')).toBe('5/1/2025 8:5');
    expect(emu.globals.Utilities.formatDate(WINTER, 'UTC', 'dd/MM/yyyy HH:mm')).toBe('05/01/2025 08:05');
  });

  it('copies quoted text and doubled quotes', () => {
    const { emu } = fresh();

    expect(emu.globals.Utilities.formatDate(WINTER, 'UTC', "'Due' d MMM 'o''clock'")).toBe(
      "Due 5 Jan o'clock",
    );
  });

  it('prints zone offsets', () => {
    const { emu } = fresh();

    expect(emu.globals.Utilities.formatDate(SUMMER, 'Europe/London', 'Z')).toBe('+0100');
    expect(emu.globals.Utilities.formatDate(SUMMER, 'Europe/London', 'XXX')).toBe('+01:00');
  });

  it('formats the date in the day it falls on in that zone', () => {
    const { emu } = fresh();
    const lateUtc = new Date('2025-01-05T23:30:00Z');

    expect(emu.globals.Utilities.formatDate(lateUtc, 'Asia/Tokyo', 'yyyy-MM-dd')).toBe('2025-01-06');
  });
});

describe('Utilities', () => {
  it('makes version 4 UUIDs', () => {
    const { emu } = fresh();

    expect(emu.globals.Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('sleeps by moving the emulator clock, not by waiting', () => {
    const { emu } = fresh();
    const before = emu.clock.now().getTime();

    emu.globals.Utilities.sleep(60_000);

    expect(emu.clock.now().getTime() - before).toBe(60_000);
  });

  it('round-trips base64', () => {
    const { emu } = fresh();
    const utilities = emu.globals.Utilities;

    const encoded = utilities.base64Encode('héllo');

    expect(Buffer.from(utilities.base64Decode(encoded).map((b) => b & 0xff)).toString('utf8')).toBe('héllo');
  });

  it('computes digests as signed bytes', () => {
    const { emu } = fresh();
    const utilities = emu.globals.Utilities;

    const digest = utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc');

    expect(digest).toHaveLength(32);
    expect(digest.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(digest[0]).toBe(-70);
  });
});
