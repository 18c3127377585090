/**
 * The follow-through, planned purely: who gets a digest of tasks due soon or overdue today, which
 * tasks go to the SENCO (each once, ever), and whether today is the day for the weekly summary.
 * The app layer sends what is planned and stamps "Last reminder" and "Escalated" in the log.
 */
import { addDays, cellToIsoDate } from './dates';
import { type Holidays, schoolCalendar } from './schoolDays';
import type { Settings, Task, TaskStatus } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;
/** How far back weeklySummary looks for the previous summary day (covers the summer holiday). */
const SUMMARY_LOOKBACK_WEEKS = 12;

/** Waiting on the assignee: the statuses that get reminders and count as overdue. */
export function isActionable(status: TaskStatus): boolean {
  return status === 'Not started' || status === 'In progress';
}

/** Not finished and not cancelled ("Can't do" is open: it waits on the SENCO). */
function isUnfinished(status: TaskStatus): boolean {
  return status !== 'Done' && status !== 'Cancelled';
}

/**
 * The calendar date a task was created. `created` is an instant (ISO text, UTC); its date part is
 * used as it is, which can differ from the London date for an hour after midnight in summer —
 * harmless for weekly and termly counts. Dates typed by hand (15/01/2027) are read too.
 */
export function createdDate(task: Pick<Task, 'created'>): string {
  const text = task.created.trim();
  return ISO_DATE_START.test(text) ? text.slice(0, 10) : cellToIsoDate(text, 'UTC');
}

function byDue(a: Task, b: Task): number {
  return a.due.localeCompare(b.due) || a.id.localeCompare(b.id);
}

function byName(a: { name: string; email: string }, b: { name: string; email: string }): number {
  return a.name.localeCompare(b.name) || a.email.localeCompare(b.email);
}

export interface Digest<T extends Task = Task> {
  email: string;
  name: string;
  /** Due today or within `reminderDays` school days, soonest first. */
  dueSoon: T[];
  /** Due before today, oldest first. */
  overdue: T[];
}

export interface OverdueTask<T extends Task = Task> {
  task: T;
  schoolDaysOverdue: number;
}

export interface Escalation<T extends Task = Task> {
  overdue: OverdueTask<T>[];
  cantDo: T[];
}

export interface ReminderPlan<T extends Task = Task> {
  digests: Digest<T>[];
  escalation: Escalation<T> | null;
  weeklySummaryDue: boolean;
}

export interface ReminderInput<T extends Task = Task> {
  tasks: readonly T[];
  /** Today in the spreadsheet's time zone. */
  today: string;
  settings: Pick<Settings, 'reminderDays' | 'escalationDays' | 'holidays'>;
  /** Lower-cased emails already sent a digest today: a second run the same day skips them. */
  alreadyDigested: ReadonlySet<string>;
}

/**
 * Plans today's reminders. On a weekend or holiday nothing is planned: staff are not emailed on
 * days off, and nothing is lost because tasks are looked at again on the next school day.
 */
