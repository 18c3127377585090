/**
 * Apps Script enums. At run time each member is its own name as a string, which compares and
 * prints the way the real enum objects do (`String(SpreadsheetApp.ProtectionType.RANGE)` is
 * "RANGE"). The object literal passed to enumOf must list every member of the declared enum.
 */
function enumOf<E extends object>(members: Record<keyof E, true>): E {
  const out: Record<string, string> = {};
  for (const name of Object.keys(members)) out[name] = name;
  return Object.freeze(out) as unknown as E;
}

type S = typeof GoogleAppsScript.Spreadsheet;
type B = typeof GoogleAppsScript.Base;
type H = typeof GoogleAppsScript.HTML;
type X = typeof GoogleAppsScript.Script;

export const ProtectionType = enumOf<S['ProtectionType']>({ RANGE: true, SHEET: true });

export const DataValidationCriteria = enumOf<S['DataValidationCriteria']>({
  DATE_AFTER: true,
  DATE_BEFORE: true,
  DATE_BETWEEN: true,
  DATE_EQUAL_TO: true,
  DATE_IS_VALID_DATE: true,
  DATE_NOT_BETWEEN: true,
  DATE_ON_OR_AFTER: true,
  DATE_ON_OR_BEFORE: true,
  NUMBER_BETWEEN: true,
  NUMBER_EQUAL_TO: true,
  NUMBER_GREATER_THAN: true,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: true,
  NUMBER_LESS_THAN: true,
  NUMBER_LESS_THAN_OR_EQUAL_TO: true,
  NUMBER_NOT_BETWEEN: true,
  NUMBER_NOT_EQUAL_TO: true,
  TEXT_CONTAINS: true,
  TEXT_DOES_NOT_CONTAIN: true,
  TEXT_EQUAL_TO: true,
  TEXT_IS_VALID_EMAIL: true,
  TEXT_IS_VALID_URL: true,
  VALUE_IN_LIST: true,
  VALUE_IN_RANGE: true,
  CUSTOM_FORMULA: true,
  CHECKBOX: true,
});
export type CriteriaName = keyof S['DataValidationCriteria'];

export const BorderStyle = enumOf<S['BorderStyle']>({
  DOTTED: true,
  DASHED: true,
  SOLID: true,
  SOLID_MEDIUM: true,
  SOLID_THICK: true,
  DOUBLE: true,
});

export const WrapStrategy = enumOf<S['WrapStrategy']>({ WRAP: true, OVERFLOW: true, CLIP: true });
export const Dimension = enumOf<S['Dimension']>({ COLUMNS: true, ROWS: true });
export const SheetType = enumOf<S['SheetType']>({ GRID: true, OBJECT: true });

export const Button = enumOf<B['Button']>({ CLOSE: true, OK: true, CANCEL: true, YES: true, NO: true });
export const ButtonSet = enumOf<B['ButtonSet']>({
  OK: true,
  OK_CANCEL: true,
  YES_NO: true,
  YES_NO_CANCEL: true,
});
export const Weekday = enumOf<B['Weekday']>({
  SUNDAY: true,
  MONDAY: true,
  TUESDAY: true,
  WEDNESDAY: true,
  THURSDAY: true,
  FRIDAY: true,
  SATURDAY: true,
});

export const SandboxMode = enumOf<H['SandboxMode']>({ EMULATED: true, IFRAME: true, NATIVE: true });
export const XFrameOptionsMode = enumOf<H['XFrameOptionsMode']>({ ALLOWALL: true, DEFAULT: true });

export const AuthMode = enumOf<X['AuthMode']>({
  NONE: true,
  CUSTOM_FUNCTION: true,
  LIMITED: true,
  FULL: true,
});
export type AuthModeName = keyof X['AuthMode'];
export const AuthorizationStatus = enumOf<X['AuthorizationStatus']>({ REQUIRED: true, NOT_REQUIRED: true });
export const EventType = enumOf<X['EventType']>({
  CLOCK: true,
  ON_OPEN: true,
  ON_EDIT: true,
  ON_FORM_SUBMIT: true,
  ON_CHANGE: true,
  ON_EVENT_UPDATED: true,
});
export type EventTypeName = keyof X['EventType'];
export const InstallationSource = enumOf<X['InstallationSource']>({
  APPS_MARKETPLACE_DOMAIN_ADD_ON: true,
  NONE: true,
  WEB_STORE_ADD_ON: true,
});
export const TriggerSource = enumOf<X['TriggerSource']>({
  SPREADSHEETS: true,
  CLOCK: true,
  FORMS: true,
  DOCUMENTS: true,
  CALENDAR: true,
});
export type TriggerSourceName = keyof X['TriggerSource'];

type U = typeof GoogleAppsScript.Utilities;
export const Charset = enumOf<U['Charset']>({ US_ASCII: true, UTF_8: true });
export const DigestAlgorithm = enumOf<U['DigestAlgorithm']>({
  MD2: true,
  MD5: true,
  SHA_1: true,
  SHA_256: true,
  SHA_384: true,
  SHA_512: true,
});
export const MacAlgorithm = enumOf<U['MacAlgorithm']>({
  HMAC_MD5: true,
  HMAC_SHA_1: true,
  HMAC_SHA_256: true,
  HMAC_SHA_384: true,
  HMAC_SHA_512: true,
});
export const RsaAlgorithm = enumOf<U['RsaAlgorithm']>({ RSA_SHA_1: true, RSA_SHA_256: true });

/** The name an enum member carries at run time (members are their names, see enumOf). */
export function enumName(member: unknown): string {
  return String(member);
}
