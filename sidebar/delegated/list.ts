/**
 * The compact task list: one button per task (title, due date, pupil, assignee, status chip, an
 * Overdue marker and a tick once checked). Pressing it expands the task's details below it; one
 * task is open at a time, and stays open across reloads while it is still listed.
 */
import type { TaskSummary } from '../../src/core/rpc';
import { el, replaceChildren } from '../dom';
import { statusTone, ukDateOrDash } from './text';

export interface TaskListView {
  render(tasks: readonly TaskSummary[]): void;
  /** Moves focus to a listed task's button; false when it is not listed. */
  focusTask(taskId: string): boolean;
}

export function statusChip(status: string): HTMLSpanElement {
  return el('span', { class: `chip chip-${statusTone(status)}` }, [status || 'No status']);
}

export function markers(task: TaskSummary): Node[] {
  return [
    task.overdue ? el('span', { class: 'chip chip-overdue' }, ['Overdue']) : null,
    task.checkedBySenco
      ? el('span', { class: 'tick', title: `Checked ${ukDateOrDash(task.checkedBySenco)}` }, [
          el('span', { 'aria-hidden': 'true' }, ['✓']),
          el('span', { class: 'sr-only' }, ['Checked']),
        ])
      : null,
  ].filter((node): node is HTMLSpanElement => node !== null);
}

function detailId(taskId: string): string {
  return `task-detail-${taskId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function row(task: TaskSummary, open: boolean): HTMLLIElement {
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'task-row',
      'data-task': task.id,
      'aria-expanded': String(open),
      'aria-controls': detailId(task.id),
    },
    [
      el('span', { class: 'task-line' }, [
        el('span', { class: 'task-title' }, [task.title || task.taskType || task.id]),
        el('span', { class: task.overdue ? 'task-due task-due-late' : 'task-due' }, [
          el('span', { class: 'sr-only' }, ['due ']),
          ukDateOrDash(task.due),
        ]),
      ]),
      el('span', { class: 'task-line' }, [
        el('span', { class: 'task-meta' }, [
          `${task.pupilName || task.pupilId} · ${task.assigneeName || task.assigneeEmail}`,
        ]),
        el('span', { class: 'chips' }, [statusChip(task.status), ...markers(task)]),
      ]),
    ],
  );
  return el('li', { class: open ? 'task task-open' : 'task' }, [
    toggle,
    el('div', { class: 'task-detail', id: detailId(task.id), hidden: !open }),
  ]);
}

export function createTaskList(list: HTMLUListElement, detail: (task: TaskSummary) => Node): TaskListView {
  let tasks: readonly TaskSummary[] = [];
  let openId = '';

  function fillDetail(item: Element, task: TaskSummary): void {
    const box = item.querySelector('.task-detail');
    if (box instanceof HTMLElement) replaceChildren(box, [detail(task)]);
  }

  function render(next: readonly TaskSummary[]): void {
    tasks = next;
    if (!tasks.some((task) => task.id === openId)) openId = '';
    replaceChildren(
      list,
      tasks.map((task) => {
        const item = row(task, task.id === openId);
        if (task.id === openId) fillDetail(item, task);
        return item;
      }),
    );
  }

  function buttonFor(taskId: string): HTMLButtonElement | undefined {
    return Array.from(list.querySelectorAll<HTMLButtonElement>('button.task-row')).find(
      (button) => button.dataset.task === taskId,
    );
  }

  /** Opens or closes one task's details in place (no redraw, so focus stays on its button). */
  function setOpen(toggle: HTMLButtonElement, open: boolean): void {
    const item = toggle.parentElement;
    const box = item?.querySelector('.task-detail');
    if (!item || !(box instanceof HTMLElement)) return;
    toggle.setAttribute('aria-expanded', String(open));
    item.classList.toggle('task-open', open);
    box.hidden = !open;
    const task = tasks.find((t) => t.id === toggle.dataset.task);
    if (open && task) {
      fillDetail(item, task);
      box.scrollIntoView({ block: 'nearest' });
    } else box.textContent = '';
  }

  list.addEventListener('click', (event) => {
    const toggle = (event.target as Element).closest('button.task-row');
    if (!(toggle instanceof HTMLButtonElement)) return;
    const id = toggle.dataset.task ?? '';
    const previous = openId ? buttonFor(openId) : undefined;
    if (previous) setOpen(previous, false);
    openId = openId === id ? '' : id;
    if (openId) setOpen(toggle, true);
  });

  return {
    render,
    focusTask: (taskId) => {
      const button = buttonFor(taskId);
      button?.focus();
      return Boolean(button);
    },
  };
}
