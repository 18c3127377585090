/** Checks made before a task change is sent, with messages that say what to fix. Pure. */
import { formatUkDateWithDay, isIsoDate } from '../../src/core/dates';

/** '' when the move can be sent. */
export function checkReassign(chosenEmail: string, currentEmail: string): string {
  if (chosenEmail === '') return 'Choose who should do it instead.';
  if (chosenEmail.toLowerCase() === currentEmail.toLowerCase())
    return 'It is already with them: choose someone else.';
  return '';
}

/** '' when the new due date can be sent. */
export function checkNewDue(value: string, currentDue: string, today: string): string {
  if (value === '') return 'Choose a date.';
  if (!isIsoDate(value)) return 'That date does not exist: choose another.';
  if (value < today) return `${formatUkDateWithDay(value)} is in the past: choose today or later.`;
  if (value === currentDue) return 'That is already the due date: choose another.';
  return '';
}

/** Who may be given this task: everyone on the Staff tab except its current assignee. */
export function reassignChoices<T extends { email: string }>(staff: readonly T[], currentEmail: string): T[] {
  return staff.filter((person) => person.email.toLowerCase() !== currentEmail.toLowerCase());
}
