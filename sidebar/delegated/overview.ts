/**
 * The Overview tab: the dashboard in brief. Loads each time the tab is shown, and on Refresh.
 * A person's name lists their open tasks; a quiet pupil's name opens their history.
 */
import { formatUkDateWithDay } from '../../src/core/dates';
import type { DashboardSummary } from '../../src/core/rpc';
import { byId, el, replaceChildren, spinner } from '../dom';
import type { ServerClient } from '../rpc';
import { LatestOnly } from './latest';
import { formatMinutes, formatPercent, quietSentence, ukDateOrDash } from './text';
import { messageOf } from './updateRunner';

export interface OverviewView {
  shown(): void;
}

export interface OverviewOptions {
  /** The spreadsheet's date, YYYY-MM-DD. */
  today: string;
  server: Pick<ServerClient, 'getDashboard'>;
  showAssignee(email: string): void;
  showPupil(pupilId: string): void;
}

function setNumber(id: string, value: number): void {
  byId(id, HTMLElement).textContent = String(value);
}

export function mountOverview(
  panel: HTMLElement,
  template: HTMLTemplateElement,
  options: OverviewOptions,
): OverviewView {
  replaceChildren(panel, [template.content.cloneNode(true)]);
  const status = byId('overview-status', HTMLElement);
  const error = byId('overview-error', HTMLElement);
  const body = byId('overview-body', HTMLElement);
  const refresh = byId('overview-refresh', HTMLButtonElement);
  const latest = new LatestOnly();

  function personRow(line: DashboardSummary['perAssignee'][number]): HTMLTableRowElement {
    const name = line.name || line.email;
    const button = el(
      'button',
      { type: 'button', class: 'link link-inline', 'aria-label': `${name}: open tasks` },
      [name],
    );
    button.addEventListener('click', () => options.showAssignee(line.email));
    return el('tr', {}, [
      el('th', { scope: 'row' }, [button]),
      el('td', {}, [String(line.open)]),
      el('td', { class: line.overdue > 0 ? 'late' : '' }, [String(line.overdue)]),
    ]);
  }

  function quietRow(pupil: { id: string; name: string }): HTMLLIElement {
    const button = el(
      'button',
      { type: 'button', class: 'link link-inline', 'aria-label': `${pupil.name || pupil.id}: all tasks` },
      [pupil.name || pupil.id],
    );
    button.addEventListener('click', () => options.showPupil(pupil.id));
    return el('li', {}, [button]);
  }

  function show(dashboard: DashboardSummary): void {
    const { totals } = dashboard;
    setNumber('overview-open', totals.open);
    setNumber('overview-due-week', totals.dueThisWeek);
    setNumber('overview-overdue', totals.overdue);
    setNumber('overview-done', totals.done);
    byId('overview-overdue-tile', HTMLElement).classList.toggle('tile-late', totals.overdue > 0);
    byId('overview-rate', HTMLElement).textContent = formatPercent(dashboard.completionRate);
    byId('overview-minutes', HTMLElement).textContent = formatMinutes(dashboard.minutesHandedOffThisTerm);
    byId('overview-since', HTMLElement).textContent = `since ${ukDateOrDash(dashboard.termStart)}`;
    const people = dashboard.perAssignee.filter((line) => line.open > 0 || line.done > 0);
    replaceChildren(byId('overview-people-rows', HTMLElement), people.map(personRow));
    byId('overview-people', HTMLElement).hidden = people.length === 0;
    byId('overview-people-none', HTMLElement).hidden = people.length > 0;
    const quiet = dashboard.quietPupils;
    const sentence = quietSentence(quiet.length, dashboard.quietWeeks);
    const details = byId('overview-quiet', HTMLDetailsElement);
    details.hidden = quiet.length === 0;
    byId('overview-quiet-summary', HTMLElement).textContent = sentence;
    replaceChildren(byId('overview-quiet-list', HTMLElement), quiet.map(quietRow));
    const none = byId('overview-quiet-none', HTMLElement);
    none.hidden = quiet.length > 0;
    none.textContent = quiet.length === 0 ? sentence : '';
    body.hidden = false;
  }

  async function load(): Promise<void> {
    const current = latest.begin();
    error.textContent = '';
    replaceChildren(status, [spinner(), ' Loading…']);
    body.setAttribute('aria-busy', 'true');
    try {
      const dashboard = await options.server.getDashboard();
      if (!current()) return;
      show(dashboard);
      status.textContent = `As of ${formatUkDateWithDay(options.today)}.`;
    } catch (failure) {
      if (!current()) return;
      status.textContent = '';
      error.textContent = messageOf(failure);
    } finally {
      if (current()) body.removeAttribute('aria-busy');
    }
  }

  refresh.addEventListener('click', () => {
    void load();
  });
  return { shown: () => void load() };
}
