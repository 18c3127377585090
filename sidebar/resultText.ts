/** Turns a delegateTask result into the plain sentence the SENCO reads. */
import type { DelegateResult, SidebarStaff } from '../src/core/rpc';

/** 'A', 'A and B', 'A, B and C'. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function noticesPart(sent: number, expected: number): string {
  if (expected === 1 && sent === 1) return 'notice sent';
  if (sent === 0) return expected === 1 ? 'no notice sent' : 'no notices sent';
  if (sent < expected) return `${sent} of ${expected} notices sent`;
  return `${plural(sent, 'notice', 'notices')} sent`;
}

/** e.g. "3 tasks delegated to J Smith; notice sent." */
export function describeResult(
  result: DelegateResult,
  assigneeEmails: readonly string[],
  staff: readonly SidebarStaff[],
): string {
  const names = assigneeEmails.map(
    (email) => staff.find((s) => s.email.toLowerCase() === email.toLowerCase())?.name || email,
  );
  const tasks = plural(result.taskIds.length, 'task', 'tasks');
  return `${tasks} delegated to ${listNames(names)}; ${noticesPart(result.notified.length, assigneeEmails.length)}.`;
}
