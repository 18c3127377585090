/** ScriptApp.newTrigger(...): the clock and spreadsheet trigger builders. */
import type { EmuContext } from './context';
import type { EventTypeName } from './enums';
import { asGas } from './gas';
import { instrument } from './meter';
import { EmuSpreadsheet } from './spreadsheet/spreadsheet';
import { type ClockSchedule, type TriggerTable, triggerFacade } from './triggers';

type GasTrigger = GoogleAppsScript.Script.Trigger;
type ClockBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type SheetBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

type ClockMethods =
  | 'after'
  | 'at'
  | 'atHour'
  | 'create'
  | 'everyDays'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyWeeks'
  | 'inTimezone'
  | 'nearMinute'
  | 'onMonthDay'
  | 'onWeekDay';

class EmuClockTriggerBuilder implements Pick<ClockBuilder, ClockMethods> {
  private readonly schedule: ClockSchedule = {};

  constructor(
    readonly ctx: EmuContext,
    private readonly table: TriggerTable,
    private readonly handler: string,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  private set(change: ClockSchedule): ClockBuilder {
    Object.assign(this.schedule, change);
    return asGas<ClockBuilder>(this);
  }

  after(durationMilliseconds: number): ClockBuilder {
    return this.set({ at: this.ctx.clock.nowMs() + durationMilliseconds });
  }
  at(date: GoogleAppsScript.Base.Date): ClockBuilder {
    return this.set({ at: date.getTime() });
  }
  atHour(hour: number): ClockBuilder {
    if (hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    return this.set({ atHour: hour });
  }
  everyDays(n: number): ClockBuilder {
    return this.set({ everyDays: n });
  }
  everyHours(n: number): ClockBuilder {
    return this.set({ everyHours: n });
  }
  everyMinutes(n: number): ClockBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error('Invalid argument: minutes');
    return this.set({ everyMinutes: n });
  }
  everyWeeks(n: number): ClockBuilder {
    return this.set({ everyWeeks: n });
  }
  inTimezone(timezone: string): ClockBuilder {
    return this.set({ timeZone: timezone });
  }
  nearMinute(minute: number): ClockBuilder {
    return this.set({ nearMinute: minute });
  }
  onMonthDay(day: number): ClockBuilder {
    return this.set({ onMonthDay: day });
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockBuilder {
    return this.set({ onWeekDay: String(day) });
  }
  create(): GasTrigger {
    const record = this.table.add({
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: '',
      clock: { ...this.schedule },
    });
    return triggerFacade(this.ctx, record);
  }
}

class EmuSpreadsheetTriggerBuilder
  implements Pick<SheetBuilder, 'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'>
{
  private eventType: EventTypeName | null = null;

  constructor(
    readonly ctx: EmuContext,
    private readonly table: TriggerTable,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  private on(eventType: EventTypeName): SheetBuilder {
    this.eventType = eventType;
    return asGas<SheetBuilder>(this);
  }

  onChange(): SheetBuilder {
    return this.on('ON_CHANGE');
  }
  onEdit(): SheetBuilder {
    return this.on('ON_EDIT');
  }
  onFormSubmit(): SheetBuilder {
    return this.on('ON_FORM_SUBMIT');
  }
  onOpen(): SheetBuilder {
    return this.on('ON_OPEN');
  }
  create(): GasTrigger {
    if (this.eventType === null)
      throw new Error('The trigger needs an event type: onEdit, onChange, onOpen or onFormSubmit.');
    const record = this.table.add({
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
    });
    return triggerFacade(this.ctx, record);
  }
}

export class EmuTriggerBuilder
  implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'timeBased'>
{
  constructor(
    readonly ctx: EmuContext,
    private readonly table: TriggerTable,
    private readonly handler: string,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): SheetBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet instanceof EmuSpreadsheet ? sheet.getId() : '';
    if (id !== this.ctx.book.id) throw new Error('Invalid argument: spreadsheet');
    return asGas<SheetBuilder>(new EmuSpreadsheetTriggerBuilder(this.ctx, this.table, this.handler, id));
  }

  timeBased(): ClockBuilder {
    return asGas<ClockBuilder>(new EmuClockTriggerBuilder(this.ctx, this.table, this.handler));
  }
}

instrument(EmuClockTriggerBuilder.prototype, 'ClockTriggerBuilder', { counted: false, needsAuth: true });
instrument(EmuSpreadsheetTriggerBuilder.prototype, 'SpreadsheetTriggerBuilder', {
  counted: false,
  needsAuth: true,
});
instrument(EmuTriggerBuilder.prototype, 'TriggerBuilder', { counted: false, needsAuth: true });
