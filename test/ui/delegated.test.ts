/**
 * The Delegated tab through the playground: the real dist/Code.js on the emulator, driven as a
 * SENCO would from the sidebar, checked against the workbook grid and the outbox. The playground
 * opens on Mon 11 Jan 2027 with seven seeded tasks:
 *   T-000001..3  Collect pupil voice, Amir Khan, due 12 Jan (T-000001 in progress)
 *   T-000004     Classroom observation, Rachel Patel, due 14 Jan
 *   T-000005..6  Collect parent views, Office, due 20 Jan
 *   T-000007     Gather work samples and evidence, Tom Hughes, due 8 Jan (overdue)
 * Waits for what the page shows; never sleeps.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, SCREENSHOT_DIR } from './harness/browser';
import {
  AMIR,
  assigneeTypes,
  JO,
  openDelegated,
  openDetail,
  RACHEL,
  rowOf,
  sentTo,
  sidebarShot,
  sidewaysOverflow,
  taskButton,
} from './harness/delegated';
import {
  openPlayground,
  openSidebarFromMenu,
  showTab,
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

describe('playground: the Delegated tab', () => {
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

  it('lists open tasks soonest first, with due dates the UK way and the overdue one marked', async () => {
    const frame = await openDelegated(page);

    await frame.getByText('7 tasks', { exact: true }).waitFor();
    const rows = frame.locator('button.task-row');
    expect(await rows.count()).toBe(7);
    const first = rows.first();
    expect(await first.textContent()).toContain('Gather work samples and evidence');
    expect(await first.textContent()).toContain('8 Jan 2027');
    await first.locator('.chip-overdue', { hasText: 'Overdue' }).waitFor();
    expect(await frame.locator('.chip-overdue').count()).toBe(1);
    expect(await sidewaysOverflow(await sidebarFrame(page))).toBe(0);
    await sidebarShot(page, 'delegated-list');
  });

  it('filters by assignee, then reassigns a task: both tabs change and both people are told', async () => {
    const frame = await openDelegated(page);
    const outboxBefore = playground.emu.outbox.length;
    await frame.getByLabel('Assigned to').selectOption({ label: 'Amir Khan' });
    await frame.getByText('3 tasks', { exact: true }).waitFor();
    await taskButton(frame, 'Collect pupil voice', 'Leo Mensah').click();
    const detail = openDetail(frame);
    await detail.getByText('T-000002', { exact: true }).waitFor();
    await detail.getByLabel('Reassign to').selectOption({ label: 'Jo Smith' });
    expect(await sidewaysOverflow(await sidebarFrame(page))).toBe(0);
    await sidebarShot(page, 'delegated-task-detail');

    await detail.getByRole('button', { name: 'Reassign', exact: true }).click();

    await frame.getByText('T-000002 moved from Amir Khan to Jo Smith; both were told.').waitFor();
    await frame.getByText('2 tasks', { exact: true }).waitFor();
    expect(await taskButton(frame, 'Collect pupil voice', 'Leo Mensah').count()).toBe(0);

    await showTab(page, 'Tasks');
    const log = await waitForDataRows(page, 'Tasks', 7);
    expect(rowOf(log, 'T-000002')).toEqual(expect.arrayContaining(['Jo Smith', JO, 'Not started']));
    await showTab(page, 'Tasks – A Khan');
    const amirs = await waitForDataRows(page, 'Tasks – A Khan', 2);
    expect(amirs.flat()).not.toContain('T-000002');
    await showTab(page, 'Tasks – J Smith');
    const jos = await waitForDataRows(page, 'Tasks – J Smith', 1);
    expect(jos[0]).toEqual(expect.arrayContaining(['T-000002', 'Collect pupil voice']));

    const sent = playground.emu.outbox.slice(outboxBefore);
    expect(sent).toHaveLength(2);
    expect(sentTo(playground, JO)).toHaveLength(1);
    expect(sentTo(playground, JO)[0]?.subject).toContain('new task');
    const moved = sent.find((message) => message.to === AMIR);
    expect(moved?.subject).toBe('Example Academy: Task moved: Collect pupil voice');
    expect(moved?.body).toContain('has passed this task to Jo Smith');
  });

  it('cancels a task only after the confirm step, once however often it is pressed', async () => {
    const noticesBefore = sentTo(playground, RACHEL).length;
    const frame = await openDelegated(page);
    await taskButton(frame, 'Classroom observation', 'Samir Thornbury').click();
    const detail = openDetail(frame);
    await detail.getByRole('button', { name: 'Cancel task' }).click();
    await detail
      .getByText('Cancel this task? Rachel Patel will be emailed that they no longer need to do it.')
      .waitFor();
    const focused = await (await sidebarFrame(page)).evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Keep task');
    await sidebarShot(page, 'delegated-cancel-confirm', 900);
    await detail.getByRole('button', { name: 'Keep task' }).click();
    expect(sentTo(playground, RACHEL)).toHaveLength(noticesBefore);
    await detail.getByRole('button', { name: 'Cancel task' }).click();

    await detail.getByRole('button', { name: 'Yes, cancel task' }).dblclick();

    const flash = frame.locator('#tasks-flash');
    await flash.getByText('T-000004 cancelled; Rachel Patel was told.').waitFor();
    expect(await flash.getAttribute('class')).toContain('notice-success');
    await frame.getByText('6 tasks', { exact: true }).waitFor();
    const cancelled = sentTo(playground, RACHEL).slice(noticesBefore);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.subject).toBe('Example Academy: Task cancelled: Classroom observation');

    await showTab(page, 'Tasks');
    const log = await waitForDataRows(page, 'Tasks', 7);
    expect(rowOf(log, 'T-000004')).toEqual(expect.arrayContaining(['Rachel Patel', 'Cancelled']));
    // Rachel had only this task: her tab is left with its header row.
    await showTab(page, 'Tasks – R Patel');
    expect(await waitForDataRows(page, 'Tasks – R Patel', 0)).toEqual([]);
  });

  it('changes a due date, refusing a past one beside the date box', async () => {
    const frame = await openDelegated(page);
    await taskButton(frame, 'Collect parent views', 'Leo Mensah').click();
    const detail = openDetail(frame);
    const date = detail.getByLabel('New due date');
    await date.fill('2027-01-04');
    await detail.getByRole('button', { name: 'Save date' }).click();
    await detail.getByText('Mon 4 Jan 2027 is in the past: choose today or later.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');

    await date.fill('2027-01-27');
    await detail.getByText('Wed 27 Jan 2027').waitFor();
    await detail.getByRole('button', { name: 'Save date' }).click();

    // The task is still listed: its details stay open, say what changed and show the new date,
    // and its button has focus. The live region announces the message without showing it twice.
    await openDetail(frame)
      .locator('.detail-message', { hasText: 'T-000006 is now due 27 Jan 2027.' })
      .waitFor();
    expect(await frame.locator('#tasks-flash').textContent()).toBe('T-000006 is now due 27 Jan 2027.');
    expect(await frame.locator('#tasks-flash').getAttribute('class')).toBe('sr-only');
    await sidebarShot(page, 'delegated-after-change', 900);
    const button = taskButton(frame, 'Collect parent views', 'Leo Mensah');
    await button.and(frame.locator('[aria-expanded="true"]')).waitFor();
    expect(await button.textContent()).toContain('27 Jan 2027');
    await openDetail(frame).getByText('27 Jan 2027', { exact: true }).waitFor();
    expect(
      await (await sidebarFrame(page)).evaluate(() => document.activeElement?.getAttribute('data-task')),
    ).toBe('T-000006');

    await showTab(page, 'Tasks');
    const log = await waitForDataRows(page, 'Tasks', 7);
    expect(rowOf(log, 'T-000006')).toEqual(expect.arrayContaining(['27 Jan 2027']));
  });

  it('marks a done task as checked', async () => {
    assigneeTypes(playground, 'Tasks – A Khan', 'T-000001', 'Status', 'Done');
    const frame = await openDelegated(page);
    await frame.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
    await frame.getByText('1 task', { exact: true }).waitFor();
    await taskButton(frame, 'Collect pupil voice', 'Samir Hussain').click();

    await openDetail(frame).getByRole('button', { name: 'Mark as checked' }).click();

    await openDetail(frame).getByText('T-000001 marked as checked.').waitFor();
    const button = taskButton(frame, 'Collect pupil voice', 'Samir Hussain');
    await button.locator('.tick').waitFor();
    expect(await button.textContent()).toContain('Checked');
    await openDetail(frame).getByText('Checked', { exact: true }).waitFor();
    expect(await openDetail(frame).getByRole('button', { name: 'Mark as checked' }).count()).toBe(0);

    await showTab(page, 'Tasks');
    const log = await waitForDataRows(page, 'Tasks', 7);
    expect(rowOf(log, 'T-000001')).toEqual(expect.arrayContaining(['Done', '11 Jan 2027']));
  });

  it('shows a server refusal beside the action and lets the SENCO try again', async () => {
    const frame = await openDelegated(page);
    await taskButton(frame, 'Collect pupil voice', 'Orla Marlowe').click();
    const detail = openDetail(frame);
    await detail.getByLabel('Reassign to').selectOption({ label: 'Jo Smith' });
    // Meanwhile the task is cancelled elsewhere (another window, another SENCO).
    await page.evaluate(() =>
      fetch('/rpc', {
        method: 'POST',
        body: JSON.stringify({ fn: 'updateTask', args: [{ taskId: 'T-000003', action: 'cancel' }] }),
      }),
    );

    await detail.getByRole('button', { name: 'Reassign', exact: true }).click();

    await detail.getByText('T-000003 is cancelled; only open tasks can move.').waitFor();
    expect(await detail.getByRole('button', { name: 'Reassign', exact: true }).isEnabled()).toBe(true);
    await sidebarShot(page, 'delegated-action-error', 900);
    expect(sentTo(playground, JO)).toHaveLength(0);
  });

  it('warns when the email about a change could not be sent', async () => {
    playground.emu.setMailQuota(0);
    const frame = await openDelegated(page);
    await taskButton(frame, 'Classroom observation', 'Samir Thornbury').click();
    const detail = openDetail(frame);
    await detail.getByRole('button', { name: 'Cancel task' }).click();

    await detail.getByRole('button', { name: 'Yes, cancel task' }).click();

    const flash = frame.locator('#tasks-flash');
    await flash
      .getByText('No email could be sent to Rachel Patel just now: please tell them yourself.')
      .waitFor();
    expect(await flash.getAttribute('class')).toContain('notice-warning');
  });

  it('says when no task matches, and shows every task on request', async () => {
    const frame = await openDelegated(page);
    await frame.getByText('7 tasks', { exact: true }).waitFor();

    await frame.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });

    await frame.getByText('No tasks match these filters').waitFor();
    await frame.getByRole('button', { name: 'Show all tasks' }).click();
    await frame.getByText('7 tasks', { exact: true }).waitFor();
    expect(await frame.getByLabel('Status', { exact: true }).inputValue()).toBe('all');
  });

  it('lists 50 tasks at a time, and the rest on request', async () => {
    await page.evaluate(async (assignee) => {
      const call = async (fn: string, args: unknown[]) =>
        (await (await fetch('/rpc', { method: 'POST', body: JSON.stringify({ fn, args }) })).json()).value;
      const state = (await call('getSidebarState', [])) as { pupils: { id: string }[] };
      await call('delegateTask', [
        {
          requestId: 'many',
          pupilIds: state.pupils.slice(0, 60).map((pupil) => pupil.id),
          assigneeEmails: [assignee],
          title: 'Reading check',
          dueDate: '2027-02-01',
        },
      ]);
    }, JO);
    const frame = await openDelegated(page);

    await frame.getByText('50 of 67 tasks', { exact: true }).waitFor();
    expect(await frame.locator('button.task-row').count()).toBe(50);
    await frame.getByRole('button', { name: 'Show 17 more' }).click();

    await frame.getByText('67 tasks', { exact: true }).waitFor();
    expect(await frame.locator('button.task-row').count()).toBe(67);
    expect(await frame.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);
  });

  it('filters by due date: this week, then overdue', async () => {
    const frame = await openDelegated(page);
    await frame.getByText('7 tasks', { exact: true }).waitFor();

    await frame.getByLabel('Due', { exact: true }).selectOption({ label: 'This week' });
    await frame.getByText('4 tasks', { exact: true }).waitFor();
    await frame.getByLabel('Due', { exact: true }).selectOption({ label: 'Overdue' });

    await frame.getByText('1 task', { exact: true }).waitFor();
    expect(await frame.locator('button.task-row').first().textContent()).toContain('Gather work samples');
  });

  it('opens a pupil’s history from a task and from the pupil filter, and comes back', async () => {
    assigneeTypes(
      playground,
      'Tasks – A Khan',
      'T-000001',
      'Notes',
      'Said reading club helps.\nWants a quiet space at lunch.',
    );
    assigneeTypes(playground, 'Tasks – A Khan', 'T-000001', 'Status', 'Done');
    const frame = await openDelegated(page);
    await frame.getByLabel('Status', { exact: true }).selectOption({ label: 'All' });
    await taskButton(frame, 'Collect pupil voice', 'Samir Hussain').click();
    const pupil = openDetail(frame).getByRole('button', { name: 'Samir Hussain: all tasks' });

    await pupil.click();

    const history = frame.locator('#history-view');
    await history.getByRole('heading', { name: 'Samir Hussain' }).waitFor();
    await history.getByText('2 tasks for Samir Hussain, oldest first').waitFor();
    const entries = history.locator('li.entry');
    expect(await entries.count()).toBe(2);
    expect(await entries.nth(0).textContent()).toContain('Done by Amir Khan on 11 Jan 2027');
    const notes = entries.nth(0).locator('.entry-notes');
    expect(await notes.textContent()).toBe('Said reading club helps.\nWants a quiet space at lunch.');
    // Shown as typed, line breaks included.
    expect(await notes.evaluate((node) => getComputedStyle(node).whiteSpace)).toBe('pre-wrap');
    expect(await entries.nth(1).textContent()).toContain('Collect parent views');
    expect(await entries.nth(1).textContent()).toContain('With Office: not started');
    expect(await sidewaysOverflow(await sidebarFrame(page))).toBe(0);
    await sidebarShot(page, 'delegated-pupil-history', 900);

    await history.getByRole('button', { name: 'Back to tasks' }).click();
    await frame.locator('#tasks-view').waitFor();
    expect(
      await (await sidebarFrame(page)).evaluate(() => document.activeElement?.getAttribute('aria-label')),
    ).toBe('Samir Hussain: all tasks');

    const search = frame.getByLabel('Pupil', { exact: true });
    await search.fill('le');
    await frame.getByRole('list', { name: 'Pupils found' }).getByRole('button').first().waitFor();
    await sidebarShot(page, 'delegated-pupil-search', 700);
    await search.fill('leo mens');
    await search.press('Enter');
    await frame.locator('#filter-pupil-name', { hasText: 'Leo Mensah' }).waitFor();
    await frame.getByText('2 tasks', { exact: true }).waitFor();
    expect(await frame.locator('button.task-row').allTextContents()).toEqual([
      expect.stringContaining('Leo Mensah'),
      expect.stringContaining('Leo Mensah'),
    ]);
    await frame.getByRole('button', { name: 'History of Leo Mensah' }).click();
    await history.getByText('2 tasks for Leo Mensah, oldest first').waitFor();
  });

  it('works with the keyboard alone: arrow keys between tabs, Enter to open a task and act', async () => {
    const frame = await openSidebarFromMenu(page);
    const doc = await sidebarFrame(page);
    await frame.getByRole('tab', { name: 'Delegate', exact: true }).focus();
    const focused = () => doc.evaluate(() => document.activeElement?.textContent ?? '');

    await page.keyboard.press('ArrowRight');
    await frame.getByText('7 tasks', { exact: true }).waitFor();
    expect(await frame.getByRole('tab', { name: 'Delegated' }).getAttribute('aria-selected')).toBe('true');
    for (
      let i = 0;
      i < 30 && !(await doc.evaluate(() => document.activeElement?.matches('button.task-row')));
      i += 1
    )
      await page.keyboard.press('Tab');
    expect(await focused()).toContain('Gather work samples and evidence');
    await page.keyboard.press('Enter');
    await frame.locator('button.task-row[aria-expanded="true"]').waitFor();
    for (let i = 0; i < 30 && (await focused()) !== 'Cancel task'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Keep task');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Cancel task');
    const outline = await doc.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');

    for (let i = 0; i < 10 && !(await doc.evaluate(() => document.activeElement?.matches('select'))); i += 1)
      await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Reassign');
    await page.keyboard.press('Enter');
    await openDetail(frame)
      .getByText('T-000007 moved from Tom Hughes to Jo Smith; both were told.')
      .waitFor();
    expect(await doc.evaluate(() => document.activeElement?.getAttribute('data-task'))).toBe('T-000007');
  });
});
