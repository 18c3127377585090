/**
 * The Pupils picker: search, filters, a capped list of checkboxes and the selection count.
 * Only matches are rendered, PAGE at a time, so a 2,000-pupil register stays quick. The
 * selection lives in a Set, so pupils stay selected when the search or filters change.
 */
import type { SidebarPupil } from '../src/core/rpc';
import { byId, el, replaceChildren } from './dom';
import {
  areaOptions,
  EMPTY_FILTER,
  filterPupils,
  indexPupils,
  isFiltering,
  type Option,
  type PupilFilter,
  STATUS_NAMES,
  statusOptions,
  yearLabel,
  yearOptions,
  yearWords,
} from './pupils';

const PAGE = 50;
/** "Select all" is offered for a filtered list up to this size, never for the whole school. */
const SELECT_ALL_LIMIT = 100;

export interface PupilPicker {
  /** Selected pupils in register order. */
  selected(): SidebarPupil[];
  clearSelection(): void;
  /** The element to focus when the Pupils field has an error. */
  focusTarget(): HTMLElement;
  listElement(): HTMLElement;
}

function fillSelect(select: HTMLSelectElement, options: Option[]): void {
  replaceChildren(
    select,
    options.map((o) => el('option', { value: o.value }, [o.label])),
  );
}

/** Spoken form of a pupil row: "Amira Khan, Year 7, 7A, EHCP". The visible name comes first. */
function spokenName(pupil: SidebarPupil): string {
  const year = yearWords(pupil.year);
  const status = pupil.status ? (STATUS_NAMES[pupil.status] ?? pupil.status) : '';
  return [pupil.name || pupil.id, year, pupil.form, status].filter(Boolean).join(', ');
}

function pupilRow(pupil: SidebarPupil, checked: boolean): HTMLLIElement {
  const box = el('input', { type: 'checkbox', value: pupil.id, 'aria-label': spokenName(pupil) });
  box.checked = checked;
  const meta = [pupil.form, pupil.id].filter(Boolean).join(' · ');
  const status = pupil.status;
  return el('li', {}, [
    el('label', { class: 'check-row' }, [
      box,
      el('span', { class: 'row-main' }, [
        el('span', { class: 'row-name' }, [pupil.name || pupil.id]),
        meta ? el('span', { class: 'row-meta' }, [meta]) : null,
      ]),
      el('span', { class: 'row-side', 'aria-hidden': 'true' }, [
        yearLabel(pupil.year),
        status
          ? el('span', { class: `badge badge-${status}`, title: STATUS_NAMES[status] ?? status }, [status])
          : null,
      ]),
    ]),
  ]);
}

export interface PupilPickerOptions {
  pupils: readonly SidebarPupil[];
  registerTab: string;
  onChange: () => void;
  reload: () => void;
}

