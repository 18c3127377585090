/**
 * The Delegated view's filters and how they become a listTasks query. Pure: `today` is passed in
 * (the spreadsheet's date from getSidebarState), so the ranges are testable without a clock.
 */

import { addDays, dayOfWeek } from '../../src/core/dates';
import type { TaskQuery } from '../../src/core/rpc';

export type StatusFilter =
  | 'open'
  | 'overdue'
  | 'Not started'
  | 'In progress'
  | 'Done'
  | "Can't do"
  | 'Cancelled'
  | 'all';
export type DueFilter = 'any' | 'thisWeek' | 'next2Weeks' | 'overdue';

export interface TaskFilters {
  /** '' for anyone. */
  assigneeEmail: string;
  /** '' for every pupil. */
  pupilId: string;
  status: StatusFilter;
  due: DueFilter;
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export const STATUS_CHOICES: readonly Choice<StatusFilter>[] = [
  { value: 'open', label: 'All open' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'Not started', label: 'Not started' },
  { value: 'In progress', label: 'In progress' },
  { value: 'Done', label: 'Done' },
  { value: "Can't do", label: "Can't do" },
  { value: 'Cancelled', label: 'Cancelled' },
  { value: 'all', label: 'All' },
];

export const DUE_CHOICES: readonly Choice<DueFilter>[] = [
  { value: 'any', label: 'Any time' },
  { value: 'thisWeek', label: 'This week' },
  { value: 'next2Weeks', label: 'Next 2 weeks' },
  { value: 'overdue', label: 'Overdue' },
];

export const DEFAULT_FILTERS: Readonly<TaskFilters> = {
  assigneeEmail: '',
  pupilId: '',
  status: 'open',
  due: 'any',
};

/** Everything in the log: what "Show all tasks" sets. */
export const ALL_TASKS: Readonly<TaskFilters> = { assigneeEmail: '', pupilId: '', status: 'all', due: 'any' };

/** Rows fetched at first, and added by each "Show more". */
export const PAGE_SIZE = 50;

export function isStatusFilter(value: string): value is StatusFilter {
  return STATUS_CHOICES.some((choice) => choice.value === value);
}

export function isDueFilter(value: string): value is DueFilter {
  return DUE_CHOICES.some((choice) => choice.value === value);
}

/** The Sunday that ends the week (Monday to Sunday) holding `today`. */
export function endOfWeek(today: string): string {
  return addDays(today, (7 - dayOfWeek(today)) % 7);
}

/**
 * The due-date range of a Due choice. "This week" runs from today to Sunday, as the dashboard's
 * "due this week" does; "next 2 weeks" is today and the 13 days after it; "overdue" is before today.
 */
export function dueRange(due: DueFilter, today: string): { dueFrom?: string; dueTo?: string } {
  switch (due) {
    case 'any':
      return {};
    case 'thisWeek':
      return { dueFrom: today, dueTo: endOfWeek(today) };
    case 'next2Weeks':
      return { dueFrom: today, dueTo: addDays(today, 13) };
    case 'overdue':
      return { dueTo: addDays(today, -1) };
    default:
      return due satisfies never;
  }
}

/**
 * The listTasks query for these filters. Due "Overdue" with open (or every) status asks the
 * server for overdue tasks, so a "Can't do" task past its date is not called overdue; with a
 * particular status it means "due before today".
 */
export function toQuery(filters: TaskFilters, today: string, limit: number): TaskQuery {
  const query: TaskQuery = { limit };
  if (filters.assigneeEmail) query.assigneeEmail = filters.assigneeEmail;
  if (filters.pupilId) query.pupilId = filters.pupilId;
  let status: string = filters.status;
  if (filters.due === 'overdue' && (status === 'open' || status === 'all')) status = 'overdue';
  if (status !== 'all') query.status = status;
  const range = dueRange(filters.due, today);
  if (range.dueFrom) query.dueFrom = range.dueFrom;
  if (range.dueTo) query.dueTo = range.dueTo;
  return query;
}

export function sameFilters(a: TaskFilters, b: TaskFilters): boolean {
  return (
    a.assigneeEmail === b.assigneeEmail && a.pupilId === b.pupilId && a.status === b.status && a.due === b.due
  );
}
