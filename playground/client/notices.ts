/**
 * The server's notices (alerts, toasts, failed runs) shown once each: those already there when
 * the page first loads are not replayed.
 */
import { showMessages } from './dialog';
import { showToast } from './toasts';
import type { UiNotice } from './types';

export function createNoticeFeed(): (notices: readonly UiNotice[]) => void {
  /** The newest notice already seen; null until the first load. */
  let seen: number | null = null;
  return (notices) => {
    const since = seen;
    seen = notices[notices.length - 1]?.id ?? 0;
    if (since === null) return;
    const fresh = notices.filter((notice) => notice.id > since);
    for (const toast of fresh.filter((notice) => notice.kind === 'toast')) showToast(toast.title, toast.text);
    showMessages(fresh.filter((notice) => notice.kind !== 'toast'));
  };
}
