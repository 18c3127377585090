/**
 * The Overview tab through the playground: its numbers against the Tasks tab, its links into the
 * Delegated tab, and both tabs before anything is delegated. Waits for what the page shows.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, SCREENSHOT_DIR } from './harness/browser';
import { AMIR, assigneeTypes, isoOf, sidebarShot, sidewaysOverflow } from './harness/delegated';
import {
  chooseMenuItem,
  openPlayground,
  openSidebarFromMenu,
  showTab,
  sidebar,
  sidebarFrame,
  startTestPlayground,
  type TestPlayground,
  waitForDataRows,
} from './harness/playground';

jest.setTimeout(30_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('playground: the Overview tab', () => {
  let playground: TestPlayground;
  let page: Page;

  beforeEach(async () => {
    playground = await startTestPlayground();
    page = await openPlayground(browser, playground.url);
  });

  afterEach(async () => {
    await page.close();
    await playground.dispose();
  });

  /** Open, due this week, overdue and done, counted from the Tasks grid as a SENCO would. */
  function countGrid(headers: string[], rows: string[][]) {
    const at = (name: string) => headers.indexOf(name);
    const counts = { open: 0, dueThisWeek: 0, overdue: 0, done: 0 };
    const people = new Map<string, { open: number; overdue: number }>();
    for (const row of rows) {
      const status = row[at('Status')] ?? '';
      const due = isoOf(row[at('Due')] ?? '');
      const person = people.get(row[at('Assignee')] ?? '') ?? { open: 0, overdue: 0 };
      people.set(row[at('Assignee')] ?? '', person);
      if (status === 'Done') counts.done += 1;
      if (status === 'Done' || status === 'Cancelled') continue;
      counts.open += 1;
      person.open += 1;
      if (status !== 'Not started' && status !== 'In progress') continue;
      if (due < '2027-01-11') {
        counts.overdue += 1;
        person.overdue += 1;
      } else if (due <= '2027-01-17') counts.dueThisWeek += 1;
    }
    return { counts, people };
  }

  it('shows the numbers the Tasks tab holds, and lists the quiet pupils', async () => {
    await showTab(page, 'Tasks');
    const rows = await waitForDataRows(page, 'Tasks', 7);
    const headers = await page
      .getByRole('table', { name: 'Tasks (read only)' })
      .locator('tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    const { counts, people } = countGrid(headers, rows);
    const frame = await openSidebarFromMenu(page);

    await frame.getByRole('tab', { name: 'Overview' }).click();

    const overview = frame.locator('#panel-overview');
    await overview.locator('#overview-body:not([hidden]):not([aria-busy])').waitFor();
    const tiles = await overview
      .locator('.tile')
      .evaluateAll((nodes) =>
        nodes.map(
          (tile) => `${tile.querySelector('dt')?.textContent} ${tile.querySelector('dd')?.textContent}`,
        ),
      );
    expect(tiles).toEqual([
      `Open ${counts.open}`,
      `Due this week ${counts.dueThisWeek}`,
      `Overdue ${counts.overdue}`,
      `Done ${counts.done}`,
    ]);
    expect(counts).toEqual({ open: 7, dueThisWeek: 4, overdue: 1, done: 0 });
    await overview.getByText('0%', { exact: true }).waitFor();
    // 3 × 30 + 40 + 2 × 30 + 45 minutes, all delegated this term.
    await overview.getByText('3 h 55 min', { exact: true }).waitFor();
    const table = overview.getByRole('table', { name: 'Open and overdue tasks per person' });
    for (const [name, line] of people) {
      const cells = await table
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .locator('td')
        .allTextContents();
      expect(cells).toEqual([String(line.open), String(line.overdue)]);
    }
    const summary = overview.locator('#overview-quiet-summary');
    const sentence = (await summary.textContent()) ?? '';
    const quiet = Number(
      /^(\d+) pupils on SEN support or with an EHCP have had no task for 6 weeks$/.exec(sentence)?.[1],
    );
    expect(quiet).toBeGreaterThan(0);
    await summary.click();
    const names = overview.locator('#overview-quiet-list li');
    expect(await names.count()).toBe(quiet);
    expect(await names.allTextContents()).not.toContain('Samir Hussain');
    expect(await sidewaysOverflow(await sidebarFrame(page))).toBe(0);
    await sidebarShot(page, 'overview', 1000);
  });

  it('lists a person’s open tasks from their name, and refreshes after a change', async () => {
    const frame = await openSidebarFromMenu(page);
    await frame.getByRole('tab', { name: 'Overview' }).click();
    const overview = frame.locator('#panel-overview');
    await overview.locator('#overview-body:not([hidden]):not([aria-busy])').waitFor();

    await overview.getByRole('button', { name: 'Amir Khan: open tasks' }).click();

    await frame.getByText('3 tasks', { exact: true }).waitFor();
    expect(await frame.getByLabel('Assigned to').inputValue()).toBe(AMIR);
    expect(await frame.getByRole('tab', { name: 'Delegated' }).getAttribute('aria-selected')).toBe('true');

    assigneeTypes(playground, 'Tasks – A Khan', 'T-000002', 'Status', 'Done');
    await frame.getByRole('tab', { name: 'Overview' }).click();
    await overview.locator('#overview-done', { hasText: /^1$/ }).waitFor();
    await overview.getByText('14%', { exact: true }).waitFor();
    assigneeTypes(playground, 'Tasks – A Khan', 'T-000003', 'Status', 'Done');
    await overview.getByRole('button', { name: 'Refresh' }).click();
    await overview.getByText('29%', { exact: true }).waitFor();
  });
});

describe('playground: Delegated and Overview before anything is delegated', () => {
  it('says nothing is delegated yet, and the overview shows zeros', async () => {
    const playground = await startTestPlayground({ seed: 'blank' });
    const page = await openPlayground(browser, playground.url);
    await chooseMenuItem(page, 'Delegate task');
    const frame = sidebar(page);
    await frame.getByRole('button', { name: 'Set up register' }).click();
    await frame.getByRole('tab', { name: 'Delegated' }).click();

    await frame.getByText('Nothing delegated yet').waitFor();
    await sidebarShot(page, 'delegated-empty', 700);
    expect(await frame.getByRole('button', { name: 'Show all tasks' }).isVisible()).toBe(false);
    await frame.getByRole('tab', { name: 'Overview' }).click();
    await frame.locator('#overview-body:not([hidden]):not([aria-busy])').waitFor();
    expect(await frame.locator('.tile dd').allTextContents()).toEqual(['0', '0', '0', '0']);
    await frame.getByText('Nobody has a task yet.').waitFor();
    await page.close();
    await playground.dispose();
  });
});
