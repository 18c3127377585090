/**
 * The tab strip under the grid: one tab per visible sheet, the current one selected (the
 * spreadsheet's active tab at first). ArrowLeft/Right move to the neighbouring tab and show it.
 */
import { byId, el } from './dom';
import type { TabSummary } from './types';

export interface TabStrip {
  render(tabs: readonly TabSummary[]): void;
  /** The tab shown; '' when the spreadsheet has none. */
  current(): string;
}

export function createTabStrip(onSelect: (name: string) => void): TabStrip {
  const strip = byId('sheet-tabs');
  let current = '';

  /** Marks the current tab selected, without rebuilding the strip (focus stays where it is). */
  function markSelected(): void {
    for (const button of Array.from(strip.querySelectorAll<HTMLElement>('[role="tab"]'))) {
      const selected = button.dataset.name === current;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
  }

  function tabButton(tab: TabSummary): HTMLElement {
    const button = el('button', {
      type: 'button',
      role: 'tab',
      class: 'sheet-tab',
      'aria-controls': 'grid-panel',
      'data-name': tab.name,
      text: tab.name,
    });
    if (tab.color) button.style.borderBottomColor = tab.color;
    button.addEventListener('click', () => {
      current = tab.name;
      markSelected();
      onSelect(tab.name);
    });
    return button;
  }

  strip.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = Array.from(strip.querySelectorAll<HTMLElement>('[role="tab"]'));
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
    next?.click();
    next?.focus();
  });

  return {
    current: () => current,
    render(tabs) {
      if (!tabs.some((tab) => tab.name === current)) {
        current = (tabs.find((tab) => tab.active) ?? tabs[0])?.name ?? '';
      }
      // Rebuilt only when the tabs changed, keeping keyboard focus on the same tab.
      const signature = JSON.stringify(tabs.map((tab) => [tab.name, tab.color]));
      if (strip.dataset.signature !== signature) {
        strip.dataset.signature = signature;
        const focused = (document.activeElement as HTMLElement | null)?.dataset?.name;
        const hadFocus = strip.contains(document.activeElement);
        const buttons = tabs.map(tabButton);
        strip.replaceChildren(...buttons);
        if (hadFocus) buttons.find((button) => button.dataset.name === focused)?.focus();
      }
      markSelected();
    },
  };
}
