/**
 * The Delegate task button: validate, send once, report. A press while a request is in flight
 * is ignored (the flag is set before anything async happens), so a double-click sends once.
 */
import type { DelegateRequest, DelegateResult, SidebarStaff } from '../src/core/rpc';
import { el, replaceChildren, spinner } from './dom';
import type { FieldErrorView } from './fieldErrors';
import { fingerprint, toRequest } from './request';
import { RequestIds } from './requestId';
import { describeResult } from './resultText';
import { type FieldErrors, type FormValues, firstError } from './validation';

export interface SubmitDeps {
  button: HTMLButtonElement;
  result: HTMLElement;
  alert: HTMLElement;
  staff: readonly SidebarStaff[];
  errors: FieldErrorView;
  read(): FormValues;
  validate(values: FormValues): FieldErrors;
  send(request: DelegateRequest): Promise<DelegateResult>;
  /** After a success: reset what should not be reused. */
  onSuccess(): void;
}

const IDLE_LABEL = 'Delegate task';

export function wireSubmit(deps: SubmitDeps): void {
  const { button, result, alert } = deps;
  const ids = new RequestIds();
  let inFlight = false;

  function setBusy(busy: boolean): void {
    inFlight = busy;
    button.disabled = busy;
    if (busy) replaceChildren(button, [spinner(), 'Delegating…']);
    else button.textContent = IDLE_LABEL;
  }

  function showResult(request: DelegateRequest, value: DelegateResult): void {
    const warnings = value.warnings ?? [];
    replaceChildren(result, [
      el('p', {}, [describeResult(value, request.assigneeEmails, deps.staff)]),
      warnings.length > 0
        ? el(
            'ul',
            {},
            warnings.map((w) => el('li', {}, [w])),
          )
        : null,
    ]);
  }

  async function press(): Promise<void> {
    if (inFlight) return;
    const values = deps.read();
    const errors = deps.validate(values);
    result.textContent = '';
    alert.textContent = '';
    if (firstError(errors)) {
      deps.errors.showAll(errors);
      return;
    }
    deps.errors.clear();
    const content = toRequest(values, '');
    const key = fingerprint(content);
    const request = { ...content, requestId: ids.idFor(key) };
    const hadFocus = document.activeElement === button;
    setBusy(true);
    try {
      const value = await deps.send(request);
      ids.succeeded();
      showResult(request, value);
      deps.onSuccess();
    } catch (error) {
      ids.failedWith(key, request.requestId);
      const message = error instanceof Error && error.message ? error.message : String(error);
      alert.textContent = message || 'Something went wrong. Please try again.';
    } finally {
      setBusy(false);
      // Disabling the button dropped keyboard focus; give it back.
      const focusLost = document.activeElement === null || document.activeElement === document.body;
      if (hadFocus && focusLost) button.focus();
      (alert.textContent ? alert : result).scrollIntoView({ block: 'nearest' });
    }
  }

  button.addEventListener('click', () => {
    void press();
  });
}
