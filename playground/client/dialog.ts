/** Alerts the script raised and failures, in one modal dialog (as Sheets shows an alert). */
import { byId, el } from './dom';
import type { UiNotice } from './types';

export function wireDialog(): void {
  const dialog = byId<HTMLDialogElement>('message-dialog');
  byId('message-ok').addEventListener('click', () => dialog.close());
}

/** Shows these messages (one titled by itself, several under their own headings); none: nothing. */
export function showMessages(messages: readonly UiNotice[]): void {
  if (messages.length === 0) return;
  const dialog = byId<HTMLDialogElement>('message-dialog');
  const single = messages.length === 1 ? messages[0] : undefined;
  byId('message-title').textContent = single ? single.title || 'Message' : 'Messages from the add-on';
  byId('message-list').replaceChildren(
    ...messages.map((message) =>
      el('div', { class: message.kind === 'error' ? 'message message-error' : 'message' }, [
        single ? null : el('h3', { text: message.title }),
        el('p', { class: 'message-text', text: message.text }),
      ]),
    ),
  );
  dialog.classList.toggle(
    'dialog-error',
    messages.some((message) => message.kind === 'error'),
  );
  if (!dialog.open) dialog.showModal();
  byId('message-ok').focus();
}

/** A request of the page's own that failed. */
export function showFailure(error: unknown): void {
  showMessages([{ id: 0, kind: 'error', title: 'Something went wrong', text: String(error) }]);
}
