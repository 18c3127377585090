/** Toasts the script raised, in the page's corner for a few seconds. */
import { byId, el } from './dom';

const TOAST_MS = 6000;

export function showToast(title: string, message: string): void {
  const toast = el('div', { class: 'toast', role: 'status' }, [
    title ? el('strong', { text: title }) : null,
    el('span', { text: message }),
  ]);
  byId('toasts').append(toast);
  setTimeout(() => toast.remove(), TOAST_MS);
}
