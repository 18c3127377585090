/**
 * The 300 px sidebar panel: the sidebar the script showed, in an iframe reloaded whenever the
 * script shows it again. Focus moves into it when a menu item opened it; × closes it.
 */
import { closeSidebar } from './api';
import { byId } from './dom';
import type { PageState } from './types';

export interface SidebarPanel {
  render(sidebar: PageState['sidebar']): void;
  /** Focus the sidebar once its next page has loaded. */
  focusOnNextLoad(): void;
}

export function createSidebarPanel(refresh: () => Promise<void>): SidebarPanel {
  const panel = byId('sidebar-panel');
  const frame = byId<HTMLIFrameElement>('sidebar-frame');
  let shownSerial = -1;
  let focusOnLoad = false;

  frame.addEventListener('load', () => {
    if (!focusOnLoad) return;
    focusOnLoad = false;
    frame.focus();
  });

  byId('sidebar-close').addEventListener('click', async () => {
    await closeSidebar();
    await refresh();
  });

  return {
    focusOnNextLoad() {
      focusOnLoad = true;
    },
    render(sidebar) {
      panel.hidden = !sidebar.open;
      byId('sidebar-title').textContent = sidebar.title || 'Sidebar';
      if (!sidebar.open) {
        if (shownSerial !== -1) frame.src = 'about:blank';
        shownSerial = -1;
        return;
      }
      if (sidebar.serial !== shownSerial) {
        shownSerial = sidebar.serial;
        frame.src = `/sidebar?v=${sidebar.serial}`;
      }
    },
  };
}
