/**
 * The outbox list, newest first, with its count. Rebuilt only when it changed, keeping keyboard
 * focus; choosing an email marks it and hands its id on (to the viewer).
 */
import { byId, el } from './dom';
import type { MailSummary } from './types';

export interface OutboxList {
  render(mails: readonly MailSummary[]): void;
}

export function createOutboxList(onOpen: (id: number) => void): OutboxList {
  const list = byId('outbox-list');
  const count = byId('outbox-count');
  let selected: number | null = null;

  function markSelected(): void {
    for (const button of Array.from(list.querySelectorAll<HTMLElement>('button.mail'))) {
      button.setAttribute('aria-pressed', String(button.dataset.id === String(selected)));
    }
  }

  function entry(mail: MailSummary): HTMLElement {
    const button = el('button', { type: 'button', class: 'mail', 'data-id': String(mail.id) }, [
      el('span', { class: 'mail-to', text: mail.to }),
      el('span', { class: 'mail-time', text: mail.sent }),
      el('span', { class: 'mail-subject', text: mail.subject }),
    ]);
    button.addEventListener('click', () => {
      selected = mail.id;
      markSelected();
      onOpen(mail.id);
    });
    return el('li', {}, [button]);
  }

  return {
    render(mails) {
      count.textContent = String(mails.length);
      const signature = JSON.stringify(mails);
      if (list.dataset.signature === signature) return;
      list.dataset.signature = signature;
      if (mails.length === 0) {
        list.replaceChildren(el('li', { class: 'empty', text: 'No emails yet.' }));
        return;
      }
      const focused = list.contains(document.activeElement)
        ? (document.activeElement as HTMLElement).dataset.id
        : undefined;
      list.replaceChildren(...mails.slice().reverse().map(entry));
      markSelected();
      if (focused !== undefined) list.querySelector<HTMLElement>(`button[data-id="${focused}"]`)?.focus();
    },
  };
}
