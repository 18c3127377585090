/** The Delegate view: wires the pickers, task fields, due date, preview and button together. */
import type { SidebarState } from '../src/core/rpc';
import { byId, el, replaceChildren } from './dom';
import { addSchoolDays } from './dueDate';
import { createDueDateField } from './dueDateField';
import { FieldErrorView } from './fieldErrors';
import { createPreview } from './preview';
import { createPupilPicker } from './pupilPicker';
import { describePlan } from './request';
import type { ServerClient } from './rpc';
import { createStaffPicker } from './staffPicker';
import { wireSubmit } from './submit';
import { createTaskFields } from './taskFields';
import { type FormValues, validateForm } from './validation';

export interface DelegateViewOptions {
  state: SidebarState;
  server: ServerClient;
  reload: () => void;
  /** A message to show once at the top, e.g. what "Set up register" added. */
  flash?: string;
}

function showStateWarnings(warnings: readonly string[]): void {
  if (warnings.length === 0) return;
  byId('state-warnings', HTMLDetailsElement).hidden = false;
  byId('state-warnings-summary', HTMLElement).textContent =
    warnings.length === 1
      ? '1 thing to check in the register'
      : `${warnings.length} things to check in the register`;
  replaceChildren(
    byId('state-warnings-list', HTMLUListElement),
    warnings.map((w) => el('li', {}, [w])),
  );
}

export function mountDelegateView(
  panel: HTMLElement,
  template: HTMLTemplateElement,
  options: DelegateViewOptions,
): void {
  const { state, server } = options;
  replaceChildren(panel, [template.content.cloneNode(true)]);
  byId('flash', HTMLElement).textContent = options.flash ?? '';
  showStateWarnings(state.warnings);

  // Views call `changed` on every edit; it is assigned once everything exists.
  let changed = (): void => {};
  const onChange = () => changed();

  const pupils = createPupilPicker({
    pupils: state.pupils,
    registerTab: state.registerTab,
    onChange,
    reload: options.reload,
  });
  const due = createDueDateField(state.today, onChange);
  const task = createTaskFields(
    state.templates,
    (template) => due.suggest(addSchoolDays(state.today, template.suggestedDueInDays)),
    onChange,
  );
  const staff = createStaffPicker(state.staff, onChange, options.reload);
  const preview = createPreview(state, {
    pupils: () => pupils.selected(),
    assignees: () => staff.selected(),
    title: () => task.title(),
    instructions: () => task.instructions(),
    dueDate: () => due.value(),
  });
  const summary = byId('summary', HTMLElement);

  const read = (): FormValues => ({
    pupilIds: pupils.selected().map((p) => p.id),
    assigneeEmails: staff.selected().map((s) => s.email),
    title: task.title(),
    instructions: task.instructions(),
    minutes: task.minutes(),
    dueDate: due.value(),
    taskType: task.taskType(),
  });
  const validate = (values: FormValues) => validateForm(values, state.today, state.staff.length);

  const errors = new FieldErrorView({
    pupils: {
      controls: [byId('pupils-field', HTMLElement), pupils.listElement()],
      message: byId('pupils-error', HTMLElement),
      focus: () => pupils.focusTarget().focus(),
    },
    title: {
      controls: [task.titleInput()],
      message: byId('title-error', HTMLElement),
      focus: () => task.titleInput().focus(),
    },
    minutes: {
      controls: [task.minutesInput()],
      message: byId('minutes-error', HTMLElement),
      focus: () => task.minutesInput().focus(),
    },
    assignees: {
      controls: [byId('staff-field', HTMLElement), staff.listElement()],
      message: byId('assignees-error', HTMLElement),
      focus: () => staff.focusTarget().focus(),
    },
    dueDate: {
      controls: [due.input()],
      message: byId('due-error', HTMLElement),
      focus: () => due.input().focus(),
    },
  });

  changed = () => {
    const values = read();
    summary.textContent = describePlan(values.pupilIds.length, values.assigneeEmails.length);
    errors.refresh(validate(values));
    preview.refresh();
  };
  changed();

  wireSubmit({
    button: byId('delegate-button', HTMLButtonElement),
    result: byId('submit-result', HTMLElement),
    alert: byId('submit-alert', HTMLElement),
    staff: state.staff,
    errors,
    read,
    validate,
    send: (request) => server.delegateTask(request),
    // Keep the task, people and date (the next batch is often the same task for other pupils).
    onSuccess: () => {
      byId('flash', HTMLElement).textContent = '';
      pupils.clearSelection();
    },
  });
}
