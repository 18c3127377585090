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

/** Server functions callable from the sidebar through google.script.run. */
export interface ServerApi {
  getSidebarState(): SidebarState;
  delegateTask(request: DelegateRequest): DelegateResult;
  setUpWorkbook(): SetUpResult;
}
