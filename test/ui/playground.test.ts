/**
 * The playground (`npm start`) in headless Chromium: the real dist/Code.js on the emulator, the
 * real sidebar through the playground's google.script.run. Each test starts its own playground
 * on a free port with a fresh state directory. Waits for what the page shows; never sleeps.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { launchBrowser, SCREENSHOT_DIR } from './harness/browser';
import {
  chooseMenuItem,
  openPlayground,
  openSidebarFromMenu,
  pickPupil,
  pupilNames,
  showTab,
  sidebar,
  sidebarFrame,
  startTestPlayground,
  type TestPlayground,
  waitForDataRows,
} from './harness/playground';

jest.setTimeout(30_000);

const JO = 'jo.smith@example.school';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

function sentTo(playground: TestPlayground, address: string) {
  return playground.emu.outbox.filter((message) => message.to === address);
}

/** Rows of the Tasks log assigned to `email`, read from the emulator. */
function logRowsFor(playground: TestPlayground, email: string): unknown[][] {
  const values = playground.emu.readSheet('Tasks')?.values ?? [];
  return values.slice(1).filter((row) => row.includes(email));
}

async function fillForOnePupil(frame: FrameLocator, name: string): Promise<void> {
  await pickPupil(frame, name);
  await frame.getByLabel('Title').fill('Check reading age');
  await frame.getByRole('checkbox', { name: /^Jo Smith/ }).check();
  await frame.getByLabel('Due date', { exact: true }).fill('2027-01-20');
}

