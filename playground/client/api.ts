/** The playground server's routes (playground/app.ts) as typed calls. */
import type { GridView, MailDetail, PageState } from './types';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const reply = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(reply.error ?? `${url}: HTTP ${response.status}`);
  return reply;
}

export function fetchState(): Promise<PageState> {
  return getJson<PageState>('/api/state');
}

/** A counter that changes after every execution of the script. */
export async function fetchVersion(): Promise<number> {
  const { version } = await getJson<{ version: number }>('/api/version');
  return version;
}

export function fetchSheet(name: string): Promise<GridView | null> {
  return getJson<GridView | null>(`/api/sheet?name=${encodeURIComponent(name)}`);
}

export function fetchMail(id: number): Promise<MailDetail | null> {
  return getJson<MailDetail | null>(`/api/outbox/${id}`);
}

/** Runs a menu item's function; says whether it opened the sidebar. */
export function runMenuFunction(functionName: string): Promise<{ sidebarOpened: boolean }> {
  return postJson<{ sidebarOpened: boolean }>('/menu', { functionName });
}

/** 07:00 on the next weekday, then the daily reminders; the reply says what happened. */
export function nextSchoolDay(): Promise<{ message: string }> {
  return postJson<{ message: string }>('/clock/next-school-day', {});
}

export function closeSidebar(): Promise<unknown> {
  return postJson<unknown>('/sidebar/close', {});
}