export function planReminders<T extends Task>(input: ReminderInput<T>): ReminderPlan<T> {
  const { tasks, today, settings, alreadyDigested } = input;
  const calendar = schoolCalendar(settings.holidays);
  if (!calendar.isSchoolDay(today)) return { digests: [], escalation: null, weeklySummaryDue: false };
  const digests = new Map<string, Digest<T>>();
  const overdue: OverdueTask<T>[] = [];
  const cantDo: T[] = [];
  const digestFor = (task: T): Digest<T> | null => {
    const key = task.assigneeEmail.trim().toLowerCase();
    if (key === '' || alreadyDigested.has(key)) return null;
    let digest = digests.get(key);
    if (!digest) {
      digest = { email: task.assigneeEmail.trim(), name: task.assigneeName, dueSoon: [], overdue: [] };
      digests.set(key, digest);
    }
    return digest;
  };
  for (const task of tasks) {
    if (task.status === "Can't do") {
      if (task.escalated === '') cantDo.push(task);
      continue;
    }
    if (!isActionable(task.status) || !ISO_DATE.test(task.due)) continue;
    if (task.due < today) {
      const late = calendar.schoolDaysBetween(task.due, today);
      if (late > settings.escalationDays && task.escalated === '') {
        overdue.push({ task, schoolDaysOverdue: late });
      }
      digestFor(task)?.overdue.push(task);
    } else if (calendar.schoolDaysBetween(today, task.due) <= settings.reminderDays) {
      digestFor(task)?.dueSoon.push(task);
    }
  }
  const planned = [...digests.values()].filter((d) => d.dueSoon.length > 0 || d.overdue.length > 0);
  for (const digest of planned) {
    digest.dueSoon.sort(byDue);
    digest.overdue.sort(byDue);
  }
  overdue.sort(
    (a, b) =>
      b.schoolDaysOverdue - a.schoolDaysOverdue || a.task.assigneeName.localeCompare(b.task.assigneeName),
  );
  cantDo.sort(byDue);
  return {
    digests: planned.sort(byName),
    escalation: overdue.length > 0 || cantDo.length > 0 ? { overdue, cantDo } : null,
    weeklySummaryDue: calendar.firstSchoolDayOfWeek(today) === today,
  };
}

export interface SummaryCounts {
  /** Created in the period (cancelled ones left out). */
  delegated: number;
  /** Completed in the period. */
  done: number;
  /** Not done and not cancelled today, "Can't do" included. */
  open: number;
  /** Not started or in progress and due before today. */
  overdue: number;
  /** Marked "Can't do" and waiting on the SENCO. */
  cantDo: number;
}

export interface SummaryLine extends SummaryCounts {
  name: string;
  email: string;
}

export interface WeeklySummary {
  /** The period counted, inclusive: from the previous summary day to yesterday. */
  from: string;
  to: string;
  people: SummaryLine[];
  totals: SummaryCounts;
}

function emptyCounts(): SummaryCounts {
  return { delegated: 0, done: 0, open: 0, overdue: 0, cantDo: 0 };
}

/**
 * The day the previous summary went out: the latest first-school-day-of-a-week before today. A
 * summary covers from then to yesterday, so consecutive summaries tile with no gap even when a
 * bank holiday moves one to Tuesday or a half-term week has none.
 */
function previousSummaryDay(today: string, holidays: Holidays): string {
  const calendar = schoolCalendar(holidays);
  for (let week = 0; week <= SUMMARY_LOOKBACK_WEEKS; week++) {
    const first = calendar.firstSchoolDayOfWeek(addDays(today, -7 * week));
    if (first !== null && first < today) return first;
  }
  return addDays(today, -7);
}

/** Per-assignee counts for the SENCO's weekly email, sorted by name, with totals. */
export function weeklySummary(tasks: readonly Task[], today: string, holidays: Holidays): WeeklySummary {
  const from = previousSummaryDay(today, holidays);
  const to = addDays(today, -1);
  const people = new Map<string, SummaryLine>();
  const totals = emptyCounts();
  const add = (task: Task, field: keyof SummaryCounts) => {
    const key = task.assigneeEmail.trim().toLowerCase();
    let line = people.get(key);
    if (!line) {
      line = { name: task.assigneeName, email: task.assigneeEmail.trim(), ...emptyCounts() };
      people.set(key, line);
    }
    line[field] += 1;
    totals[field] += 1;
  };
  for (const task of tasks) {
    if (task.status === 'Cancelled') continue;
    const created = createdDate(task);
    if (created >= from && created <= to) add(task, 'delegated');
    if (task.status === 'Done' && task.completed >= from && task.completed <= to) add(task, 'done');
    if (isUnfinished(task.status)) add(task, 'open');
    if (isActionable(task.status) && ISO_DATE.test(task.due) && task.due < today) add(task, 'overdue');
    if (task.status === "Can't do") add(task, 'cantDo');
  }
  return { from, to, people: [...people.values()].sort(byName), totals };
}
