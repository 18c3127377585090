/**
 * ScriptApp: enums and installable triggers (triggers.ts, triggerBuilders.ts). userEdit in
 * userEdit.ts fires the ON_EDIT ones; clock triggers are recorded but never run by the emulator.
 */
import type { EmuContext } from './context';
import {
  AuthMode,
  AuthorizationStatus,
  EventType,
  InstallationSource,
  TriggerSource,
  Weekday,
} from './enums';
import { asGas } from './gas';
import { instrument } from './meter';
import { EmuSpreadsheet } from './spreadsheet/spreadsheet';
import { EmuTriggerBuilder } from './triggerBuilders';
import { type TriggerTable, triggerFacade } from './triggers';

type GasTrigger = GoogleAppsScript.Script.Trigger;

type ScriptMethods =
  | 'deleteTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'newTrigger'
  | 'getScriptId';
type ScriptEnums =
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'EventType'
  | 'InstallationSource'
  | 'TriggerSource'
  | 'WeekDay';

export class EmuScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, ScriptMethods | ScriptEnums> {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly InstallationSource = InstallationSource;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = Weekday;

  constructor(
    readonly ctx: EmuContext,
    private readonly table: TriggerTable,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  deleteTrigger(trigger: GasTrigger): void {
    const uid = trigger.getUniqueId();
    this.table.triggers = this.table.triggers.filter((t) => t.uid !== uid);
  }

  getProjectTriggers(): GasTrigger[] {
    return this.table.triggers.map((record) => triggerFacade(this.ctx, record));
  }

  /** All of this user's triggers for the add-on in this spreadsheet (clock ones included). */
  getUserTriggers(document: unknown): GasTrigger[] {
    if (!(document instanceof EmuSpreadsheet)) return [];
    return this.getProjectTriggers();
  }

  getScriptId(): string {
    return `script-${this.ctx.book.id}`;
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return asGas<GoogleAppsScript.Script.TriggerBuilder>(
      new EmuTriggerBuilder(this.ctx, this.table, String(functionName)),
    );
  }
}

const scriptNeedsAuth = (method: string): boolean => method !== 'getScriptId';

instrument(EmuScriptApp.prototype, 'ScriptApp', { counted: false, needsAuth: scriptNeedsAuth });
