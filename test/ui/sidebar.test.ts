/**
 * The built sidebar in headless Chromium at 300 px, against a fake google.script.run.
 * Waits for what the page shows; never sleeps.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { DelegateRequest } from '../../src/core/rpc';
import { launchBrowser, SCREENSHOT_DIR } from './harness/browser';
import { fakeState } from './harness/fakeState';
import { callsTo, openSidebar } from './harness/sidebarPage';

jest.setTimeout(30_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Searches for a pupil by full name and ticks them, as a SENCO would. */
async function pickPupil(page: Page, name: string): Promise<void> {
  await page.getByLabel('Search pupils').fill(name);
  await page.getByRole('checkbox', { name: new RegExp(`^${name},`) }).check();
}

async function ready(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Delegate task' }).waitFor();
}

describe('sidebar: the form', () => {
  let page: Page;

  beforeEach(async () => {
    page = await openSidebar(browser, { state: fakeState() });
    await ready(page);
  });

  afterEach(async () => {
    await page.close();
  });

  it('gives each control its visible label as its accessible name', async () => {
    await page.getByRole('group', { name: 'Pupils' }).waitFor();
    await page.getByRole('combobox', { name: 'Task' }).waitFor();
    await page.getByRole('group', { name: 'Assign to' }).waitFor();
    await page.getByLabel('Due date', { exact: true }).waitFor();

    expect(await page.getByRole('button', { name: 'Delegate task', exact: true }).count()).toBe(1);
  });

  it('keeps pupils selected when the search and filters change', async () => {
    await pickPupil(page, 'Amira Adebayo');
    await page.getByLabel('Year group').selectOption('9');
    await page.getByLabel('Search pupils').fill('');

    await page.getByText('1 selected').waitFor();
    await page.getByRole('button', { name: 'Show selected' }).click();
    expect(await page.locator('#pupil-list input:checked').count()).toBe(1);
  });

  it('fills the task from a template and suggests a due date in school days', async () => {
    await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Collect pupil voice' });

    expect(await page.getByLabel('Title').inputValue()).toBe('Collect pupil voice');
    expect(await page.getByLabel('Estimated minutes').inputValue()).toBe('30');
    // Wed 13 Jan 2027 + 10 school days = Wed 27 Jan 2027.
    expect(await page.getByLabel('Due date', { exact: true }).inputValue()).toBe('2027-01-27');
    await page.getByText('Wed 27 Jan 2027').waitFor();
  });

  it('does not replace a due date the SENCO chose', async () => {
    await page.getByLabel('Due date', { exact: true }).fill('2027-02-05');

    await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Collect pupil voice' });

    expect(await page.getByLabel('Due date', { exact: true }).inputValue()).toBe('2027-02-05');
    await page.getByText('Fri 5 Feb 2027').waitFor();
  });

  it('shows each validation error beside its field and sends nothing', async () => {
    await page.getByRole('button', { name: 'Delegate task' }).click();

    await page.getByText('Choose at least one pupil.').waitFor();
    await page.getByText('Give the task a title, or choose one under Task.').waitFor();
    await page.getByText('Choose at least one person to assign it to.').waitFor();
    await page.getByText('Choose a due date.').waitFor();
    const due = page.getByLabel('Due date', { exact: true });
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    expect(await due.getAttribute('aria-describedby')).toBe('due-error');
    expect(await page.locator('#pupil-search').evaluate((n) => n === document.activeElement)).toBe(true);
    expect(await callsTo(page, 'delegateTask')).toHaveLength(0);
  });

  it('rejects a due date in the past and clears the error once fixed', async () => {
    const due = page.getByLabel('Due date', { exact: true });
    await due.fill('2027-01-12');
    await page.getByRole('button', { name: 'Delegate task' }).click();
    await page.getByText('Tue 12 Jan 2027 is in the past: choose today or later.').waitFor();

    await due.fill('2027-01-13');

    await page.locator('#due-error:empty').waitFor({ state: 'attached' });
    expect(await due.getAttribute('aria-invalid')).toBeNull();
  });

  it('delegates, reports in plain words, and resets only the pupils', async () => {
    await pickPupil(page, 'Amira Adebayo');
    await pickPupil(page, 'Ben Holloway');
    await pickPupil(page, 'Chloe Oakes');
    await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Collect pupil voice' });
    await page.getByRole('checkbox', { name: /^J Smith/ }).check();
    await page.getByText('3 pupils × 1 person = 3 tasks').waitFor();

    await page.getByRole('button', { name: 'Delegate task' }).click();

    await page.getByText('3 tasks delegated to J Smith; notice sent.').waitFor();
    const [call] = await callsTo(page, 'delegateTask');
    const request = call?.args[0] as DelegateRequest;
    expect(request).toEqual({
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      pupilIds: ['P1001', 'P1002', 'P1003'],
      assigneeEmails: ['j.smith@example.school'],
      title: 'Collect pupil voice',
      instructions: expect.stringContaining('Talk with the pupil'),
      dueDate: '2027-01-27',
      estimatedMinutes: 30,
      taskType: 'pupil-voice',
    });
    await page.getByText('No pupils selected').waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe('Collect pupil voice');
    expect(await page.getByRole('checkbox', { name: /^J Smith/ }).isChecked()).toBe(true);
  });

  it('names two assignees and counts their notices', async () => {
    await pickPupil(page, 'Amira Adebayo');
    await pickPupil(page, 'Ben Holloway');
    await pickPupil(page, 'Chloe Oakes');
    await page.getByLabel('Title').fill('Observe in maths');
    await page.getByRole('checkbox', { name: /^J Smith/ }).check();
    await page.getByRole('checkbox', { name: /^A Khan/ }).check();
    await page.getByLabel('Due date', { exact: true }).fill('2027-01-20');

    await page.getByRole('button', { name: 'Delegate task' }).click();

    await page.getByText('6 tasks delegated to J Smith and A Khan; 2 notices sent.').waitFor();
  });

  it('previews the first assignee’s email with the pupils as initials', async () => {
    await pickPupil(page, 'Amira Adebayo');
    await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Collect pupil voice' });
    await page.getByRole('checkbox', { name: /^J Smith/ }).check();

    await page.getByText('Email preview').click();

    await page
      .getByText('Subject: Example Academy: 1 new task from Ms Rivera, first due 27 Jan 2027')
      .waitFor();
    const frame = page.frameLocator('iframe.preview-frame');
    await frame.getByText('Hello J,').waitFor();
    await frame.locator('td', { hasText: /^AA$/ }).waitFor();
    expect(await frame.locator('body').textContent()).not.toContain('Amira');
  });
});

