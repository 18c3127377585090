/**
 * The playground for browser tests: each test gets its own server on a free port with a fresh
 * state directory, and a page at a desktop size. Helpers drive it as a SENCO would.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { type Playground, type PlaygroundOptions, startPlayground } from '../../../playground/app';
import { registerRows } from '../../../playground/school';

export const DIST = join(process.cwd(), 'dist');

export interface TestPlayground extends Playground {
  stateDir: string;
  /** Stops the server and deletes its state directory. */
  dispose(): Promise<void>;
}

export async function startTestPlayground(options: Partial<PlaygroundOptions> = {}): Promise<TestPlayground> {
  if (!existsSync(join(DIST, 'Code.js'))) throw new Error('dist/ is missing: run npm run build first.');
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'send-playground-'));
  const playground = await startPlayground({ port: 0, quiet: true, distDir: DIST, ...options, stateDir });
  return {
    ...playground,
    stateDir,
    async dispose() {
      await playground.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

export async function openPlayground(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  page.setDefaultTimeout(5_000);
  await page.goto(url);
  await page.getByRole('tab').first().waitFor();
  return page;
}

/** Extensions → SEND Delegate → `item`, with the mouse. */
export async function chooseMenuItem(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'SEND Delegate' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('#sidebar-frame');
}

/** The sidebar's frame, for evaluating code in it. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  await sidebar(page).locator('body').waitFor();
  const frame = page.frames().find((f) => new URL(f.url()).pathname === '/sidebar');
  if (!frame) throw new Error('The sidebar frame is not open.');
  return frame;
}

/** Opens the sidebar from the menu and waits for its form. */
export async function openSidebarFromMenu(page: Page): Promise<FrameLocator> {
  await chooseMenuItem(page, 'Delegate task');
  const frame = sidebar(page);
  await frame.getByRole('button', { name: 'Delegate task' }).waitFor();
  return frame;
}

/** Full names of register pupils (as the sidebar lists them) at these 0-based register rows. */
export function pupilNames(...indexes: number[]): string[] {
  const rows = registerRows({ year: 2027, month: 1, day: 11 }).slice(2);
  return indexes.map((i) => {
    const row = rows[i];
    if (!row) throw new Error(`No pupil ${i}`);
    return `${String(row[2])} ${String(row[1])}`;
  });
}

/** Searches for a pupil by full name and ticks them. */
export async function pickPupil(frame: FrameLocator, name: string): Promise<void> {
  await frame.getByLabel('Search pupils').fill(name);
  await frame.getByRole('checkbox', { name: new RegExp(`^${name},`) }).check();
}

/** Shows a tab of the workbook and waits for its grid. */
export async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('table', { name: `${name} (read only)` }).waitFor();
}

/** Data rows (below the header row) of the grid shown, once it has exactly `count` of them. */
export async function waitForDataRows(page: Page, tab: string, count: number): Promise<string[][]> {
  const rows = page.getByRole('table', { name: `${tab} (read only)` }).locator('tbody tr');
  await rows.nth(count).waitFor();
  const all = await rows.evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')),
  );
  if (all.length !== count + 1)
    throw new Error(`Expected ${count} data rows in ${tab}, found ${all.length - 1}.`);
  return all.slice(1);
}
