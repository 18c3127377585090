/** Opens the built sidebar (dist/Sidebar.html) at 300 px with a fake google.script.run. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { type FakeConfig, installFakeRun, type RecordedCall } from './fakeRun';

export const SIDEBAR_HTML = join(process.cwd(), 'dist', 'Sidebar.html');

export async function openSidebar(browser: Browser, config: FakeConfig): Promise<Page> {
  if (!existsSync(SIDEBAR_HTML)) throw new Error('dist/Sidebar.html is missing: run npm run build first.');
  const page = await browser.newPage({
    viewport: { width: 300, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  // Fail fast: everything here answers in milliseconds.
  page.setDefaultTimeout(5_000);
  await page.addInitScript(installFakeRun, config);
  await page.goto(pathToFileURL(SIDEBAR_HTML).href);
  return page;
}

export function recordedCalls(page: Page): Promise<RecordedCall[]> {
  return page.evaluate(() => (window as unknown as { __rpcCalls: RecordedCall[] }).__rpcCalls);
}

export async function callsTo(page: Page, name: string): Promise<RecordedCall[]> {
  return (await recordedCalls(page)).filter((call) => call.name === name);
}
