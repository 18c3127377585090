/**
 * Shows validation messages beside their fields: the message goes in the field's polite live
 * region, and the control gets aria-invalid and aria-describedby pointing at it.
 */
import { toggleDescribedBy } from './dom';
import type { FieldErrors, FieldKey } from './validation';
import { FIELD_ORDER } from './validation';

export interface ErrorSlot {
  /** Elements marked aria-invalid / described by the message. */
  controls: HTMLElement[];
  message: HTMLElement;
  /** Where focus goes when this is the first error. */
  focus(): void;
}

export type ErrorSlots = Record<FieldKey, ErrorSlot>;

function show(slot: ErrorSlot, text: string | undefined): void {
  if (slot.message.textContent !== (text ?? '')) slot.message.textContent = text ?? '';
  for (const control of slot.controls) {
    if (text) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    toggleDescribedBy(control, slot.message.id, Boolean(text));
  }
}

export class FieldErrorView {
  private shown: FieldErrors = {};

  constructor(private readonly slots: ErrorSlots) {}

  /** Shows every error (after pressing Delegate task) and focuses the first. */
  showAll(errors: FieldErrors): void {
    this.shown = { ...errors };
    for (const key of FIELD_ORDER) show(this.slots[key], errors[key]);
    const first = FIELD_ORDER.find((key) => errors[key] !== undefined);
    if (first) this.slots[first].focus();
  }

  /** While the SENCO fixes things: updates or clears errors already shown, adds none. */
  refresh(errors: FieldErrors): void {
    for (const key of FIELD_ORDER) {
      if (this.shown[key] === undefined) continue;
      const text = errors[key];
      if (text === undefined) delete this.shown[key];
      else this.shown[key] = text;
      show(this.slots[key], text);
    }
  }

  clear(): void {
    this.showAll({});
  }
}
