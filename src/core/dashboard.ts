/**
 * The SENCO's dashboard: who has what open, what is late, how much work has been handed off this
 * term, and which pupils on SEN support or with an EHCP have had no task for a while. One pass
 * over the log; `dashboardGrid` lays it out for the "Dashboard" tab.
 */
import { addDays, formatUkDate } from './dates';
import { createdDate, isActionable } from './reminders';
import { type Holidays, schoolCalendar, startOfWeek } from './schoolDays';
import { asSheetText } from './sheetText';
import type { Cell, Grid, Provision, Task } from './types';

export const DEFAULT_QUIET_WEEKS = 6;
/** Names listed under the quiet-pupils heading before "…and N more". */
export const MAX_QUIET_LISTED = 50;
export const DASHBOARD_HEADERS = ['Assignee', 'Open', 'Due this week', 'Overdue', 'Done'] as const;

export interface DashboardCounts {
  /** Not done and not cancelled ("Can't do" included: it waits on the SENCO). */
  open: number;
  /** Not started or in progress, due from today to Sunday. */
  dueThisWeek: number;
  /** Not started or in progress, due before today. */
  overdue: number;
  done: number;
}

export interface AssigneeLine extends DashboardCounts {
  name: string;
  email: string;
}

export interface Dashboard {
  perAssignee: AssigneeLine[];
  totals: DashboardCounts;
  /** Done ÷ every task not cancelled, 0..1; 0 when there are none. */
  completionRate: number;
  /** Estimated minutes of tasks created since the term started, cancelled ones left out. */
  minutesHandedOffThisTerm: number;
  termStart: string;
  quietWeeks: number;
  /** Pupils with provision K or E and no task created in the last `quietWeeks` weeks. */
  quietPupils: { id: string; name: string }[];
}

export interface DashboardInput {
  tasks: readonly Task[];
  pupils: readonly { id: string; name: string; provision: Provision }[];
  today: string;
  holidays: Holidays;
  quietWeeks?: number;
}

function emptyCounts(): DashboardCounts {
  return { open: 0, dueThisWeek: 0, overdue: 0, done: 0 };
}

function count(line: DashboardCounts, totals: DashboardCounts, field: keyof DashboardCounts): void {
  line[field] += 1;
  totals[field] += 1;
}

export function buildDashboard(input: DashboardInput): Dashboard {
  const { tasks, today } = input;
  const quietWeeks = input.quietWeeks ?? DEFAULT_QUIET_WEEKS;
  const termStart = schoolCalendar(input.holidays).termStart(today);
  const weekEnd = addDays(startOfWeek(today), 6);
  const quietSince = addDays(today, -7 * quietWeeks);
  const people = new Map<string, AssigneeLine>();
  const totals = emptyCounts();
  const recentlyTasked = new Set<string>();
  let counted = 0;
  let minutes = 0;
  for (const task of tasks) {
    if (task.status === 'Cancelled') continue;
    counted += 1;
    const created = createdDate(task);
    if (created >= quietSince) recentlyTasked.add(task.pupilId);
    if (created >= termStart && created <= today && typeof task.minutes === 'number') minutes += task.minutes;
    const key = task.assigneeEmail.trim().toLowerCase();
    let line = people.get(key);
    if (!line) {
      line = { name: task.assigneeName, email: task.assigneeEmail.trim(), ...emptyCounts() };
      people.set(key, line);
    }
    if (task.status === 'Done') {
      count(line, totals, 'done');
      continue;
    }
    count(line, totals, 'open');
    if (!isActionable(task.status) || task.due === '') continue;
    if (task.due < today) count(line, totals, 'overdue');
    else if (task.due <= weekEnd) count(line, totals, 'dueThisWeek');
  }
  const quietPupils = input.pupils
    .filter((pupil) => (pupil.provision === 'K' || pupil.provision === 'E') && !recentlyTasked.has(pupil.id))
    .map((pupil) => ({ id: pupil.id, name: pupil.name }));
  return {
    perAssignee: [...people.values()].sort(
      (a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email),
    ),
    totals,
    completionRate: counted === 0 ? 0 : totals.done / counted,
    minutesHandedOffThisTerm: minutes,
    termStart,
    quietWeeks,
    quietPupils,
  };
}

/** 750 → "12 h 30 min"; 45 → "45 min"; 120 → "2 h". */
export function formatMinutes(total: number): string {
  const minutes = Math.max(0, Math.round(total));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** 0.75 → "75%". */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

function countRow(label: Cell, counts: DashboardCounts): Cell[] {
  return [label, counts.open, counts.dueThisWeek, counts.overdue, counts.done];
}

/**
 * The Dashboard tab as a rectangular grid (Sheets rejects ragged setValues): every row padded to
 * the widest. Names came from people, so they are written as literal text.
 */
export function dashboardGrid(dashboard: Dashboard, today: string): Grid {
  const quiet = dashboard.quietPupils;
  const listed = quiet.slice(0, MAX_QUIET_LISTED).map((pupil): Cell[] => [asSheetText(pupil.name)]);
  if (quiet.length > MAX_QUIET_LISTED) listed.push([`…and ${quiet.length - MAX_QUIET_LISTED} more`]);
  if (quiet.length === 0) listed.push(['None: every one of them has had a task recently.']);
  const rows: Cell[][] = [
    [`SEND Delegate dashboard — updated ${formatUkDate(today)}`],
    [],
    [...DASHBOARD_HEADERS],
    ...dashboard.perAssignee.map((line) => countRow(asSheetText(line.name || line.email), line)),
    countRow('Total', dashboard.totals),
    [],
    ['Completion rate', formatPercent(dashboard.completionRate)],
    ['Time handed off this term', formatMinutes(dashboard.minutesHandedOffThisTerm)],
    [],
    [
      `Pupils on SEN support or with an EHCP with no task in the last ${dashboard.quietWeeks} week${dashboard.quietWeeks === 1 ? '' : 's'}`,
    ],
    ...listed,
  ];
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill('')]);
}
