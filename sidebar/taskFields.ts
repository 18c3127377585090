/**
 * Task, Title, Instructions and Estimated minutes. Choosing a template fills the other three
 * (all still editable); switching to "Custom task" empties only what the template had filled
 * and the SENCO has not changed since.
 */
import type { TaskTemplate } from '../src/core/types';
import { byId, el, replaceChildren } from './dom';

const NONE = '';
const CUSTOM = ':custom';

export interface TaskFields {
  title(): string;
  instructions(): string;
  minutes(): string;
  /** Template id, or '' for a custom task. */
  taskType(): string;
  titleInput(): HTMLInputElement;
  minutesInput(): HTMLInputElement;
}

export function createTaskFields(
  templates: readonly TaskTemplate[],
  onTemplate: (template: TaskTemplate) => void,
  onChange: () => void,
): TaskFields {
  const select = byId('task-template', HTMLSelectElement);
  const title = byId('task-title', HTMLInputElement);
  const instructions = byId('task-instructions', HTMLTextAreaElement);
  const minutes = byId('task-minutes', HTMLInputElement);
  let filledFrom: TaskTemplate | undefined;

  replaceChildren(select, [
    el('option', { value: NONE }, ['Choose a task…']),
    ...templates.map((t) => el('option', { value: t.id }, [t.title])),
    el('option', { value: CUSTOM }, ['Custom task']),
  ]);

  select.addEventListener('change', () => {
    const template = templates.find((t) => t.id === select.value);
    if (template) {
      title.value = template.title;
      instructions.value = template.instructions;
      minutes.value = String(template.estimatedMinutes);
      filledFrom = template;
      onTemplate(template);
    } else if (filledFrom) {
      if (title.value === filledFrom.title) title.value = '';
      if (instructions.value === filledFrom.instructions) instructions.value = '';
      if (minutes.value === String(filledFrom.estimatedMinutes)) minutes.value = '';
      filledFrom = undefined;
      if (select.value === CUSTOM) title.focus();
    } else if (select.value === CUSTOM) {
      title.focus();
    }
    onChange();
  });
  for (const input of [title, instructions, minutes]) input.addEventListener('input', onChange);

  return {
    title: () => title.value,
    instructions: () => instructions.value,
    minutes: () => minutes.value,
    taskType: () => (templates.some((t) => t.id === select.value) ? select.value : ''),
    titleInput: () => title,
    minutesInput: () => minutes,
  };
}