describe('sidebar: keyboard only', () => {
  /** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
  async function tabTo(page: Page, selector: string, limit = 30): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('delegates with the keyboard alone', async () => {
    const page = await openSidebar(browser, { state: fakeState({ pupilCount: 150 }) });
    await ready(page);

    await tabTo(page, '#pupil-search');
    for (const name of ['Amira Adebayo', 'Ben Holloway', 'Chloe Oakes']) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await page.getByText('3 selected').waitFor();
    await tabTo(page, '#task-template');
    await page.keyboard.type('Collect pupil');
    await tabTo(page, 'input[value="j.smith@example.school"]');
    await page.keyboard.press('Space');
    await tabTo(page, '#delegate-button');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sidebar-keyboard-focus.png` });
    await page.keyboard.press('Enter');

    await page.getByText('3 tasks delegated to J Smith; notice sent.').waitFor();
    const [call] = await callsTo(page, 'delegateTask');
    expect(call?.args[0]).toMatchObject({ taskType: 'pupil-voice', dueDate: '2027-01-27' });
    await page.close();
  });
});

describe('sidebar: talking to the server', () => {
  it('sends once when the button is double-clicked, showing it is busy', async () => {
    const page = await openSidebar(browser, { state: fakeState(), delayMs: 400 });
    await ready(page);
    await pickPupil(page, 'Amira Adebayo');
    await page.getByLabel('Title').fill('Check reading age');
    await page.getByRole('checkbox', { name: /^J Smith/ }).check();
    await page.getByLabel('Due date', { exact: true }).fill('2027-01-20');

    await page.getByRole('button', { name: 'Delegate task' }).dblclick();

    const busy = page.getByRole('button', { name: 'Delegating…' });
    await busy.waitFor();
    expect(await busy.isDisabled()).toBe(true);
    await page.getByText('1 task delegated to J Smith; notice sent.').waitFor();
    expect(await callsTo(page, 'delegateTask')).toHaveLength(1);
    await page.close();
  });

  it('shows the server’s sentence, keeps the form, and retries with the same request id', async () => {
    const page = await openSidebar(browser, {
      state: fakeState(),
      failFirstDelegate: 'j.smith@example.school is not on the Staff tab.',
    });
    await ready(page);
    await pickPupil(page, 'Amira Adebayo');
    await page.getByLabel('Title').fill('Check reading age');
    await page.getByRole('checkbox', { name: /^J Smith/ }).check();
    await page.getByLabel('Due date', { exact: true }).fill('2027-01-20');

    await page.getByRole('button', { name: 'Delegate task' }).click();

    await page
      .getByRole('alert')
      .filter({ hasText: 'j.smith@example.school is not on the Staff tab.' })
      .waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe('Check reading age');
    await page.getByText('1 selected').waitFor();
    await page.getByRole('button', { name: 'Delegate task' }).click();
    await page.getByText('1 task delegated to J Smith; notice sent.').waitFor();
    const [first, second] = (await callsTo(page, 'delegateTask')).map((c) => c.args[0] as DelegateRequest);
    expect(second?.requestId).toBe(first?.requestId);
    await page.close();
  });

  it('shows an error with Try again when the state cannot be loaded', async () => {
    const page = await openSidebar(browser, {
      state: fakeState(),
      failures: { getSidebarState: 'Something went wrong: the register could not be read.' },
    });

    await page.getByText('Something went wrong: the register could not be read.').waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    await page.close();
  });
});

describe('sidebar: empty states', () => {
  it('offers to set up the register and then shows the form', async () => {
    const page = await openSidebar(browser, {
      state: fakeState({ registerFound: false, registerTab: '', pupils: [], staff: [] }),
      stateAfterSetUp: fakeState({ registerTab: 'Register', pupils: [], staff: [] }),
    });
    await page.getByRole('button', { name: 'Set up register' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sidebar-no-register.png`, fullPage: true });

    await page.getByRole('button', { name: 'Set up register' }).click();

    await page.getByText('Added tabs: Register, Staff, Tasks and Settings.').waitFor();
    await page.getByText('No pupils yet. Add one row per pupil to the Register tab, then reload.').waitFor();
    await page
      .getByText('Add staff to the Staff tab: name, email, role, then reopen this sidebar.', { exact: false })
      .waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sidebar-after-setup.png`, fullPage: true });
    expect(await callsTo(page, 'setUpWorkbook')).toHaveLength(1);
    await page.close();
  });

  it('explains how to add staff and reloads on request', async () => {
    const page = await openSidebar(browser, { state: fakeState({ staff: [] }) });
    await ready(page);

    await page.getByRole('button', { name: 'Reload' }).click();

    await ready(page);
    expect(await callsTo(page, 'getSidebarState')).toHaveLength(2);
    await page.close();
  });
});

describe('sidebar: a large register', () => {
  it('renders only a page of 2,000 pupils and fits 300 px without scrolling sideways', async () => {
    const page = await openSidebar(browser, { state: fakeState({ pupilCount: 2000 }) });
    await ready(page);

    expect(await page.locator('#pupil-list li').count()).toBe(50);
    await page.getByText('Showing 50 of 2000').waitFor();
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    expect(await page.locator('#pupil-list li').count()).toBe(100);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.close();
  });
});

describe('sidebar: screenshots at 300 px', () => {
  it('captures the filled form and the success message', async () => {
    const page = await openSidebar(browser, {
      state: fakeState({
        pupilCount: 150,
        warnings: ['Row 14: status S (statement) is no longer valid; use E.'],
      }),
    });
    await ready(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sidebar-empty-form.png`, fullPage: true });
    await pickPupil(page, 'Amira Adebayo');
    await pickPupil(page, 'Ben Holloway');
    await pickPupil(page, 'Chloe Oakes');
    await page.getByLabel('Search pupils').fill('');
    await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Collect pupil voice' });
    await page.getByRole('checkbox', { name: /^J Smith/ }).check();
    await page.getByText('Email preview').click();
    await page.frameLocator('iframe.preview-frame').getByText('Hello J,').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sidebar-filled.png`, fullPage: true });

    await page.getByRole('button', { name: 'Delegate task' }).click();

    await page.getByText('3 tasks delegated to J Smith; notice sent.').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sidebar-success.png`, fullPage: true });
    await page.close();
  });
});