export function createPupilPicker(options: PupilPickerOptions): PupilPicker {
  const { pupils, onChange } = options;
  const index = indexPupils(pupils);
  const selected = new Set<string>();
  const filter: PupilFilter = { ...EMPTY_FILTER };
  let limit = PAGE;
  let matches: SidebarPupil[] = [];

  const search = byId('pupil-search', HTMLInputElement);
  const year = byId('filter-year', HTMLSelectElement);
  const status = byId('filter-status', HTMLSelectElement);
  const area = byId('filter-area', HTMLSelectElement);
  const list = byId('pupil-list', HTMLUListElement);
  const count = byId('pupil-count', HTMLElement);
  const showSelected = byId('pupil-show-selected', HTMLButtonElement);
  const clear = byId('pupil-clear', HTMLButtonElement);
  const matchesText = byId('pupil-matches', HTMLElement);
  const more = byId('pupil-more', HTMLButtonElement);
  const selectAll = byId('pupil-select-all', HTMLButtonElement);

  fillSelect(year, yearOptions(pupils));
  fillSelect(status, statusOptions(pupils));
  fillSelect(area, areaOptions(pupils));
  if (pupils.length === 0) {
    byId('pupils-controls', HTMLElement).hidden = true;
    const empty = byId('pupils-empty', HTMLElement);
    empty.hidden = false;
    const where = options.registerTab ? `the ${options.registerTab} tab` : 'the register';
    const reload = el('button', { type: 'button', class: 'button' }, ['Reload']);
    reload.addEventListener('click', options.reload);
    replaceChildren(empty, [
      el('p', {}, [`No pupils yet. Add one row per pupil to ${where}, then reload.`]),
      reload,
    ]);
  }

  function updateCount(): void {
    const n = selected.size;
    count.textContent = n === 0 ? 'No pupils selected' : `${n} selected`;
    clear.hidden = n === 0;
  }

  function render(): void {
    matches = filterPupils(index, filter, selected);
    const shown = matches.slice(0, limit);
    const rows: Node[] = shown.map((p) => pupilRow(p, selected.has(p.id)));
    if (rows.length === 0) {
      const why = filter.selectedOnly && selected.size === 0 ? 'No pupils selected yet.' : 'No pupils match.';
      rows.push(el('li', { class: 'list-empty' }, [why]));
    }
    replaceChildren(list, rows);
    matchesText.textContent =
      matches.length > shown.length
        ? `Showing ${shown.length} of ${matches.length}`
        : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}`;
    more.hidden = matches.length <= shown.length;
    more.textContent = `Show ${Math.min(PAGE, matches.length - shown.length)} more`;
    const canSelectAll =
      isFiltering(filter) &&
      !filter.selectedOnly &&
      matches.length > 1 &&
      matches.length <= SELECT_ALL_LIMIT &&
      matches.some((p) => !selected.has(p.id));
    selectAll.hidden = !canSelectAll;
    selectAll.textContent = `Select all ${matches.length}`;
  }

  /** After the selection changed: redraw the rows (ticks may be off screen), the count and the rest. */
  function selectionChanged(): void {
    render();
    updateCount();
    onChange();
  }

  function setSelectedOnly(on: boolean): void {
    filter.selectedOnly = on;
    showSelected.textContent = on ? 'Show all' : 'Show selected';
    // While showing the selection, search and filters do not apply: say so by disabling them.
    for (const control of [search, year, status, area]) control.disabled = on;
    limit = PAGE;
  }

  function refilter(): void {
    filter.query = search.value;
    filter.year = year.value;
    filter.status = status.value;
    filter.area = area.value;
    limit = PAGE;
    render();
  }

  function checkboxes(): HTMLInputElement[] {
    return Array.from(list.querySelectorAll<HTMLInputElement>('input[type=checkbox]'));
  }

  search.addEventListener('input', refilter);
  for (const select of [year, status, area]) select.addEventListener('change', refilter);

  // Typing a name and pressing Enter picks the pupil when exactly one matches. The search text
  // is then selected, so typing the next name replaces it, and the list stays short for Tab.
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const only = matches.length === 1 ? matches[0] : undefined;
    if (!only || selected.has(only.id)) return;
    selected.add(only.id);
    selectionChanged();
    search.select();
  });

  list.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    if (box.checked) selected.add(box.value);
    else selected.delete(box.value);
    // No re-render here: the row stays where it is under the pointer or keyboard focus.
    updateCount();
    onChange();
  });

  // Arrow keys move between rows as a convenience; Tab still visits each checkbox.
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const boxes = checkboxes();
    const at = boxes.indexOf(event.target as HTMLInputElement);
    if (at < 0) return;
    const next = boxes[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  showSelected.addEventListener('click', () => {
    setSelectedOnly(!filter.selectedOnly);
    render();
  });

  clear.addEventListener('click', () => {
    selected.clear();
    setSelectedOnly(false);
    selectionChanged();
    search.focus();
  });

  more.addEventListener('click', () => {
    const firstNew = limit;
    limit += PAGE;
    render();
    checkboxes()[firstNew]?.focus();
  });

  selectAll.addEventListener('click', () => {
    for (const pupil of matches) selected.add(pupil.id);
    selectionChanged();
    // The button has gone (everything is selected): keep keyboard focus in the list.
    checkboxes()[0]?.focus();
  });

  render();
  updateCount();

  return {
    selected: () => pupils.filter((p) => selected.has(p.id)),
    clearSelection: () => {
      selected.clear();
      setSelectedOnly(false);
      selectionChanged();
    },
    focusTarget: () =>
      pupils.length === 0 ? (byId('pupils-empty', HTMLElement).querySelector('button') ?? search) : search,
    listElement: () => list,
  };
}
