/** "Due date": a native date box (value YYYY-MM-DD) with the UK form shown beside it. */
import { byId } from './dom';
import { describeDueDate } from './dueDate';

export interface DueDateField {
  value(): string;
  /** Fills in a suggested date unless the SENCO has already chosen one. */
  suggest(iso: string): void;
  input(): HTMLInputElement;
}

export function createDueDateField(today: string, onChange: () => void): DueDateField {
  const input = byId('due-date', HTMLInputElement);
  const uk = byId('due-date-uk', HTMLElement);
  let chosenBySenco = false;
  input.min = today;

  function update(): void {
    uk.textContent = describeDueDate(input.value);
  }

  input.addEventListener('input', () => {
    chosenBySenco = input.value !== '';
    update();
    onChange();
  });
  // Some browsers only fire change for the date picker.
  input.addEventListener('change', () => {
    chosenBySenco = input.value !== '';
    update();
    onChange();
  });

  return {
    value: () => input.value,
    suggest: (iso) => {
      if (chosenBySenco && input.value !== '') return;
      input.value = iso;
      update();
    },
    input: () => input,
  };
}
