/**
 * Keeps the page current: reloads when the sidebar's google.script.run says a call finished (so
 * the workbook updates at once), and when the server's version moves on (checked every second).
 */
import { fetchVersion } from './api';

const CHANGED = 'send-delegate-playground:changed';
const POLL_MS = 1000;

export function watchForChanges(refresh: () => Promise<void>, shownVersion: () => number | null): void {
  window.addEventListener('message', (event) => {
    if (event.origin === location.origin && event.data === CHANGED) void refresh();
  });

  setInterval(async () => {
    try {
      const version = await fetchVersion();
      const shown = shownVersion();
      if (shown !== null && version !== shown) await refresh();
    } catch {
      // The server stopped: keep showing the last state.
    }
  }, POLL_MS);
}
