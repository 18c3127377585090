/** Words the Delegated, pupil and Overview views show. Pure, so each sentence is unit-tested. */
import { formatUkDate } from '../../src/core/dates';
import type { TaskSummary, TaskUpdate } from '../../src/core/rpc';
import { listNames } from '../resultText';

export { formatMinutes, formatPercent } from '../../src/core/dashboard';

export type StatusTone = 'not-started' | 'in-progress' | 'done' | 'cant-do' | 'cancelled' | 'other';

/** The chip colour for a status; an unexpected status (typed in by hand) gets a plain chip. */
export function statusTone(status: string): StatusTone {
  switch (status) {
    case 'Not started':
      return 'not-started';
    case 'In progress':
      return 'in-progress';
    case 'Done':
      return 'done';
    case "Can't do":
      return 'cant-do';
    case 'Cancelled':
      return 'cancelled';
    default:
      return 'other';
  }
}

/** Not done and not cancelled: it can still move, change date or be cancelled. */
export function isOpenStatus(status: string): boolean {
  return status === 'Not started' || status === 'In progress' || status === "Can't do";
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 tasks", or "50 of 230 tasks" when the list stops at the limit. */
export function countLine(shown: number, total: number): string {
  if (shown >= total) return plural(total, 'task', 'tasks');
  return `${shown} of ${total} tasks`;
}

/** A date for people, or a dash when there is none. */
export function ukDateOrDash(iso: string): string {
  return iso ? formatUkDate(iso) : '—';
}

/** "Done by Amir Khan on 14 Jan 2027", "With Amir Khan: in progress": who did it and when. */
export function whoAndWhen(task: TaskSummary): string {
  const who = task.assigneeName || task.assigneeEmail;
  switch (task.status) {
    case 'Done':
      return task.completed ? `Done by ${who} on ${formatUkDate(task.completed)}` : `Done by ${who}`;
    case "Can't do":
      return `${who} could not do it`;
    case 'Cancelled':
      return `Cancelled (was with ${who})`;
    default:
      return `With ${who}: ${task.status.toLowerCase()}`;
  }
}

/**
 * "5 pupils on SEN support or with an EHCP have had no task for 6 weeks"; with none, says so
 * plainly rather than "0 pupils".
 */
export function quietSentence(count: number, weeks: number): string {
  const last = weeks === 1 ? 'week' : `${weeks} weeks`;
  if (count === 0) return `Every pupil on SEN support or with an EHCP has had a task in the last ${last}.`;
  const who =
    count === 1
      ? '1 pupil on SEN support or with an EHCP has'
      : `${count} pupils on SEN support or with an EHCP have`;
  return `${who} had no task for ${weeks === 1 ? 'a week' : last}`;
}

/** "3 tasks for Amara Okafor", "No tasks for Amara Okafor yet". */
export function historyHeading(count: number, name: string): string {
  return count === 0 ? `No tasks for ${name} yet` : `${plural(count, 'task', 'tasks')} for ${name}`;
}

/**
 * Who should have had an email about this change but is not in `notified` (quota spent, a send
 * failed): "No email could be sent to Jo Smith just now: please tell them yourself." '' when
 * everyone expected was emailed, or the change emails nobody.
 */
export function unsentWarning(
  update: TaskUpdate,
  before: { assigneeEmail: string; assigneeName: string },
  notified: readonly string[],
  staff: readonly { email: string; name: string }[],
): string {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  let expected: string[];
  switch (update.action) {
    case 'reassign':
      expected = same(update.assigneeEmail, before.assigneeEmail)
        ? []
        : [update.assigneeEmail, before.assigneeEmail];
      break;
    case 'cancel':
      expected = [before.assigneeEmail];
      break;
    default:
      expected = [];
  }
  const missing = expected.filter((email) => email && !notified.some((sent) => same(sent, email)));
  if (missing.length === 0) return '';
  const names = missing.map((email) =>
    same(email, before.assigneeEmail) && before.assigneeName
      ? before.assigneeName
      : staff.find((person) => same(person.email, email))?.name || email,
  );
  const whom = missing.length === 1 ? 'them' : 'them both';
  return `No email could be sent to ${listNames(names)} just now: please tell ${whom} yourself.`;
}
