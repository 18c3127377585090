/**
 * Checks the form before anything is sent, with messages that say what to fix. The server checks
 * again (DESIGN.md contract); these exist so the SENCO hears about a mistake beside the field.
 */
import { formatUkDateWithDay, isIsoDate } from '../src/core/dates';

export type FieldKey = 'pupils' | 'title' | 'minutes' | 'assignees' | 'dueDate';
/** In the order the fields appear, so the first error is the one to focus. */
export const FIELD_ORDER: readonly FieldKey[] = ['pupils', 'title', 'minutes', 'assignees', 'dueDate'];
export type FieldErrors = Partial<Record<FieldKey, string>>;

export interface FormValues {
  pupilIds: string[];
  assigneeEmails: string[];
  title: string;
  instructions: string;
  /** The minutes box as typed; '' when left empty. */
  minutes: string;
  /** YYYY-MM-DD, or '' when the date box is empty or incomplete. */
  dueDate: string;
  /** A template id, or '' for a custom task. */
  taskType: string;
}

export const MAX_MINUTES = 6000;

export function validateForm(values: FormValues, today: string, staffCount: number): FieldErrors {
  const errors: FieldErrors = {};
  if (values.pupilIds.length === 0) errors.pupils = 'Choose at least one pupil.';
  if (values.title.trim() === '') errors.title = 'Give the task a title, or choose one under Task.';
  const minutes = values.minutes.trim();
  if (minutes !== '' && !(/^\d+$/.test(minutes) && Number(minutes) <= MAX_MINUTES)) {
    errors.minutes = `Estimated minutes must be a whole number from 0 to ${MAX_MINUTES}, or left empty.`;
  }
  if (values.assigneeEmails.length === 0) {
    errors.assignees =
      staffCount === 0
        ? 'Add staff to the Staff tab first, then reload.'
        : 'Choose at least one person to assign it to.';
  }
  if (values.dueDate === '') errors.dueDate = 'Choose a due date.';
  else if (!isIsoDate(values.dueDate)) errors.dueDate = 'That date does not exist: choose another.';
  else if (values.dueDate < today) {
    errors.dueDate = `${formatUkDateWithDay(values.dueDate)} is in the past: choose today or later.`;
  }
  return errors;
}

export function firstError(errors: FieldErrors): FieldKey | undefined {
  return FIELD_ORDER.find((key) => errors[key] !== undefined);
}
