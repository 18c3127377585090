/** A value as Sheets returns it from getValues(). */
export type Cell = string | number | boolean | Date;
export type Grid = Cell[][];

/** DfE census SEN provision codes; '' when the register leaves it blank or we cannot read it. */
export type Provision = 'E' | 'K' | 'N' | 'S' | '';

export interface Pupil {
  id: string;
  forename: string;
  surname: string;
  /** "Forename Surname" as the register spells them. */
  name: string;
  year: string;
  form: string;
  provision: Provision;
  /** Census need codes, primary first. */
  needs: string[];
  keyAdult: string;
  nextReview: string; // YYYY-MM-DD or ''
  annualReviewDue: string; // YYYY-MM-DD or ''
  /** 1-based row in the register tab. */
  row: number;
}

export const STAFF_ROLES = ['TA', 'HLTA', 'Teacher', 'Pastoral', 'Office', 'SENCO', 'SLT'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember {
  name: string;
  email: string;
  role: string;
  active: boolean;
}

export const TASK_STATUSES = ['Not started', 'In progress', 'Done', "Can't do", 'Cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** What an assignee may choose in their own tab. */
export const ASSIGNEE_STATUSES = ['Not started', 'In progress', 'Done', "Can't do"] as const;

export interface Task {
  id: string;
  created: string; // ISO timestamp
  pupilId: string;
  pupilLabel: string; // pupil as shown to the assignee (initials / id / name per Settings)
  taskType: string;
  title: string;
  instructions: string;
  assigneeEmail: string;
  assigneeName: string;
  due: string; // YYYY-MM-DD
  status: TaskStatus;
  completed: string; // YYYY-MM-DD or ''
  notes: string;
  minutes: number | '';
  requestId: string;
  notifiedAt: string; // ISO timestamp or ''
  lastReminder: string; // YYYY-MM-DD or ''
  checkedBySenco: string; // YYYY-MM-DD or ''
  /** When the task was listed to the SENCO as overdue or can't-do: each task escalates once. */
  escalated: string; // YYYY-MM-DD or ''
}

export type PupilIdentifier = 'initials' | 'id' | 'full name';

export interface Settings {
  schoolName: string;
  sencoEmail: string;
  sencoName: string;
  pupilIdentifier: PupilIdentifier;
  reminderDays: number;
  escalationDays: number;
  reminderHour: number;
  emailDomain: string;
  allowOutsideDomain: boolean;
  /** Inclusive holiday ranges, YYYY-MM-DD. */
  holidays: { start: string; end: string }[];
  registerTab: string;
}

export interface TaskTemplate {
  id: string;
  title: string;
  instructions: string;
  estimatedMinutes: number;
  /** School days from today suggested as the due date. */
  suggestedDueInDays: number;
}
