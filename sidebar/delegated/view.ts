/**
 * The Delegated tab: filters, the task list with details and actions, and a pupil's history in
 * place of the list. Loads when the tab is first shown and again on each later visit, so tasks
 * delegated meanwhile appear.
 */
import type { SidebarState, TaskList, TaskSummary, TaskUpdate, TaskUpdateResult } from '../../src/core/rpc';
import { byId, replaceChildren, spinner } from '../dom';
import type { ServerClient } from '../rpc';
import { createFilters } from './filters';
import { LatestOnly } from './latest';
import { createTaskList } from './list';
import { createPupilHistory } from './pupilHistory';
import { ALL_TASKS, DEFAULT_FILTERS, PAGE_SIZE, sameFilters, toQuery } from './query';
import { taskDetail } from './taskDetail';
import { countLine, unsentWarning } from './text';
import { createUpdateRunner, messageOf } from './updateRunner';

export interface DelegatedView {
  /** The tab was shown: load, or refresh what is on screen. */
  shown(): void;
  /** Lists one person's open tasks (from the Overview, once the tab is showing). */
  showAssignee(email: string): void;
  /** Shows one pupil's history (from the Overview, once the tab is showing). */
  showPupil(pupilId: string): void;
}

export interface DelegatedViewOptions {
  state: SidebarState;
  server: ServerClient;
}

