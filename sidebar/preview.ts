/**
 * The collapsible "Email preview" for the first chosen assignee. It is only built while open.
 * The email HTML comes from buildNotice, which escapes all user text, and is shown in a
 * sandboxed iframe (no scripts; same origin only so the frame can be sized to its content).
 */
import type { SidebarPupil, SidebarStaff, SidebarState } from '../src/core/rpc';
import { byId, el, replaceChildren } from './dom';
import { buildPreview } from './previewModel';

export interface PreviewSource {
  pupils(): SidebarPupil[];
  assignees(): SidebarStaff[];
  title(): string;
  instructions(): string;
  dueDate(): string;
}

export interface PreviewView {
  refresh(): void;
}

/**
 * The email is built for a 600 px reading pane; at sidebar width its three-column table is
 * unreadable, so the preview stacks each task's cells and labels them. Content is unchanged.
 */
const NARROW_CSS = [
  'body{margin:8px}',
  'thead{display:none}',
  'tr{display:block;padding:8px 0;border-bottom:1px solid #e0e0e0}',
  'td{display:block;padding:0 !important;border:0 !important;white-space:normal !important}',
  'td:nth-child(2)::before{content:"Pupil: ";color:#5f6368}',
  'td:nth-child(3)::before{content:"Due: ";color:#5f6368}',
].join('');

function wrapDocument(html: string): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><base target="_blank"><style>${NARROW_CSS}</style></head><body>${html}</body></html>`;
}

export function createPreview(state: SidebarState, source: PreviewSource): PreviewView {
  const details = byId('preview', HTMLDetailsElement);
  const body = byId('preview-body', HTMLElement);
  let lastHtml = '';

  function refresh(): void {
    if (!details.open) return;
    const [assignee, ...others] = source.assignees();
    const pupils = source.pupils();
    if (!assignee || pupils.length === 0) {
      lastHtml = '';
      replaceChildren(body, [
        el('p', { class: 'hint' }, [
          'Choose pupils and someone under Assign to, and their email appears here.',
        ]),
      ]);
      return;
    }
    const notice = buildPreview(state, {
      pupils,
      assignee,
      title: source.title(),
      instructions: source.instructions(),
      dueDate: source.dueDate(),
    });
    const doc = wrapDocument(notice.html);
    if (doc === lastHtml) return;
    lastHtml = doc;
    const frame = el('iframe', {
      class: 'preview-frame',
      sandbox: 'allow-same-origin',
      title: `Email to ${assignee.name}`,
    });
    frame.srcdoc = doc;
    frame.addEventListener('load', () => {
      const height = frame.contentDocument?.documentElement.scrollHeight;
      if (height) frame.style.height = `${Math.min(height + 2, 480)}px`;
    });
    replaceChildren(body, [
      el('p', { class: 'preview-meta' }, [el('b', {}, ['To: ']), `${assignee.name} <${assignee.email}>`]),
      el('p', { class: 'preview-meta' }, [el('b', {}, ['Subject: ']), notice.subject]),
      others.length > 0
        ? el('p', { class: 'preview-meta hint' }, [
            `${others.length === 1 ? '1 other person gets' : `${others.length} others get`} their own email.`,
          ])
        : null,
      frame,
    ]);
  }

  details.addEventListener('toggle', refresh);
  return { refresh };
}
