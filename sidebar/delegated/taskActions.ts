/**
 * A task's actions: Reassign, Change due date, Mark as checked and Cancel task (with a confirm
 * step, since it emails the assignee). Only what makes sense for the task's status is offered.
 * Each action has its own message line; sending goes through the view's UpdateRunner.
 */
import type { SidebarStaff, TaskSummary } from '../../src/core/rpc';
import { el } from '../dom';
import { describeDueDate } from '../dueDate';
import { checkNewDue, checkReassign, reassignChoices } from './actionChecks';
import { isOpenStatus } from './text';
import type { ActionUi, UpdateRunner } from './updateRunner';

export interface ActionContext {
  staff: readonly SidebarStaff[];
  today: string;
  runner: UpdateRunner;
}

function safe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

function errorLine(id: string): HTMLParagraphElement {
  return el('p', { class: 'field-error', id, 'aria-live': 'polite' });
}

/** Shows a message beside a control and ties them together for screen readers. */
function complain(ui: ActionUi, control: HTMLElement, message: string): void {
  ui.error.textContent = message;
  if (message) {
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', ui.error.id);
    control.focus();
  } else {
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-describedby');
  }
}

function reassign(task: TaskSummary, ctx: ActionContext, key: string): HTMLElement | null {
  const people = reassignChoices(ctx.staff, task.assigneeEmail);
  if (people.length === 0) return null;
  const select = el('select', { id: `reassign-${key}`, class: 'select' }, [
    el('option', { value: '' }, ['Choose someone…']),
    ...people.map((person) => el('option', { value: person.email }, [person.name || person.email])),
  ]);
  const button = el('button', { type: 'button', class: 'button' }, ['Reassign']);
  const ui = { button, error: errorLine(`reassign-${key}-error`), busyText: 'Moving…' };
  button.addEventListener('click', () => {
    const problem = checkReassign(select.value, task.assigneeEmail);
    complain(ui, select, problem);
    if (!problem)
      ctx.runner.perform({ taskId: task.id, action: 'reassign', assigneeEmail: select.value }, ui, task);
  });
  return el('div', { class: 'action' }, [
    el('label', { for: select.id, class: 'label label-small' }, ['Reassign to']),
    el('div', { class: 'action-row' }, [select, button]),
    ui.error,
  ]);
}

function changeDue(task: TaskSummary, ctx: ActionContext, key: string): HTMLElement {
  const input = el('input', {
    type: 'date',
    id: `new-due-${key}`,
    class: 'input input-date',
    min: ctx.today,
  });
  input.value = task.due;
  const button = el('button', { type: 'button', class: 'button' }, ['Save date']);
  const ui = { button, error: errorLine(`new-due-${key}-error`), busyText: 'Saving…' };
  // Date boxes follow the browser's language (often US order): say the date the UK way too.
  const uk = el('span', { class: 'due-uk' }, [describeDueDate(task.due)]);
  const showUk = () => {
    uk.textContent = describeDueDate(input.value);
  };
  input.addEventListener('input', showUk);
  input.addEventListener('change', showUk);
  button.addEventListener('click', () => {
    const problem = checkNewDue(input.value, task.due, ctx.today);
    complain(ui, input, problem);
    if (!problem)
      ctx.runner.perform({ taskId: task.id, action: 'changeDue', dueDate: input.value }, ui, task);
  });
  return el('div', { class: 'action' }, [
    el('label', { for: input.id, class: 'label label-small' }, ['New due date']),
    el('div', { class: 'action-row' }, [input, button]),
    uk,
    ui.error,
  ]);
}

function markChecked(task: TaskSummary, ctx: ActionContext, key: string): HTMLElement {
  const button = el('button', { type: 'button', class: 'button' }, ['Mark as checked']);
  const ui = { button, error: errorLine(`checked-${key}-error`), busyText: 'Saving…' };
  button.addEventListener('click', () =>
    ctx.runner.perform({ taskId: task.id, action: 'markChecked' }, ui, task),
  );
  return el('div', { class: 'action' }, [button, ui.error]);
}

function cancel(task: TaskSummary, ctx: ActionContext, key: string): HTMLElement {
  const start = el('button', { type: 'button', class: 'button button-danger' }, ['Cancel task']);
  const question = el('p', { id: `cancel-${key}-question`, class: 'confirm-text' }, [
    `Cancel this task? ${task.assigneeName || task.assigneeEmail} will be emailed that they no longer need to do it.`,
  ]);
  const yes = el('button', { type: 'button', class: 'button button-danger-solid' }, ['Yes, cancel task']);
  const keep = el('button', { type: 'button', class: 'button', 'aria-describedby': question.id }, [
    'Keep task',
  ]);
  const confirm = el('div', { class: 'confirm', hidden: true }, [
    question,
    el('div', { class: 'confirm-buttons' }, [yes, keep]),
  ]);
  const ui = { button: yes, error: errorLine(`cancel-${key}-error`), busyText: 'Cancelling…' };
  start.addEventListener('click', () => {
    start.hidden = true;
    confirm.hidden = false;
    // The safe choice takes focus, so a second Enter does not cancel by accident.
    keep.focus();
  });
  keep.addEventListener('click', () => {
    confirm.hidden = true;
    start.hidden = false;
    ui.error.textContent = '';
    start.focus();
  });
  yes.addEventListener('click', () => ctx.runner.perform({ taskId: task.id, action: 'cancel' }, ui, task));
  return el('div', { class: 'action' }, [start, confirm, ui.error]);
}

/** The actions for this task, or null when none apply (e.g. a cancelled task). */
export function taskActions(task: TaskSummary, ctx: ActionContext): HTMLElement | null {
  const key = safe(task.id);
  const open = isOpenStatus(task.status);
  const canCheck = (task.status === 'Done' || task.status === "Can't do") && !task.checkedBySenco;
  const parts = [
    canCheck ? markChecked(task, ctx, key) : null,
    open ? reassign(task, ctx, key) : null,
    open ? changeDue(task, ctx, key) : null,
    open ? cancel(task, ctx, key) : null,
  ].filter((part): part is HTMLElement => part !== null);
  if (parts.length === 0) return null;
  return el('div', { class: 'actions', role: 'group', 'aria-label': `Change ${task.id}` }, parts);
}
