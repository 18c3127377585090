/**
 * Installed triggers: the table the emulator keeps (with each trigger's configuration) and the
 * Trigger objects scripts see. A project may hold 20 triggers per user, as in Apps Script.
 */
import type { EmuContext } from './context';
import { EventType, type EventTypeName, TriggerSource, type TriggerSourceName } from './enums';
import { asGas } from './gas';
import { instrument } from './meter';

type GasTrigger = GoogleAppsScript.Script.Trigger;

export interface ClockSchedule {
  atHour?: number;
  nearMinute?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  /** Epoch ms for at()/after(). */
  at?: number;
  timeZone?: string;
}

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** The spreadsheet's id for spreadsheet triggers; '' for clock triggers. */
  sourceId: string;
  clock?: ClockSchedule;
}

export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const MAX_TRIGGERS = 20;

export class TriggerTable {
  triggers: TriggerRecord[] = [];
  sequence = 0;

  add(record: Omit<TriggerRecord, 'uid'>): TriggerRecord {
    if (this.triggers.length >= MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
    this.sequence += 1;
    const full: TriggerRecord = { uid: String(1_000_000 + this.sequence), ...record };
    this.triggers.push(full);
    return full;
  }
}

export class EmuTrigger
  implements
    Pick<
      GasTrigger,
      'getEventType' | 'getHandlerFunction' | 'getTriggerSource' | 'getTriggerSourceId' | 'getUniqueId'
    >
{
  constructor(
    readonly ctx: EmuContext,
    readonly record: TriggerRecord,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType[this.record.eventType];
  }

  getHandlerFunction(): string {
    return this.record.handler;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource[this.record.source];
  }

  getTriggerSourceId(): string {
    return this.record.sourceId;
  }

  getUniqueId(): string {
    return this.record.uid;
  }
}

export function triggerFacade(ctx: EmuContext, record: TriggerRecord): GasTrigger {
  return asGas<GasTrigger>(new EmuTrigger(ctx, record));
}

instrument(EmuTrigger.prototype, 'Trigger', { counted: false, needsAuth: true });
