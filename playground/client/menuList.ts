/**
 * One drop-down list of menu items (role="menu") with its submenus, keyboard as in Sheets:
 * ArrowUp/Down move between items, ArrowRight/Enter/Space open a submenu, ArrowLeft closes one,
 * Escape closes the list back to its trigger, Tab leaves the menus.
 */
import { el } from './dom';
import type { MenuEntry } from './types';

export interface MenuActions {
  /** Runs the chosen item's function (the menus are closed first). */
  run(functionName: string): void;
  /** Closes every open menu of the bar. */
  closeAll(): void;
}

function itemsOf(list: HTMLElement): HTMLElement[] {
  return Array.from(list.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]'));
}

export function openMenu(trigger: HTMLElement, list: HTMLElement, focusFirst: boolean): void {
  trigger.setAttribute('aria-expanded', 'true');
  list.hidden = false;
  if (focusFirst) itemsOf(list)[0]?.focus();
}

function menuKeys(list: HTMLElement, parentTrigger: HTMLElement, isSubmenu: boolean, closeAll: () => void) {
  return (event: KeyboardEvent): void => {
    const items = itemsOf(list);
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if ((event.key === 'ArrowLeft' && isSubmenu) || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      list.hidden = true;
      parentTrigger.setAttribute('aria-expanded', 'false');
      parentTrigger.focus();
    } else if (event.key === 'Tab') {
      closeAll();
    }
  };
}

/** An item that opens a submenu (on hover without moving focus; by click or key into it). */
function submenuEntry(
  caption: string,
  items: MenuEntry[],
  list: HTMLElement,
  actions: MenuActions,
): HTMLElement {
  const parent = el(
    'button',
    {
      type: 'button',
      role: 'menuitem',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      class: 'menu-item has-submenu',
    },
    [caption],
  );
  parent.tabIndex = -1;
  const child = buildMenuList(items, caption, parent, true, actions);
  const open = (focus: boolean) => {
    for (const other of Array.from(list.querySelectorAll<HTMLElement>(':scope > li > [role="menu"]'))) {
      if (other !== child) other.hidden = true;
    }
    openMenu(parent, child, focus);
  };
  parent.addEventListener('click', () => open(true));
  parent.addEventListener('mouseenter', () => open(false));
  parent.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      open(true);
    }
  });
  return el('li', { role: 'none', class: 'has-submenu-item' }, [parent, child]);
}

function itemEntry(caption: string, functionName: string, actions: MenuActions): HTMLElement {
  const item = el('button', { type: 'button', role: 'menuitem', class: 'menu-item' }, [caption]);
  item.tabIndex = -1;
  item.addEventListener('click', () => {
    actions.closeAll();
    actions.run(functionName);
  });
  return el('li', { role: 'none' }, [item]);
}

/** The list (hidden) for `entries`, labelled `label`; Escape returns focus to `trigger`. */
export function buildMenuList(
  entries: MenuEntry[],
  label: string,
  trigger: HTMLElement,
  isSubmenu: boolean,
  actions: MenuActions,
): HTMLElement {
  const list = el('ul', { role: 'menu', 'aria-label': label, class: isSubmenu ? 'menu submenu' : 'menu' });
  list.hidden = true;
  for (const entry of entries) {
    if (entry.kind === 'separator') list.append(el('li', { role: 'separator', class: 'menu-separator' }));
    else if (entry.kind === 'submenu') list.append(submenuEntry(entry.caption, entry.items, list, actions));
    else list.append(itemEntry(entry.caption, entry.functionName, actions));
  }
  list.addEventListener('keydown', menuKeys(list, trigger, isSubmenu, actions.closeAll));
  return list;
}
