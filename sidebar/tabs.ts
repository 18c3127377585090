/**
 * Switchable views ("Delegate" | "Delegated" | "Overview") as an ARIA tab list: arrow keys, Home
 * and End move between tabs, only the selected tab is in the Tab order. New views are a tab and a
 * panel in index.html. `onShow` runs each time a tab is shown, so a view can load when it opens.
 */
export interface Tabs {
  /** Shows the tab with this id; `notify` false skips onShow (the caller loads the view itself). */
  select(tabId: string, notify?: boolean): void;
}

export function wireTabs(tablist: HTMLElement, onShow: (tabId: string) => void = () => {}): Tabs {
  const tabs = Array.from(tablist.querySelectorAll<HTMLButtonElement>('[role=tab]'));

  function select(tab: HTMLButtonElement, notify = true): void {
    for (const other of tabs) {
      const on = other === tab;
      other.setAttribute('aria-selected', String(on));
      other.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
    if (notify) onShow(tab.id);
  }

  function target(at: number, key: string): HTMLButtonElement | undefined {
    switch (key) {
      case 'ArrowRight':
        return tabs[(at + 1) % tabs.length];
      case 'ArrowLeft':
        return tabs[(at - 1 + tabs.length) % tabs.length];
      case 'Home':
        return tabs[0];
      case 'End':
        return tabs[tabs.length - 1];
      default:
        return undefined;
    }
  }

  for (const tab of tabs) tab.addEventListener('click', () => select(tab));
  tablist.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const next = target(at, event.key);
    if (!next) return;
    event.preventDefault();
    select(next);
    next.focus();
  });

  return {
    select: (tabId, notify = true) => {
      const tab = tabs.find((t) => t.id === tabId);
      if (tab) select(tab, notify);
    },
  };
}
