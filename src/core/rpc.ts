/**
 * The one contract between the sidebar and the server. The sidebar imports these types only
 * (`import type`), so it never spells a server function name as a loose string.
 * Everything here is JSON-safe: dates travel as 'YYYY-MM-DD'.
 */
import type { TaskTemplate } from './types';

export interface SidebarPupil {
  id: string;
  name: string;
  year: string;
  form: string;
  /** Census code: E, K, N, S or ''. */
  status: string;
  /** Broad area of the primary need, e.g. "Communication and interaction"; '' when unknown. */
  needArea: string;
  initials: string;
}

export interface SidebarStaff {
  name: string;
  email: string;
  role: string;
}

export interface SidebarState {
  registerFound: boolean;
  registerTab: string;
  pupils: SidebarPupil[];
  staff: SidebarStaff[];
  templates: TaskTemplate[];
  /** Today in the spreadsheet's time zone, YYYY-MM-DD. */
  today: string;
  schoolName: string;
  /** Who notices say the task is from (Settings "SENCO name", else "Your SENCO"). */
  senderName: string;
  pupilIdentifier: string;
  warnings: string[];
}

export interface DelegateRequest {
  requestId: string;
  pupilIds: string[];
  assigneeEmails: string[];
  title: string;
  instructions?: string;
  dueDate: string;
  estimatedMinutes?: number;
  taskType?: string;
}

export interface DelegateResult {
  taskIds: string[];
  notified: string[];
  warnings?: string[];
}

export interface SetUpResult {
  created: string[];
  registerTab: string;
  message: string;
}

/** One task as the sidebar's Delegated and pupil views show it. */
export interface TaskSummary {
  id: string;
  pupilId: string;
  pupilName: string;
  title: string;
  taskType: string;
  assigneeName: string;
  assigneeEmail: string;
  /** YYYY-MM-DD. */
  created: string;
  due: string;
  status: string;
  completed: string;
  notes: string;
  minutes: number | '';
  checkedBySenco: string;
  overdue: boolean;
}

export interface TaskQuery {
  assigneeEmail?: string;
  pupilId?: string;
  /** A status, or 'open' (not done or cancelled) or 'overdue'. */
  status?: string;
  dueFrom?: string;
  dueTo?: string;
  /** At most this many, soonest due first (default 200). */
  limit?: number;
}

export interface TaskList {
  tasks: TaskSummary[];
  /** How many matched before the limit. */
  total: number;
}

export interface PupilHistory {
  pupil: { id: string; name: string };
  /** Every task for the pupil, oldest first: the evidence trail for a review. */
  tasks: TaskSummary[];
}

export type TaskUpdate =
  | { taskId: string; action: 'reassign'; assigneeEmail: string }
  | { taskId: string; action: 'changeDue'; dueDate: string }
  | { taskId: string; action: 'cancel' }
  | { taskId: string; action: 'markChecked' };

export interface TaskUpdateResult {
  task: TaskSummary;
  notified: string[];
  message: string;
}

export interface DashboardSummary {
  perAssignee: {
    name: string;
    email: string;
    open: number;
    dueThisWeek: number;
    overdue: number;
    done: number;
  }[];
  totals: { open: number; dueThisWeek: number; overdue: number; done: number };
  completionRate: number;
  minutesHandedOffThisTerm: number;
  termStart: string;
  quietWeeks: number;
  quietPupils: { id: string; name: string }[];
}

/** Server functions callable from the sidebar through google.script.run. */
export interface ServerApi {
  getSidebarState(): SidebarState;
  delegateTask(request: DelegateRequest): DelegateResult;
  setUpWorkbook(): SetUpResult;
  listTasks(query: TaskQuery): TaskList;
  getPupilTasks(pupilId: string): PupilHistory;
  updateTask(update: TaskUpdate): TaskUpdateResult;
  getDashboard(): DashboardSummary;
}
