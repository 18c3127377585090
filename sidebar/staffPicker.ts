/** "Assign to": one checkbox per person on the Staff tab, showing name and role. */
import type { SidebarStaff } from '../src/core/rpc';
import { byId, el, replaceChildren } from './dom';

export interface StaffPicker {
  /** Chosen staff in Staff-tab order. */
  selected(): SidebarStaff[];
  focusTarget(): HTMLElement;
  listElement(): HTMLElement;
}

function staffRow(person: SidebarStaff): HTMLLIElement {
  return el('li', {}, [
    el('label', { class: 'check-row' }, [
      el('input', {
        type: 'checkbox',
        value: person.email,
        'aria-label': [person.name || person.email, person.role, person.email].filter(Boolean).join(', '),
      }),
      el('span', { class: 'row-main' }, [
        el('span', { class: 'row-name' }, [person.name || person.email]),
        el('span', { class: 'row-meta' }, [person.email]),
      ]),
      person.role ? el('span', { class: 'row-side' }, [el('span', { class: 'badge' }, [person.role])]) : null,
    ]),
  ]);
}

export function createStaffPicker(
  staff: readonly SidebarStaff[],
  onChange: () => void,
  reload: () => void,
): StaffPicker {
  const list = byId('staff-list', HTMLUListElement);
  const empty = byId('staff-empty', HTMLElement);
  const chosen = new Set<string>();

  replaceChildren(list, staff.map(staffRow));
  list.hidden = staff.length === 0;
  empty.hidden = staff.length > 0;
  byId('staff-reload', HTMLButtonElement).addEventListener('click', reload);

  list.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
    onChange();
  });

  return {
    selected: () => staff.filter((person) => chosen.has(person.email)),
    focusTarget: () =>
      list.querySelector<HTMLInputElement>('input') ?? byId('staff-reload', HTMLButtonElement),
    listElement: () => (staff.length === 0 ? empty : list),
  };
}
