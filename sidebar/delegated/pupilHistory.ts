/**
 * One pupil's evidence trail for a review: every task, oldest first, with its status, who did it
 * and when, and the outcome notes as plain text. Shown in place of the task list, with a Back
 * button that returns to the list as it was.
 */
import type { PupilHistory, TaskSummary } from '../../src/core/rpc';
import { el, replaceChildren, spinner } from '../dom';
import type { ServerClient } from '../rpc';
import { LatestOnly } from './latest';
import { markers, statusChip } from './list';
import { historyHeading, ukDateOrDash, whoAndWhen } from './text';
import { messageOf } from './updateRunner';

export interface PupilHistoryView {
  /** Loads and shows the pupil; `name` shows at once while the tasks load. */
  open(pupilId: string, name: string): void;
  /** Loads the shown pupil again. */
  refresh(): void;
}

export interface PupilHistoryOptions {
  server: Pick<ServerClient, 'getPupilTasks'>;
  back(): void;
}

function entry(task: TaskSummary): HTMLLIElement {
  return el('li', { class: 'entry' }, [
    el('div', { class: 'entry-head' }, [
      el('span', { class: 'entry-title' }, [task.title || task.taskType || task.id]),
      el('span', { class: 'chips' }, [statusChip(task.status), ...markers(task)]),
    ]),
    el('p', { class: 'entry-when' }, [
      `${task.id} · set ${ukDateOrDash(task.created)} · due ${ukDateOrDash(task.due)}`,
    ]),
    el('p', { class: 'entry-who' }, [whoAndWhen(task)]),
    task.checkedBySenco
      ? el('p', { class: 'entry-who' }, [`Checked ${ukDateOrDash(task.checkedBySenco)}`])
      : null,
    task.notes
      ? el('p', { class: 'entry-notes' }, [task.notes])
      : el('p', { class: 'entry-notes hint' }, ['No notes.']),
  ]);
}

export function createPupilHistory(container: HTMLElement, options: PupilHistoryOptions): PupilHistoryView {
  const latest = new LatestOnly();
  const back = el('button', { type: 'button', class: 'link back' }, [
    el('span', { 'aria-hidden': 'true' }, ['‹ ']),
    'Back to tasks',
  ]);
  const heading = el('h2', { class: 'view-title', tabindex: '-1' });
  const status = el('p', { class: 'hint', role: 'status' });
  const error = el('p', { class: 'notice notice-error', role: 'alert' });
  const list = el('ol', { class: 'timeline', 'aria-labelledby': 'history-heading' });
  heading.id = 'history-heading';
  back.addEventListener('click', () => options.back());
  replaceChildren(container, [el('div', { class: 'history' }, [back, heading, status, error, list])]);
  let shown = '';

  function showHistory(history: PupilHistory): void {
    heading.textContent = history.pupil.name || history.pupil.id;
    status.textContent =
      history.tasks.length === 0
        ? historyHeading(0, history.pupil.name || history.pupil.id)
        : `${historyHeading(history.tasks.length, history.pupil.name || history.pupil.id)}, oldest first`;
    replaceChildren(list, history.tasks.map(entry));
  }

  async function load(): Promise<void> {
    const current = latest.begin();
    error.textContent = '';
    replaceChildren(status, [spinner(), ' Loading tasks…']);
    list.setAttribute('aria-busy', 'true');
    try {
      const history = await options.server.getPupilTasks(shown);
      if (current()) showHistory(history);
    } catch (failure) {
      if (!current()) return;
      status.textContent = '';
      error.textContent = messageOf(failure);
    } finally {
      if (current()) list.removeAttribute('aria-busy');
    }
  }

  return {
    open: (pupilId, name) => {
      shown = pupilId;
      heading.textContent = name || pupilId;
      replaceChildren(list, []);
      heading.focus();
      void load();
    },
    refresh: () => {
      if (shown) void load();
    },
  };
}
