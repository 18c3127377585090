/**
 * Helpers for the Delegated and Overview browser tests: find tasks in the sidebar and the grid,
 * type as an assignee would, take 300 px screenshots, measure sideways scrolling.
 */
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { columnLetter } from '../../../playground/views';
import { SCREENSHOT_DIR } from './browser';
import { openSidebarFromMenu, type TestPlayground } from './playground';

export const JO = 'jo.smith@example.school';
export const AMIR = 'a.khan@example.school';
export const RACHEL = 'r.patel@example.school';

/** Emails the playground has sent to this address, oldest first. */
export function sentTo(playground: TestPlayground, address: string) {
  return playground.emu.outbox.filter((message) => message.to === address);
}

/** The grid row holding this task id. */
export function rowOf(rows: string[][], taskId: string): string[] {
  const row = rows.find((cells) => cells.includes(taskId));
  if (!row) throw new Error(`${taskId} is not in the grid.`);
  return row;
}

/** The assignee types into their own tab, as in Sheets (the on-edit trigger copies it to the log). */
export function assigneeTypes(
  playground: TestPlayground,
  tab: string,
  taskId: string,
  header: string,
  value: string,
) {
  const values = playground.emu.readSheet(tab)?.values ?? [];
  const column = (values[0] ?? []).findIndex((cell) => String(cell) === header);
  const row = values.findIndex((cells) => String(cells[0]) === taskId);
  if (column < 0 || row < 0) throw new Error(`No ${header} cell for ${taskId} in ${tab}.`);
  playground.emu.userEdit(tab, `${columnLetter(column + 1)}${row + 1}`, value);
}

export async function openDelegated(page: Page): Promise<FrameLocator> {
  const frame = await openSidebarFromMenu(page);
  await frame.getByRole('tab', { name: 'Delegated' }).click();
  await frame.locator('#task-list:not([aria-busy])').waitFor({ state: 'attached' });
  return frame;
}

/** The list's button for a task, found by its title and pupil. */
export function taskButton(frame: FrameLocator, title: string, pupil: string): Locator {
  return frame.getByRole('button', { name: new RegExp(`^${title}\\b.*${pupil} ·`) });
}

/** The open task's details (the region the expanded button controls). */
export function openDetail(frame: FrameLocator): Locator {
  return frame.locator('.task-detail:not([hidden])');
}

export async function sidebarShot(page: Page, name: string, height = 1400): Promise<void> {
  await page.setViewportSize({ width: 1400, height });
  await page.locator('#sidebar-frame').screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  await page.setViewportSize({ width: 1400, height: 900 });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '8 Jan 2027' (as the grid shows dates) → '2027-01-08'. */
export function isoOf(uk: string): string {
  const [day = '', month = '', year = ''] = uk.split(' ');
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The sidebar document scrolls sideways by this many pixels (0 when it fits 300 px). */
export async function sidewaysOverflow(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
