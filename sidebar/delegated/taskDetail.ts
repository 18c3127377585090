/** One task opened in the list: its facts (notes as plain text) and the actions that apply. */
import type { TaskSummary } from '../../src/core/rpc';
import { el } from '../dom';
import { type ActionContext, taskActions } from './taskActions';
import { formatMinutes, ukDateOrDash } from './text';

export interface DetailContext extends ActionContext {
  /** Opens the pupil's history. */
  showPupil(pupilId: string): void;
  /** What the last change to this task said, shown at the top of its details. */
  lastResult(taskId: string): { message: string; warning: string } | undefined;
}

function fact(term: string, value: Node | string): HTMLDivElement {
  return el('div', {}, [el('dt', {}, [term]), el('dd', {}, [value])]);
}

export function taskDetail(task: TaskSummary, ctx: DetailContext): HTMLElement {
  const pupilName = task.pupilName || task.pupilId;
  const pupil = el(
    'button',
    { type: 'button', class: 'link link-inline', 'aria-label': `${pupilName}: all tasks` },
    [pupilName],
  );
  pupil.addEventListener('click', () => ctx.showPupil(task.pupilId));
  const facts = el('dl', { class: 'facts' }, [
    fact('Pupil', task.pupilId ? pupil : pupilName),
    fact('Task', task.id),
    fact('Assigned to', task.assigneeName || task.assigneeEmail),
    fact('Created', ukDateOrDash(task.created)),
    fact('Due', ukDateOrDash(task.due)),
    task.completed ? fact('Completed', ukDateOrDash(task.completed)) : null,
    task.checkedBySenco ? fact('Checked', ukDateOrDash(task.checkedBySenco)) : null,
    task.minutes !== '' ? fact('Time', formatMinutes(task.minutes)) : null,
  ]);
  const notes = el('div', { class: 'notes' }, [
    el('p', { class: 'notes-label' }, ['Notes']),
    el('p', { class: task.notes ? 'notes-text' : 'notes-text hint' }, [task.notes || 'No notes yet.']),
  ]);
  // Announced by the view's live region already; shown here so it is seen beside the task.
  const last = ctx.lastResult(task.id);
  return el('div', { class: 'detail' }, [
    last ? el('p', { class: 'notice notice-success detail-message' }, [last.message]) : null,
    last?.warning ? el('p', { class: 'notice notice-warning detail-message' }, [last.warning]) : null,
    facts,
    notes,
    taskActions(task, ctx),
  ]);
}
