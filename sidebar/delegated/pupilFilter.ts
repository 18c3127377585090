/**
 * The Delegated view's "Pupil" filter: type part of a name or id, choose from a short list of
 * buttons (Enter picks the first). The chosen pupil shows in place of the search box, with
 * History and Clear.
 */
import type { SidebarPupil } from '../../src/core/rpc';
import { byId, el, replaceChildren } from '../dom';
import { EMPTY_FILTER, filterPupils, indexPupils, yearLabel } from '../pupils';

/** Buttons listed under the search box; more than this asks for more of the name. */
const SHOWN = 8;

export interface PupilFilter {
  /** The chosen pupil's id, or ''. */
  value(): string;
  /** Chooses a pupil (or '' for any) without announcing a change. */
  set(pupilId: string): void;
}

export interface PupilFilterOptions {
  pupils: readonly SidebarPupil[];
  onChange(pupilId: string): void;
  onHistory(pupilId: string): void;
}

export function createPupilFilter(options: PupilFilterOptions): PupilFilter {
  const index = indexPupils(options.pupils);
  const search = byId('filter-pupil', HTMLInputElement);
  const matchList = byId('filter-pupil-matches', HTMLUListElement);
  const chosenBox = byId('filter-pupil-chosen', HTMLElement);
  const chosenName = byId('filter-pupil-name', HTMLElement);
  const history = byId('filter-pupil-history', HTMLButtonElement);
  const clear = byId('filter-pupil-clear', HTMLButtonElement);
  let chosen = '';
  let matches: SidebarPupil[] = [];

  function show(pupilId: string): void {
    chosen = pupilId;
    const pupil = index.byId.get(pupilId);
    chosenBox.hidden = !pupil;
    search.hidden = Boolean(pupil);
    const name = pupil ? pupil.name || pupil.id : '';
    chosenName.textContent = name;
    history.setAttribute('aria-label', `History of ${name || 'the pupil'}`);
    clear.setAttribute('aria-label', `Clear pupil ${name}`.trim());
    search.value = '';
    listMatches();
  }

  function choose(pupilId: string): void {
    show(pupilId);
    options.onChange(chosen);
    (chosen ? history : search).focus();
  }

  function listMatches(): void {
    const query = search.value.trim();
    matches = query ? filterPupils(index, { ...EMPTY_FILTER, query }, new Set()) : [];
    matchList.hidden = query === '';
    const rows: Node[] = matches.slice(0, SHOWN).map((pupil) => {
      const button = el('button', { type: 'button', class: 'match', 'data-id': pupil.id }, [
        el('span', { class: 'row-name' }, [pupil.name || pupil.id]),
        el('span', { class: 'row-meta' }, [
          [yearLabel(pupil.year), pupil.form, pupil.id].filter(Boolean).join(' · '),
        ]),
      ]);
      return el('li', {}, [button]);
    });
    if (matches.length === 0) rows.push(el('li', { class: 'list-empty' }, ['No pupils match.']));
    else if (matches.length > SHOWN)
      rows.push(
        el('li', { class: 'list-empty' }, [`${matches.length - SHOWN} more: type more of the name.`]),
      );
    replaceChildren(matchList, rows);
  }

  search.addEventListener('input', listMatches);
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && matches[0]) {
      event.preventDefault();
      choose(matches[0].id);
    } else if (event.key === 'Escape' && search.value) {
      event.preventDefault();
      search.value = '';
      listMatches();
    }
  });
  matchList.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button[data-id]');
    if (button) choose(button.getAttribute('data-id') ?? '');
  });
  clear.addEventListener('click', () => choose(''));
  history.addEventListener('click', () => {
    if (chosen) options.onHistory(chosen);
  });

  return { value: () => chosen, set: show };
}
