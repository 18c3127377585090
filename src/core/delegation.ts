/**
 * delegateTask's pure half: check a request against the register, the Staff tab and Settings,
 * then plan one task per (pupil, assignee). Every check runs before anything is written.
 */
import { formatUkDate, formatUkDateWithDay, isIsoDate, isWeekend } from './dates';
import { UserError } from './errors';
import type { DelegateRequest } from './rpc';
import { domainOf, isEmailAddress } from './staff';
import { findTemplate } from './templates';
import type { Pupil, Settings, StaffMember, Task } from './types';

export const MAX_TASKS_PER_REQUEST = 500;
const MAX_TITLE = 200;
const MAX_INSTRUCTIONS = 2000;

export interface DelegationContext {
  pupils: readonly Pupil[];
  staff: readonly StaffMember[];
  settings: Settings;
  /** Today in the spreadsheet's time zone. */
  today: string;
}

export interface ValidRequest {
  requestId: string;
  pupils: Pupil[];
  assignees: StaffMember[];
  title: string;
  instructions: string;
  dueDate: string;
  estimatedMinutes: number | '';
  taskType: string;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.map((item) => String(item ?? '').trim()).filter((item) => item !== ''))];
}

/** The domain notices may go to: the setting, else the SENCO's own address's domain. */
export function schoolDomain(settings: Settings): string {
  return settings.emailDomain || domainOf(settings.sencoEmail);
}

