/**
 * Runs one task change at a time. A press while a change is in flight is ignored (the flag is set
 * before anything async), so a double-click sends once. The pressed button shows a spinner until
 * the change and the list's refresh after it are done; a failure is written beside the action.
 */
import type { TaskSummary, TaskUpdate, TaskUpdateResult } from '../../src/core/rpc';
import { replaceChildren, spinner } from '../dom';

export interface ActionUi {
  button: HTMLButtonElement;
  /** The action's own message line (a polite live region). */
  error: HTMLElement;
  /** e.g. "Moving…" */
  busyText: string;
}

export interface UpdateRunner {
  /** Sends a change to `before` (the task as listed). */
  perform(update: TaskUpdate, ui: ActionUi, before: TaskSummary): void;
  /** The task whose change is in flight, or ''. */
  busyTask(): string;
}

export interface UpdateRunnerDeps {
  send(update: TaskUpdate): Promise<TaskUpdateResult>;
  /** After success: show the message and refresh; resolves once the list is redrawn. */
  succeeded(result: TaskUpdateResult, update: TaskUpdate, before: TaskSummary): Promise<void>;
}

export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error ?? '');
  return text || 'Something went wrong. Please try again.';
}

export function createUpdateRunner(deps: UpdateRunnerDeps): UpdateRunner {
  let busy = '';

  async function perform(update: TaskUpdate, ui: ActionUi, before: TaskSummary): Promise<void> {
    if (busy) return;
    busy = update.taskId;
    const { button, error } = ui;
    const label = button.textContent ?? '';
    const hadFocus = document.activeElement === button;
    button.disabled = true;
    replaceChildren(button, [spinner(), ui.busyText]);
    error.textContent = '';
    let result: TaskUpdateResult;
    try {
      result = await deps.send(update);
    } catch (failure) {
      busy = '';
      button.disabled = false;
      button.textContent = label;
      error.textContent = messageOf(failure);
      if (hadFocus) button.focus();
      return;
    }
    try {
      await deps.succeeded(result, update, before);
    } finally {
      busy = '';
      // Normally the refresh redrew the button; if it is still here, give it back.
      if (button.isConnected) {
        button.disabled = false;
        button.textContent = label;
      }
    }
  }

  return {
    perform: (update, ui, before) => {
      void perform(update, ui, before);
    },
    busyTask: () => busy,
  };
}
