/**
 * Data validation rules: SpreadsheetApp.newDataValidation() builds one; ranges store them per
 * cell. Rules are immutable values, so one rule can sit in 20,000 cells. Building is local work
 * in Apps Script, so these methods are not counted as Spreadsheet calls.
 */
import type { EmuContext } from '../context';
import { type CriteriaName, DataValidationCriteria } from '../enums';
import type { GasDataValidation, GasDataValidationBuilder, GasRange } from '../gas';
import { asGas } from '../gas';
import { instrument } from '../meter';
import { isDate } from '../realm';
import type { CellValue } from './conversion';

export interface RuleSpec {
  criteria: CriteriaName;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

function copyArg(arg: unknown, ctx: EmuContext): unknown {
  if (isDate(arg)) return ctx.realm.date(arg.getTime());
  if (Array.isArray(arg)) return arg.map((item) => copyArg(item, ctx));
  return arg;
}

type RuleMethods = 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText';

export class EmuDataValidation implements Pick<GasDataValidation, RuleMethods> {
  constructor(
    readonly ctx: EmuContext,
    readonly spec: Readonly<RuleSpec>,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  copy(): GasDataValidationBuilder {
    return asGas<GasDataValidationBuilder>(new EmuDataValidationBuilder(this.ctx, this.spec));
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[this.spec.criteria];
  }

  getCriteriaValues(): unknown[] {
    return this.spec.args.map((arg) => copyArg(arg, this.ctx));
  }

  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateEqualTo'
  | 'requireDateNotBetween'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireNumberNotBetween'
  | 'requireNumberNotEqualTo'
  | 'requireTextContains'
  | 'requireTextDoesNotContain'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

type B = GasDataValidationBuilder;

export class EmuDataValidationBuilder implements Pick<GasDataValidationBuilder, BuilderMethods> {
  private criteria: CriteriaName | null;
  private args: unknown[];
  private allowInvalid: boolean;
  private helpText: string | null;

  constructor(
    readonly ctx: EmuContext,
    from?: Readonly<RuleSpec>,
  ) {
    this.criteria = from?.criteria ?? null;
    this.args = from ? [...from.args] : [];
    this.allowInvalid = from?.allowInvalid ?? true;
    this.helpText = from?.helpText ?? null;
  }

  get meter() {
    return this.ctx.meter;
  }

  build(): GasDataValidation {
    if (this.criteria === null) throw new Error('You must specify a criteria for the data validation rule.');
    const spec: RuleSpec = {
      criteria: this.criteria,
      args: this.args,
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
    return asGas<GasDataValidation>(new EmuDataValidation(this.ctx, spec));
  }

  copy(): B {
    return asGas<B>(new EmuDataValidationBuilder(this.ctx, this.snapshot()));
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[this.criteria ?? 'CUSTOM_FORMULA'];
  }

  getCriteriaValues(): unknown[] {
    return this.args.map((arg) => copyArg(arg, this.ctx));
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): B {
    const args =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this.with('CHECKBOX', args);
  }
  requireDate(): B {
    return this.with('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date): B {
    return this.with('DATE_AFTER', [date]);
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date): B {
    return this.with('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): B {
    return this.with('DATE_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: GoogleAppsScript.Base.Date): B {
    return this.with('DATE_EQUAL_TO', [date]);
  }
  requireDateNotBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): B {
    return this.with('DATE_NOT_BETWEEN', [start, end]);
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): B {
    return this.with('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): B {
    return this.with('DATE_ON_OR_BEFORE', [date]);
  }
  requireFormulaSatisfied(formula: string): B {
    return this.with('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): B {
    return this.with('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): B {
    return this.with('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): B {
    return this.with('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): B {
    return this.with('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): B {
    return this.with('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): B {
    return this.with('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberNotBetween(start: number, end: number): B {
    return this.with('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberNotEqualTo(number: number): B {
    return this.with('NUMBER_NOT_EQUAL_TO', [number]);
  }
  requireTextContains(text: string): B {
    return this.with('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): B {
    return this.with('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): B {
    return this.with('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): B {
    return this.with('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): B {
    return this.with('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: string[], showDropdown = true): B {
    if (!Array.isArray(values))
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    return this.with('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: GasRange, showDropdown = true): B {
    return this.with('VALUE_IN_RANGE', [range, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): B {
    this.allowInvalid = allowInvalidData;
    return asGas<B>(this);
  }
  setHelpText(helpText: string): B {
    this.helpText = helpText;
    return asGas<B>(this);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): B {
    const name = String(criteria);
    if (!(name in DataValidationCriteria)) throw new Error(`Invalid argument: criteria`);
    return this.with(name as CriteriaName, [...args]);
  }

  private with(criteria: CriteriaName, args: unknown[]): B {
    this.criteria = criteria;
    this.args = args.map((arg) => (isDate(arg) ? new Date(arg.getTime()) : arg));
    return asGas<B>(this);
  }

  private snapshot(): RuleSpec {
    return {
      criteria: this.criteria ?? 'CUSTOM_FORMULA',
      args: [...this.args],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
  }
}

instrument(EmuDataValidation.prototype, 'DataValidation', { counted: false, needsAuth: false });
instrument(EmuDataValidationBuilder.prototype, 'DataValidationBuilder', { counted: false, needsAuth: false });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Whether a person may type `value` into a cell with this rule (Apps Script writes are never
 * checked, as in Sheets). Only the criteria an add-on is likely to use are enforced.
 */
export function ruleAccepts(spec: Readonly<RuleSpec>, value: CellValue | undefined): boolean {
  if (spec.allowInvalid || value === undefined) return true;
  switch (spec.criteria) {
    case 'VALUE_IN_LIST': {
      const list = Array.isArray(spec.args[0]) ? (spec.args[0] as unknown[]) : [];
      return list.some((item) => String(item) === String(value));
    }
    case 'CHECKBOX':
      return spec.args.length === 0 ? typeof value === 'boolean' : spec.args.some((arg) => arg === value);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && EMAIL.test(value);
    case 'DATE_IS_VALID_DATE':
      return isDate(value);
    case 'NUMBER_BETWEEN': {
      const [low, high] = spec.args as [number, number];
      return typeof value === 'number' && value >= low && value <= high;
    }
    default:
      return true;
  }
}
