/** The sidebar's views of the log: one task summarised, and a log filtered by a query. */

import type { TaskQuery, TaskSummary } from './rpc';
import { isOpen } from './taskLog';
import type { Task } from './types';

const DEFAULT_LIMIT = 200;

export function summarise(task: Task, today: string): TaskSummary {
  return {
    id: task.id,
    pupilId: task.pupilId,
    pupilName: task.pupilLabel,
    title: task.title,
    taskType: task.taskType,
    assigneeName: task.assigneeName,
    assigneeEmail: task.assigneeEmail,
    created: task.created.slice(0, 10),
    due: task.due,
    status: task.status,
    completed: task.completed,
    notes: task.notes,
    minutes: task.minutes,
    checkedBySenco: task.checkedBySenco,
    overdue:
      (task.status === 'Not started' || task.status === 'In progress') && task.due !== '' && task.due < today,
  };
}

function matches(task: Task, query: TaskQuery, today: string): boolean {
  if (query.assigneeEmail && task.assigneeEmail.toLowerCase() !== query.assigneeEmail.toLowerCase())
    return false;
  if (query.pupilId && task.pupilId !== query.pupilId) return false;
  if (query.dueFrom && task.due < query.dueFrom) return false;
  if (query.dueTo && task.due > query.dueTo) return false;
  switch (query.status ?? '') {
    case '':
      return true;
    case 'open':
      return isOpen(task.status);
    case 'overdue':
      return summarise(task, today).overdue;
    default:
      return task.status === query.status;
  }
}

/** Matching tasks, soonest due first, at most `limit`; `total` says how many matched. */
export function queryTasks(
  tasks: readonly Task[],
  query: TaskQuery,
  today: string,
): { tasks: TaskSummary[]; total: number } {
  const found = tasks.filter((task) => matches(task, query, today));
  found.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  const limit = Math.max(1, Math.min(query.limit ?? DEFAULT_LIMIT, 1000));
  return { tasks: found.slice(0, limit).map((task) => summarise(task, today)), total: found.length };
}

/** Every task for one pupil, oldest first: the SENCO's evidence trail for a review. */
export function pupilHistory(tasks: readonly Task[], pupilId: string, today: string): TaskSummary[] {
  return tasks
    .filter((task) => task.pupilId === pupilId)
    .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))
    .map((task) => summarise(task, today));
}
