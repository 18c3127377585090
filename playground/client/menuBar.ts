/**
 * The menu bar: Extensions (the add-on menus, as submenus) and any menus the script added with
 * createMenu. Rebuilt only when the menus changed; a click outside it closes whatever is open.
 */
import { byId, el } from './dom';
import { buildMenuList, type MenuActions, openMenu } from './menuList';
import type { Menu, MenuEntry } from './types';

export interface MenuBar {
  render(menus: readonly Menu[]): void;
}

export function createMenuBar(run: (functionName: string) => void): MenuBar {
  const bar = byId('menu-bar');

  function closeAll(): void {
    for (const open of Array.from(bar.querySelectorAll('[aria-expanded="true"]'))) {
      open.setAttribute('aria-expanded', 'false');
    }
    for (const list of Array.from(bar.querySelectorAll<HTMLElement>('[role="menu"]'))) list.hidden = true;
  }
  const actions: MenuActions = { run, closeAll };

  document.addEventListener('click', (event) => {
    if (!bar.contains(event.target as Node)) closeAll();
  });

  function group(title: string, entries: MenuEntry[]): HTMLElement {
    const trigger = el(
      'button',
      { type: 'button', class: 'menu-trigger', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
      [title],
    );
    const list =
      entries.length > 0
        ? buildMenuList(entries, title, trigger, false, actions)
        : el('ul', { role: 'menu', 'aria-label': title, class: 'menu' }, [
            el('li', { role: 'none' }, [
              el('span', { class: 'menu-empty', text: 'No add-on menu: onOpen did not add one.' }),
            ]),
          ]);
    list.hidden = true;
    trigger.addEventListener('click', () => {
      const wasOpen = trigger.getAttribute('aria-expanded') === 'true';
      closeAll();
      if (!wasOpen) openMenu(trigger, list, false);
    });
    trigger.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        closeAll();
        openMenu(trigger, list, true);
      }
    });
    return el('div', { class: 'menu-group' }, [trigger, list]);
  }

  return {
    render(menus) {
      const signature = JSON.stringify(menus);
      if (bar.dataset.signature === signature) return;
      bar.dataset.signature = signature;
      const addons: MenuEntry[] = menus
        .filter((menu) => menu.addon)
        .map((menu) => ({ kind: 'submenu', caption: menu.title, items: menu.items }));
      bar.replaceChildren(
        group('Extensions', addons),
        ...menus.filter((menu) => !menu.addon).map((menu) => group(menu.title, menu.items)),
      );
    },
  };
}
