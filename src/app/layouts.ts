/** The add-on's own tabs: names, headers and how each is formatted. */
import { ASSIGNEE_HEADERS, STATUS_COLUMN } from '../core/assigneeTab';
import { STAFF_HEADERS } from '../core/staff';
import { TASK_HEADERS } from '../core/taskLog';
import { ASSIGNEE_STATUSES, STAFF_ROLES, TASK_STATUSES } from '../core/types';
import type { TabLayout } from './ports';

export const STAFF_TAB = 'Staff';
export const TASKS_TAB = 'Tasks';
export const SETTINGS_TAB = 'Settings';
export const NOTICES_TAB = 'Notices';
export const DASHBOARD_TAB = 'Dashboard';
export const REGISTER_TEMPLATE_TAB = 'SEND Register';

const column = (headers: readonly string[], header: string) => headers.indexOf(header) + 1;

export const STAFF_LAYOUT: TabLayout = {
  headers: STAFF_HEADERS,
  frozenRows: 1,
  lists: [{ column: 3, values: STAFF_ROLES, allowInvalid: true }],
  checkboxColumns: [4],
  widths: { 1: 180, 2: 240, 3: 100, 4: 70 },
};

export const TASKS_LAYOUT: TabLayout = {
  headers: TASK_HEADERS,
  frozenRows: 1,
  dateColumns: ['Due', 'Completed', 'Last reminder', 'Checked by SENCO', 'Escalated'].map((h) =>
    column(TASK_HEADERS, h),
  ),
  lists: [{ column: column(TASK_HEADERS, 'Status'), values: TASK_STATUSES }],
  widths: { [column(TASK_HEADERS, 'Title')]: 220, [column(TASK_HEADERS, 'Instructions')]: 260 },
};

export const ASSIGNEE_LAYOUT: TabLayout = {
  headers: ASSIGNEE_HEADERS,
  frozenRows: 1,
  dateColumns: [column(ASSIGNEE_HEADERS, 'Due')],
  lists: [{ column: STATUS_COLUMN, values: ASSIGNEE_STATUSES }],
  widths: { 4: 280, 7: 280 },
};

export const SETTINGS_LAYOUT: TabLayout = {
  headers: ['Setting', 'Value', 'What it means'],
  frozenRows: 1,
  widths: { 1: 240, 2: 200, 3: 420 },
};

export const NOTICES_LAYOUT: TabLayout = {
  headers: ['Sent at', 'To', 'Kind', 'Task IDs'],
  frozenRows: 1,
  widths: { 1: 160, 2: 240, 3: 120, 4: 400 },
};

const REGISTER_HEADERS = [
  'Pupil ID',
  'Surname',
  'Forename',
  'Year',
  'Form',
  'SEN status',
  'Primary need',
  'Secondary need',
  'Key adult',
  'Next review',
  'Annual review due',
];

export const REGISTER_TEMPLATE_LAYOUT: TabLayout = {
  headers: REGISTER_HEADERS,
  frozenRows: 1,
  dateColumns: [10, 11],
  lists: [{ column: 6, values: ['E', 'K', 'N'], allowInvalid: true }],
};

/** Tabs the add-on owns: never mistaken for the register. */
export function isOwnTab(name: string): boolean {
  return (
    [STAFF_TAB, TASKS_TAB, SETTINGS_TAB, NOTICES_TAB, DASHBOARD_TAB].includes(name) ||
    name.startsWith('Tasks – ')
  );
}
