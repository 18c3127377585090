/**
 * One email as its recipient sees it: the header fields, then the HTML body in a sandboxed
 * iframe without scripts, or the plain-text body (the Plain text toggle, kept across emails).
 */
import { fetchMail } from './api';
import { byId, el } from './dom';
import type { MailDetail } from './types';

export interface MailViewer {
  show(id: number): Promise<void>;
}

function fields(mail: MailDetail): HTMLElement {
  const field = (label: string, value: string) =>
    value ? [el('dt', { text: label }), el('dd', { text: value })] : [];
  return el('dl', { class: 'mail-fields' }, [
    ...field('From', mail.from),
    ...field('To', mail.to),
    ...field('Cc', mail.cc),
    ...field('Reply to', mail.replyTo),
    ...field('Sent', mail.sent),
  ]);
}

function body(mail: MailDetail, plain: boolean): HTMLElement {
  if (plain) return el('pre', { class: 'mail-plain', text: mail.body });
  const frame = el('iframe', {
    class: 'mail-html',
    title: `Email to ${mail.to}`,
    sandbox: '',
  }) as HTMLIFrameElement;
  frame.srcdoc = mail.htmlBody ?? '';
  return frame;
}

export function createMailViewer(): MailViewer {
  const viewer = byId('mail-viewer');
  let showPlain = false;

  async function show(id: number): Promise<void> {
    const mail = await fetchMail(id);
    if (!mail) {
      viewer.replaceChildren(el('p', { class: 'empty', text: 'That email is no longer in the outbox.' }));
      return;
    }
    const hasHtml = mail.htmlBody !== null && mail.htmlBody !== '';
    const plain = !hasHtml || showPlain;
    const toggle = el('button', {
      type: 'button',
      class: 'button',
      'aria-pressed': String(plain),
      text: 'Plain text',
    });
    if (!hasHtml) toggle.setAttribute('disabled', '');
    toggle.addEventListener('click', () => {
      showPlain = !showPlain;
      void show(id);
    });
    viewer.replaceChildren(
      el('div', { class: 'mail-head' }, [el('h3', { id: 'mail-subject', text: mail.subject }), toggle]),
      fields(mail),
      body(mail, plain),
    );
  }

  return { show };
}