export function mountDelegatedView(
  panel: HTMLElement,
  template: HTMLTemplateElement,
  options: DelegatedViewOptions,
): DelegatedView {
  const { state, server } = options;
  replaceChildren(panel, [template.content.cloneNode(true)]);
  const tasksView = byId('tasks-view', HTMLElement);
  const historyView = byId('history-view', HTMLElement);
  const flash = byId('tasks-flash', HTMLElement);
  const count = byId('task-count', HTMLElement);
  const error = byId('tasks-error', HTMLElement);
  const listElement = byId('task-list', HTMLUListElement);
  const empty = byId('tasks-empty', HTMLElement);
  const emptyTitle = byId('tasks-empty-title', HTMLElement);
  const emptyHint = byId('tasks-empty-hint', HTMLElement);
  const more = byId('tasks-more', HTMLButtonElement);
  const latest = new LatestOnly();
  let limit = PAGE_SIZE;
  let historyOpener: HTMLElement | null = null;

  const runner = createUpdateRunner({
    send: (update) => server.updateTask(update),
    succeeded: (result, update, before) => afterChange(result, update, before),
  });
  let last = { taskId: '', message: '', warning: '' };
  const list = createTaskList(listElement, (task) =>
    taskDetail(task, {
      staff: state.staff,
      today: state.today,
      runner,
      showPupil: (id) => openHistory(id),
      lastResult: (id) => (id === last.taskId ? last : undefined),
    }),
  );
  const filters = createFilters({
    staff: state.staff,
    pupils: state.pupils,
    onChange: () => {
      limit = PAGE_SIZE;
      setFlash('');
      void load();
    },
    onHistory: (id) => openHistory(id),
  });
  const history = createPupilHistory(historyView, { server, back: closeHistory });

  /**
   * The message after a change: always announced here; shown here only when the task has left
   * the list (otherwise its details show it).
   */
  function setFlash(message: string, visible = true, warning = ''): void {
    if (!message) last = { taskId: '', message: '', warning: '' };
    flash.textContent = warning ? `${message} ${warning}` : message;
    flash.className =
      message && visible ? `notice ${warning ? 'notice-warning' : 'notice-success'}` : 'sr-only';
  }

  function showEmpty(found: TaskList, logEmpty: boolean): void {
    empty.hidden = found.total > 0;
    listElement.hidden = found.total === 0;
    if (found.total > 0) return;
    emptyTitle.textContent = logEmpty ? 'Nothing delegated yet' : 'No tasks match these filters';
    emptyHint.textContent = logEmpty
      ? 'Tasks you hand off in the Delegate tab appear here.'
      : 'Change the filters above, or show every task.';
    byId('tasks-show-all', HTMLButtonElement).hidden = logEmpty || sameFilters(filters.value(), ALL_TASKS);
  }

  async function load(): Promise<void> {
    const current = latest.begin();
    error.textContent = '';
    replaceChildren(count, [spinner(), ' Loading…']);
    listElement.setAttribute('aria-busy', 'true');
    try {
      const found = await server.listTasks(toQuery(filters.value(), state.today, limit));
      if (!current()) return;
      // An empty answer to a filtered question: is the log itself empty?
      let logEmpty = found.total === 0 && sameFilters(filters.value(), ALL_TASKS);
      if (found.total === 0 && !logEmpty) {
        logEmpty = (await server.listTasks({ limit: 1 })).total === 0;
        if (!current()) return;
      }
      list.render(found.tasks);
      count.textContent = found.total === 0 ? '' : countLine(found.tasks.length, found.total);
      more.hidden = found.tasks.length >= found.total;
      more.textContent = `Show ${Math.min(PAGE_SIZE, found.total - found.tasks.length)} more`;
      showEmpty(found, logEmpty);
    } catch (failure) {
      if (!current()) return;
      count.textContent = '';
      error.textContent = messageOf(failure);
    } finally {
      if (current()) listElement.removeAttribute('aria-busy');
    }
  }

  async function afterChange(
    result: TaskUpdateResult,
    update: TaskUpdate,
    before: TaskSummary,
  ): Promise<void> {
    const warning = unsentWarning(update, before, result.notified, state.staff);
    last = { taskId: update.taskId, message: result.message, warning };
    // Announced now; shown once the refreshed list says where it will be seen.
    setFlash(result.message, false, warning);
    if (!historyView.hidden) {
      // The SENCO moved on to a pupil's history while the change was in flight.
      history.refresh();
      void load();
      return;
    }
    await load();
    // Still listed: its details show the new state and the message, and its button takes focus.
    if (list.focusTask(update.taskId)) return;
    setFlash(result.message, true, warning);
    flash.focus();
  }

  function openHistory(pupilId: string): void {
    const active = document.activeElement;
    historyOpener = active instanceof HTMLElement && tasksView.contains(active) ? active : null;
    tasksView.hidden = true;
    historyView.hidden = false;
    const pupil = state.pupils.find((p) => p.id === pupilId);
    history.open(pupilId, pupil?.name ?? pupilId);
  }

  function closeHistory(): void {
    historyView.hidden = true;
    tasksView.hidden = false;
    if (historyOpener?.isConnected) historyOpener.focus();
    else byId('filter-assignee', HTMLSelectElement).focus();
    historyOpener = null;
  }

  more.addEventListener('click', () => {
    const firstNew = listElement.children.length;
    limit += PAGE_SIZE;
    void load().then(() => {
      listElement.querySelectorAll<HTMLButtonElement>('button.task-row')[firstNew]?.focus();
    });
  });
  byId('tasks-refresh', HTMLButtonElement).addEventListener('click', () => {
    setFlash('');
    void load();
  });
  byId('tasks-show-all', HTMLButtonElement).addEventListener('click', () => {
    filters.set({ ...ALL_TASKS });
    setFlash('');
    limit = PAGE_SIZE;
    void load();
  });

  return {
    shown: () => {
      if (runner.busyTask() !== '') return;
      if (!historyView.hidden) history.refresh();
      else void load();
    },
    showAssignee: (email) => {
      if (!historyView.hidden) closeHistory();
      filters.set({ ...DEFAULT_FILTERS, assigneeEmail: email });
      limit = PAGE_SIZE;
      setFlash('');
      void load();
      byId('filter-assignee', HTMLSelectElement).focus();
    },
    showPupil: (pupilId) => openHistory(pupilId),
  };
}
