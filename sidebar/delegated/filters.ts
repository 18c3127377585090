/** The Delegated view's filters: Assigned to, Status, Due and Pupil. Each change reports all four. */
import type { SidebarPupil, SidebarStaff } from '../../src/core/rpc';
import { byId, el, replaceChildren } from '../dom';
import { createPupilFilter } from './pupilFilter';
import {
  type Choice,
  DEFAULT_FILTERS,
  DUE_CHOICES,
  isDueFilter,
  isStatusFilter,
  STATUS_CHOICES,
  type TaskFilters,
} from './query';

export interface Filters {
  value(): TaskFilters;
  /** Shows these filters (e.g. "Show all tasks", or a person chosen in Overview) without a change event. */
  set(filters: TaskFilters): void;
}

export interface FiltersOptions {
  staff: readonly SidebarStaff[];
  pupils: readonly SidebarPupil[];
  onChange(filters: TaskFilters): void;
  onHistory(pupilId: string): void;
}

function fill(select: HTMLSelectElement, choices: readonly Choice<string>[]): void {
  replaceChildren(
    select,
    choices.map((choice) => el('option', { value: choice.value }, [choice.label])),
  );
}

export function createFilters(options: FiltersOptions): Filters {
  const assignee = byId('filter-assignee', HTMLSelectElement);
  const status = byId('filter-task-status', HTMLSelectElement);
  const due = byId('filter-due', HTMLSelectElement);
  fill(assignee, [
    { value: '', label: 'Anyone' },
    ...options.staff.map((person) => ({ value: person.email, label: person.name || person.email })),
  ]);
  fill(status, STATUS_CHOICES);
  fill(due, DUE_CHOICES);

  const pupil = createPupilFilter({
    pupils: options.pupils,
    onChange: () => options.onChange(read()),
    onHistory: options.onHistory,
  });

  function read(): TaskFilters {
    return {
      assigneeEmail: assignee.value,
      pupilId: pupil.value(),
      status: isStatusFilter(status.value) ? status.value : DEFAULT_FILTERS.status,
      due: isDueFilter(due.value) ? due.value : DEFAULT_FILTERS.due,
    };
  }

  function set(filters: TaskFilters): void {
    // Someone who has left the Staff tab can still have tasks: offer them while chosen.
    if (filters.assigneeEmail && !Array.from(assignee.options).some((o) => o.value === filters.assigneeEmail))
      assignee.append(el('option', { value: filters.assigneeEmail }, [filters.assigneeEmail]));
    assignee.value = filters.assigneeEmail;
    status.value = filters.status;
    due.value = filters.due;
    pupil.set(filters.pupilId);
  }

  for (const select of [assignee, status, due])
    select.addEventListener('change', () => options.onChange(read()));
  set(DEFAULT_FILTERS);
  return { value: read, set };
}
