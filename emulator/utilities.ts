/**
 * Utilities: formatDate (Java patterns, any IANA zone), getUuid, sleep (advances the emulator
 * clock instead of waiting), base64, digests and HMAC-SHA256 as signed bytes, formatString.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { EmuContext } from './context';
import { Charset, DigestAlgorithm, MacAlgorithm, RsaAlgorithm } from './enums';
import { instrument } from './meter';
import { isDate } from './realm';
import { formatJavaDate } from './time/javaDateFormat';

type GasUtilities = GoogleAppsScript.Utilities.Utilities;
type Methods =
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'formatDate'
  | 'formatString'
  | 'getUuid'
  | 'sleep';
type Enums = 'Charset' | 'DigestAlgorithm' | 'MacAlgorithm' | 'RsaAlgorithm';

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script's Byte[] holds signed bytes (-128..127). */
const toSigned = (buffer: Uint8Array): number[] => Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
const toBuffer = (data: string | number[]): Buffer =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));

export class EmuUtilities implements Pick<GasUtilities, Methods | Enums> {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm;

  constructor(readonly ctx: EmuContext) {}

  get meter() {
    return this.ctx.meter;
  }

  base64Decode(encoded: string): number[] {
    return toSigned(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return toSigned(Buffer.from(encoded, 'base64url'));
  }

  base64Encode(data: string | number[]): string {
    return toBuffer(data).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[]): string {
    const plain = toBuffer(data).toString('base64');
    return plain.replace(/\+/g, '-').replace(/\//g, '_');
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[]): number[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw new Error('Invalid argument: algorithm');
    return toSigned(createHash(name).update(toBuffer(value)).digest());
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[]): number[] {
    return toSigned(createHmac('sha256', toBuffer(key)).update(toBuffer(value)).digest());
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date))
      throw new Error(
        `The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`,
      );
    return formatJavaDate(date.getTime(), String(timeZone), String(format));
  }

  /** %s, %d, %f (with precision, e.g. %.2f) and %% as Java's String.format does for these. */
  formatString(template: string, ...args: unknown[]): string {
    let next = 0;
    return template.replace(
      /%(\.(\d+))?([sdf%])/g,
      (_m, _p: string | undefined, precision: string | undefined, kind: string) => {
        if (kind === '%') return '%';
        const arg = args[next++];
        if (kind === 'd') return String(Math.trunc(Number(arg)));
        if (kind === 'f') return Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
        return String(arg);
      },
    );
  }

  getUuid(): string {
    return randomUUID();
  }

  sleep(milliseconds: number): void {
    if (milliseconds > 300_000) throw new Error('Invalid argument: milliseconds');
    this.ctx.clock.advance(Math.max(0, milliseconds));
  }
}

instrument(EmuUtilities.prototype, 'Utilities', { counted: false, needsAuth: false });
