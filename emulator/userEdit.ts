/**
 * A person typing into a cell: the value is converted as Sheets converts typed input, a strict
 * data validation rule rejects what it does not allow (as the Sheets UI does), and every
 * installed ON_EDIT trigger for the spreadsheet then runs through options.runTrigger with an
 * event shaped like Apps Script's. Errors thrown by handlers are re-thrown after all have run.
 */
import type { EmuContext } from './context';
import { AuthMode } from './enums';
import type { GasRange, GasSpreadsheet, GasUser } from './gas';
import { isDate } from './realm';
import { userOf } from './session';
import { parseA1 } from './spreadsheet/a1';
import { type CellValue, convertInput, FormulaInput } from './spreadsheet/conversion';
import { ruleAccepts } from './spreadsheet/dataValidation';
import { rangeFacade } from './spreadsheet/range';
import { spreadsheetFacade } from './spreadsheet/spreadsheet';
import { offsetMs } from './time/zone';
import type { TriggerTable } from './triggers';

export interface EditEvent {
  authMode: GoogleAppsScript.Script.AuthMode;
  triggerUid: string;
  user: GasUser;
  range: GasRange;
  source: GasSpreadsheet;
  /** The new value as text (a date as its serial day number, as Apps Script sends it). */
  value?: string;
  /** The previous value as text; absent when the cell was empty. */
  oldValue?: string;
}

export type TriggerRunner = (functionName: string, event: EditEvent) => void;

function eventText(value: CellValue | undefined, timeZone: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    const ms = value.getTime();
    return String((ms + offsetMs(ms, timeZone)) / 86_400_000 + 25_569);
  }
  return String(value);
}

export function userEdit(
  ctx: EmuContext,
  triggers: TriggerTable,
  runTrigger: TriggerRunner | undefined,
  sheetName: string,
  a1: string,
  value: unknown,
): void {
  const sheet = ctx.book.byName(sheetName);
  if (!sheet) throw new Error(`userEdit: there is no sheet named "${sheetName}".`);
  const parsed = parseA1(a1);
  if (
    !parsed ||
    parsed.startRow === null ||
    parsed.startCol === null ||
    parsed.endRow !== parsed.startRow ||
    parsed.endCol !== parsed.startCol
  ) {
    throw new Error(`userEdit: "${a1}" is not a single cell.`);
  }
  const row = parsed.startRow;
  const col = parsed.startCol;
  if (row > sheet.maxRows || col > sheet.maxColumns)
    throw new Error(`userEdit: ${a1} is outside ${sheetName}.`);
  const settings = ctx.book.conversion();
  const stored = convertInput(value, sheet.numberFormats.get(row - 1, col - 1) === '@', settings);
  const rule = sheet.validations.get(row - 1, col - 1);
  if (rule && !(stored instanceof FormulaInput) && !ruleAccepts(rule.spec, stored)) {
    throw new Error(
      `The data you entered in cell ${a1.toUpperCase()} violates the data validation rules set on this cell.`,
    );
  }
  const previous =
    sheet.formulas.get(row - 1, col - 1) !== undefined ? undefined : sheet.values.get(row - 1, col - 1);
  const rect = { row, col, numRows: 1, numCols: 1 };
  sheet.writeValues(rect, [[value]], settings);

  const edits = triggers.triggers.filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === ctx.book.id);
  if (edits.length === 0) return;
  if (!runTrigger)
    throw new Error('userEdit: an onEdit trigger is installed but the emulator has no options.runTrigger.');
  const newText = stored instanceof FormulaInput ? undefined : eventText(stored, ctx.book.timeZone);
  const oldText = eventText(previous, ctx.book.timeZone);
  const errors: unknown[] = [];
  for (const trigger of edits) {
    const event: EditEvent = {
      authMode: AuthMode.FULL,
      triggerUid: trigger.uid,
      user: userOf(ctx.user.email),
      range: rangeFacade(ctx, sheet, rect),
      source: spreadsheetFacade(ctx),
    };
    if (newText !== undefined) event.value = newText;
    if (oldText !== undefined) event.oldValue = oldText;
    try {
      runTrigger(trigger.handler, event);
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
}