describe('playground: delegating as a SENCO', () => {
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

  it('writes the Tasks log and the TA’s own tab, and sends the TA one notice', async () => {
    const seededTasks = (playground.emu.readSheet('Tasks')?.values.length ?? 1) - 1;
    const frame = await openSidebarFromMenu(page);
    const names = pupilNames(10, 40, 90);
    for (const name of names) await pickPupil(frame, name);
    await frame.getByLabel('Search pupils').fill('');
    await frame.getByLabel('Task', { exact: true }).selectOption({ label: 'Collect pupil voice' });
    await frame.getByRole('checkbox', { name: /^Jo Smith/ }).check();
    await frame.getByLabel('Due date', { exact: true }).fill('2027-01-22');
    await frame.getByText('3 pupils × 1 person = 3 tasks').waitFor();
    await page.setViewportSize({ width: 1400, height: 1500 });
    await page
      .locator('#sidebar-frame')
      .screenshot({ path: `${SCREENSHOT_DIR}/playground-sidebar-filled.png` });
    await page.setViewportSize({ width: 1400, height: 900 });

    await frame.getByRole('button', { name: 'Delegate task' }).click();

    await frame.getByText('3 tasks delegated to Jo Smith; notice sent.').waitFor();
    await page
      .locator('#sidebar-frame')
      .screenshot({ path: `${SCREENSHOT_DIR}/playground-sidebar-success.png` });

    await showTab(page, 'Tasks');
    const log = await waitForDataRows(page, 'Tasks', seededTasks + 3);
    const jos = log.filter((row) => row.includes(JO));
    expect(jos).toHaveLength(3);
    for (const [i, name] of names.entries()) {
      expect(jos[i]).toEqual(
        expect.arrayContaining([name, 'Collect pupil voice', '22 Jan 2027', 'Not started']),
      );
    }

    await showTab(page, 'Tasks – J Smith');
    const own = await waitForDataRows(page, 'Tasks – J Smith', 3);
    for (const row of own)
      expect(row).toEqual(expect.arrayContaining(['Collect pupil voice', '22 Jan 2027']));

    const notices = page
      .getByRole('list', { name: 'Emails sent, newest first' })
      .getByRole('button', { name: JO });
    await notices.first().waitFor();
    expect(await notices.count()).toBe(1);
    expect(sentTo(playground, JO)).toHaveLength(1);
    await showTab(page, 'Tasks');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/playground-overview.png` });

    await notices.click();
    const email = page.frameLocator('iframe.mail-html');
    await email.getByText('Hello Jo,').waitFor();
    expect(await email.locator('body').textContent()).not.toContain(names[0]);
    // Tall enough for the whole email in the outbox's reading pane.
    await page.setViewportSize({ width: 1400, height: 1600 });
    await email.getByText('Hello Jo,').waitFor();
    await page.locator('#mail-viewer').screenshot({ path: `${SCREENSHOT_DIR}/playground-email.png` });
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(await page.locator('iframe.mail-html').getAttribute('sandbox')).toBe('');
    await page.getByRole('button', { name: 'Plain text' }).click();
    await page.locator('pre.mail-plain', { hasText: 'Collect pupil voice' }).waitFor();
  });

  it('shows a validation error beside its field and writes nothing', async () => {
    const frame = await openSidebarFromMenu(page);
    const before = { outbox: playground.emu.outbox.length, tasks: logRowsFor(playground, JO).length };
    await pickPupil(frame, pupilNames(5)[0]!);
    await frame.getByLabel('Title').fill('Check reading age');
    await frame.getByRole('checkbox', { name: /^Jo Smith/ }).check();
    const due = frame.getByLabel('Due date', { exact: true });
    // The playground opens on Mon 11 Jan 2027.
    await due.fill('2027-01-08');

    await frame.getByRole('button', { name: 'Delegate task' }).click();

    const error = frame.locator('#due-error');
    await frame.getByText('Fri 8 Jan 2027 is in the past: choose today or later.').waitFor();
    expect(await due.getAttribute('aria-describedby')).toBe('due-error');
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    const [field, message] = [await due.boundingBox(), await error.boundingBox()];
    expect(message!.y).toBeGreaterThan(field!.y);
    expect(message!.y - (field!.y + field!.height)).toBeLessThan(40);
    expect(playground.emu.outbox).toHaveLength(before.outbox);
    expect(logRowsFor(playground, JO)).toHaveLength(before.tasks);
  });

  it('delegates with the keyboard alone, menu included', async () => {
    async function tabTo(frame: Page | Frame, selector: string, limit = 40): Promise<void> {
      for (let i = 0; i < limit; i += 1) {
        if (await frame.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    }

    await tabTo(page, 'button.menu-trigger');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'SEND Delegate' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('menuitem', { name: 'Delegate task' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delegate task');
    await page.keyboard.press('Enter');
    await sidebar(page).getByRole('button', { name: 'Delegate task' }).waitFor();
    const frame = await sidebarFrame(page);
    await page.waitForFunction(() => document.activeElement?.id === 'sidebar-frame');

    await tabTo(frame, '#pupil-search');
    for (const name of pupilNames(10, 40, 90)) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await sidebar(page).getByText('3 selected').waitFor();
    await tabTo(frame, '#task-template');
    await page.keyboard.type('Collect pupil');
    await tabTo(frame, `input[value="${JO}"]`);
    await page.keyboard.press('Space');
    await tabTo(frame, '#delegate-button');
    await page.keyboard.press('Enter');

    await sidebar(page).getByText('3 tasks delegated to Jo Smith; notice sent.').waitFor();
    expect(sentTo(playground, JO)).toHaveLength(1);
    expect(logRowsFor(playground, JO)).toHaveLength(3);
  });

  it('sends once when Delegate task is double-clicked', async () => {
    const frame = await openSidebarFromMenu(page);
    await fillForOnePupil(frame, pupilNames(7)[0]!);

    await frame.getByRole('button', { name: 'Delegate task' }).dblclick();

    await frame.getByText('1 task delegated to Jo Smith; notice sent.').waitFor();
    await showTab(page, 'Tasks – J Smith');
    await waitForDataRows(page, 'Tasks – J Smith', 1);
    expect(sentTo(playground, JO)).toHaveLength(1);
    expect(logRowsFor(playground, JO)).toHaveLength(1);
  });

  it('runs menu items, shows their message, and moves to the next school day', async () => {
    await chooseMenuItem(page, 'Set up register');
    const dialog = page.getByRole('dialog', { name: 'SEND Delegate' });
    await dialog.getByText('Everything was already set up.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByText('Mon 11 Jan 2027, 08:').waitFor();
    const sentBefore = playground.emu.outbox.length;
    await page.getByRole('button', { name: 'Next school day' }).click();

    await page.locator('#now', { hasText: 'Tue 12 Jan 2027, 07:' }).waitFor();
    await page.locator('#clock-status', { hasText: 'Tue 12 Jan 2027, 07:00:' }).waitFor();
    expect(playground.emu.outbox.length).toBeGreaterThan(sentBefore);
    await page.locator('#outbox-count', { hasText: String(playground.emu.outbox.length) }).waitFor();
  });
});

describe('playground: google.script.run', () => {
  let playground: TestPlayground;
  let page: Page;
  let frame: Frame;
  const rpcPosts: string[] = [];

  beforeAll(async () => {
    playground = await startTestPlayground();
    page = await openPlayground(browser, playground.url);
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/rpc') {
        rpcPosts.push(request.postData() ?? '');
      }
    });
    await openSidebarFromMenu(page);
    frame = await sidebarFrame(page);
  });

  afterAll(async () => {
    await page.close();
    await playground.dispose();
  });

  type Run = Record<string, (...args: unknown[]) => void> & {
    withSuccessHandler(f: (value: unknown, user?: unknown) => void): Run;
    withFailureHandler(f: (error: unknown, user?: unknown) => void): Run;
    withUserObject(o: unknown): Run;
  };
  type Window = { google: { script: { run: Run } } };

  it('fails a call with a Date argument in the failure handler and sends nothing', async () => {
    const posted = rpcPosts.length;

    const result = await frame.evaluate(
      () =>
        new Promise((resolve) => {
          const run = (window as unknown as Window).google.script.run;
          run
            .withFailureHandler((error, user) =>
              resolve({ isError: error instanceof Error, message: (error as Error).message, user }),
            )
            .withSuccessHandler(() => resolve('succeeded'))
            .withUserObject('row 3').delegateTask!({ requestId: 'x', dueDate: new Date(2027, 0, 20) });
        }),
    );

    expect(result).toEqual({
      isError: true,
      message: 'Failed due to illegal value in property: 0.dueDate',
      user: 'row 3',
    });
    expect(rpcPosts).toHaveLength(posted);
  });

  it('passes values and the server’s sentences to the handlers, asynchronously', async () => {
    const result = await frame.evaluate(
      () =>
        new Promise((resolve) => {
          const run = (window as unknown as Window).google.script.run;
          const seen: unknown[] = [];
          run
            .withSuccessHandler((value, user) => {
              seen.push([(value as { pupils: unknown[] }).pupils.length, user]);
              run.withFailureHandler((error) => resolve([...seen, (error as Error).message])).delegateTask!({
                requestId: 'bad',
                pupilIds: ['NOPE'],
                assigneeEmails: ['jo.smith@example.school'],
                title: 'T',
                dueDate: '2027-01-20',
              });
            })
            .withUserObject({ n: 1 }).getSidebarState!();
          seen.push('returned first');
        }),
    );

    expect(result).toEqual(['returned first', [150, { n: 1 }], expect.stringContaining('NOPE')]);
  });

  it('offers only the project’s server functions', async () => {
    const kinds = await frame.evaluate(() => {
      const run = (window as unknown as Window).google.script.run;
      return [typeof run.delegateTask, typeof run.getSidebarState, typeof run.eval, typeof run.notAFunction];
    });
    expect(kinds).toEqual(['function', 'function', 'undefined', 'undefined']);

    const reply = await page.evaluate(async () => {
      const response = await fetch('/rpc', {
        method: 'POST',
        body: JSON.stringify({ fn: 'eval', args: [] }),
      });
      return response.json();
    });
    expect(reply).toEqual({ ok: false, message: 'Script function not found: eval' });
  });
});

describe('playground: a spreadsheet with no register', () => {
  it('offers to set up the register, then shows the new tabs', async () => {
    const playground = await startTestPlayground({ seed: 'blank' });
    const page = await openPlayground(browser, playground.url);
    await chooseMenuItem(page, 'Delegate task');
    const frame = sidebar(page);
    await frame.getByRole('button', { name: 'Set up register' }).waitFor();
    await page
      .locator('#sidebar-frame')
      .screenshot({ path: `${SCREENSHOT_DIR}/playground-sidebar-no-register.png` });

    await frame.getByRole('button', { name: 'Set up register' }).click();

    await page.getByRole('tab', { name: 'Staff', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Settings', exact: true }).waitFor();
    await page.close();
    await playground.dispose();
  });
});