function checkPupils(ids: string[], pupils: readonly Pupil[]): Pupil[] {
  if (ids.length === 0) throw new UserError('Choose at least one pupil.');
  const byId = new Map(pupils.map((pupil) => [pupil.id, pupil]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length === 1) throw new UserError(`Pupil id ${unknown[0]} is not on the register.`);
  if (unknown.length > 1) throw new UserError(`Pupil ids ${list(unknown)} are not on the register.`);
  return ids.map((id) => byId.get(id)!);
}

export function checkAssignees(emails: string[], context: DelegationContext): StaffMember[] {
  if (emails.length === 0) throw new UserError('Choose at least one person in "Assign to".');
  const malformed = emails.filter((email) => !isEmailAddress(email));
  if (malformed.length > 0) throw new UserError(`"${malformed[0]}" is not an email address.`);
  const byEmail = new Map(context.staff.map((member) => [member.email.toLowerCase(), member]));
  const missing = emails.filter((email) => !byEmail.has(email.toLowerCase()));
  if (missing.length > 0) {
    throw new UserError(
      `${list(missing)} ${missing.length === 1 ? 'is' : 'are'} not on the Staff tab. Add them there first.`,
    );
  }
  const assignees = emails.map((email) => byEmail.get(email.toLowerCase())!);
  const inactive = assignees.find((member) => !member.active);
  if (inactive) throw new UserError(`${inactive.name} is marked inactive on the Staff tab.`);
  const domain = schoolDomain(context.settings);
  if (!context.settings.allowOutsideDomain) {
    if (domain === '') {
      throw new UserError(
        'Set "Email domain" in the Settings tab (for example school.org.uk) so notices only go to school addresses.',
      );
    }
    const outside = assignees.find((member) => domainOf(member.email) !== domain);
    if (outside) {
      throw new UserError(
        `${outside.email} is outside ${domain}. Notices only go to school addresses unless Settings allows others.`,
      );
    }
  }
  return assignees;
}

export function checkDueDate(value: unknown, today: string): string {
  const due = String(value ?? '').trim();
  if (due === '') throw new UserError('Choose a due date.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due))
    throw new UserError(`The due date "${due}" is not a date (use YYYY-MM-DD).`);
  if (!isIsoDate(due)) throw new UserError(`The due date ${due} does not exist.`);
  if (due < today) throw new UserError(`The due date ${formatUkDate(due)} is in the past.`);
  return due;
}

function checkMinutes(value: unknown): number | '' {
  if (value === undefined || value === null || value === '') return '';
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 6000) {
    throw new UserError('Estimated minutes must be a whole number between 0 and 6000.');
  }
  return minutes;
}

export function validateRequest(request: unknown, context: DelegationContext): ValidRequest {
  if (typeof request !== 'object' || request === null)
    throw new UserError('The sidebar sent an empty request.');
  const input = request as Partial<Record<keyof DelegateRequest, unknown>>;
  const requestId = String(input.requestId ?? '').trim();
  if (requestId === '') throw new UserError('The request has no id. Reload the sidebar and try again.');
  const title = String(input.title ?? '').trim();
  if (title === '') throw new UserError('Give the task a title.');
  if (title.length > MAX_TITLE) throw new UserError(`Keep the title under ${MAX_TITLE} characters.`);
  const instructions = String(input.instructions ?? '').trim();
  if (instructions.length > MAX_INSTRUCTIONS) {
    throw new UserError(`Keep the instructions under ${MAX_INSTRUCTIONS} characters.`);
  }
  const taskType = String(input.taskType ?? '').trim();
  if (taskType !== '' && !findTemplate(taskType))
    throw new UserError(`"${taskType}" is not a known task type.`);
  const pupils = checkPupils(strings(input.pupilIds), context.pupils);
  const assignees = checkAssignees(strings(input.assigneeEmails), context);
  const dueDate = checkDueDate(input.dueDate, context.today);
  const estimatedMinutes = checkMinutes(input.estimatedMinutes);
  const count = pupils.length * assignees.length;
  if (count > MAX_TASKS_PER_REQUEST) {
    throw new UserError(
      `That would create ${count} tasks; delegate at most ${MAX_TASKS_PER_REQUEST} at once (fewer pupils or people).`,
    );
  }
  return { requestId, pupils, assignees, title, instructions, dueDate, estimatedMinutes, taskType };
}

/** Tasks for a valid request, grouped by assignee so each person's rows sit together. */
export function planTasks(valid: ValidRequest, ids: readonly string[], createdAt: string): Task[] {
  const tasks: Task[] = [];
  for (const assignee of valid.assignees) {
    for (const pupil of valid.pupils) {
      tasks.push({
        id: ids[tasks.length] ?? '',
        created: createdAt,
        pupilId: pupil.id,
        pupilLabel: pupil.name,
        taskType: valid.taskType || 'custom',
        title: valid.title,
        instructions: valid.instructions,
        assigneeEmail: assignee.email,
        assigneeName: assignee.name,
        due: valid.dueDate,
        status: 'Not started',
        completed: '',
        notes: '',
        minutes: valid.estimatedMinutes,
        requestId: valid.requestId,
        notifiedAt: '',
        lastReminder: '',
        checkedBySenco: '',
        escalated: '',
      });
    }
  }
  return tasks;
}

/** Things worth telling the SENCO that do not stop the delegation. */
export function delegationWarnings(
  valid: ValidRequest,
  openTasks: readonly Task[],
  holidays: Settings['holidays'],
): string[] {
  const warnings: string[] = [];
  if (isWeekend(valid.dueDate))
    warnings.push(`The due date, ${formatUkDateWithDay(valid.dueDate)}, is a weekend.`);
  else if (holidays.some((holiday) => valid.dueDate >= holiday.start && valid.dueDate <= holiday.end)) {
    warnings.push(`The due date, ${formatUkDateWithDay(valid.dueDate)}, is in a school holiday.`);
  }
  const taskType = valid.taskType || 'custom';
  const pupilIds = new Set(valid.pupils.map((pupil) => pupil.id));
  const emails = new Set(valid.assignees.map((member) => member.email.toLowerCase()));
  for (const task of openTasks) {
    if (
      pupilIds.has(task.pupilId) &&
      emails.has(task.assigneeEmail.toLowerCase()) &&
      task.taskType === taskType &&
      task.title === valid.title
    ) {
      warnings.push(
        `${task.assigneeName} already had an open "${task.title}" task for ${task.pupilLabel} (${task.id}).`,
      );
    }
  }
  return warnings;
}
