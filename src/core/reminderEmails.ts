/**
 * Reminder, escalation and weekly summary emails, built like notice.ts. They carry the minimum
 * (DOMAIN.md, data protection): task titles, due dates, people's names and the pupil as the
 * Settings identifier shows them. Never need codes, diagnoses, instructions or notes: the Notes
 * column may hold sensitive text, so it never goes into any email. Links lead back to the sheet.
 */
import { formatUkDate, formatUkDateWithDay } from './dates';
import { escapeHtml } from './html';
import type { Notice } from './notice';
import { pupilInEmail } from './pupilLabel';
import type { Digest, Escalation, SummaryCounts, WeeklySummary } from './reminders';
import type { PupilIdentifier, Task } from './types';

export type ReminderEmail = Notice;

const PAGE = 'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124;max-width:600px';
const TABLE = 'border-collapse:collapse;width:100%;font-size:14px';
const TH = 'text-align:left;padding:8px;border-bottom:2px solid #dadce0';
const TD = 'padding:8px;border-bottom:1px solid #e0e0e0';
const BUTTON =
  'display:inline-block;background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none';
const SMALL = 'color:#5f6368;font-size:12px';
const NO_PUPIL_DETAILS = 'Please do not reply with pupil details by email: record them in the sheet.';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function prefixed(schoolName: string, subject: string): string {
  return schoolName ? `${schoolName}: ${subject}` : subject;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

function pupilOf(task: Task, identifier: PupilIdentifier): string {
  return pupilInEmail({ id: task.pupilId, name: task.pupilLabel }, identifier);
}

/** A table of already-escaped cells; the first column may hold markup such as <strong>. */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headers.map((header) => `<th style="${TH}">${escapeHtml(header)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td style="${TD}">${cell}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table style="${TABLE}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function page(parts: readonly string[]): string {
  return `<div style="${PAGE}">\n${parts.join('\n')}\n</div>`;
}

function button(url: string, label: string): string {
  return `<p><a href="${escapeHtml(url)}" style="${BUTTON}">${escapeHtml(label)}</a></p>`;
}

export interface DigestEmailInput {
  schoolName: string;
  senderName: string;
  digest: Digest;
  identifier: PupilIdentifier;
  tabUrl: string;
}

/** The daily digest to one assignee: their overdue tasks and those due soon. */
export function digestEmail(input: DigestEmailInput): ReminderEmail {
  const { digest, identifier } = input;
  const counts: string[] = [];
  if (digest.dueSoon.length > 0) counts.push(`${plural(digest.dueSoon.length, 'task')} due soon`);
  if (digest.overdue.length > 0)
    counts.push(
      digest.dueSoon.length > 0
        ? `${digest.overdue.length} overdue`
        : `${plural(digest.overdue.length, 'task')} overdue`,
    );
  const subject = prefixed(input.schoolName, counts.join(', '));
  const sections = [
    { heading: 'Overdue', tasks: digest.overdue, due: 'was due' },
    { heading: 'Due soon', tasks: digest.dueSoon, due: 'due' },
  ].filter((section) => section.tasks.length > 0);

  const lines = [
    `Hello ${firstName(digest.name)},`,
    '',
    `A reminder of your SEND tasks from ${input.senderName}.`,
  ];
  for (const section of sections) {
    lines.push('', `${section.heading}:`);
    for (const task of section.tasks) {
      lines.push(
        `- ${task.title} for ${pupilOf(task, identifier)}, ${section.due} ${formatUkDateWithDay(task.due)}`,
      );
    }
  }
  lines.push(
    '',
    'Open your task list to see the details, and set the Status when you have done it (or "Can\'t do", with the reason in Notes):',
    input.tabUrl,
    '',
    NO_PUPIL_DETAILS,
  );

  const html = page([
    `<p>Hello ${escapeHtml(firstName(digest.name))},</p>`,
    `<p>A reminder of your SEND tasks from ${escapeHtml(input.senderName)}.</p>`,
    ...sections.flatMap((section) => [
      `<h3 style="font-size:15px;margin:16px 0 4px">${escapeHtml(section.heading)}</h3>`,
      table(
        ['Task', 'Pupil', 'Due'],
        section.tasks.map((task) => [
          `<strong>${escapeHtml(task.title)}</strong>`,
          escapeHtml(pupilOf(task, identifier)),
          escapeHtml(formatUkDateWithDay(task.due)),
        ]),
      ),
    ]),
    button(input.tabUrl, 'Open my task list'),
    `<p style="${SMALL}">Set the Status when you have done it, or choose "Can't do" and give the reason in Notes. ${escapeHtml(NO_PUPIL_DETAILS)}</p>`,
  ]);
  return { subject, text: lines.join('\n'), html };
}

export interface EscalationEmailInput {
  schoolName: string;
  escalation: Escalation;
  identifier: PupilIdentifier;
  logUrl: string;
}

/** To the SENCO: tasks long overdue and tasks marked "Can't do". Each task is listed once, ever. */
export function escalationEmail(input: EscalationEmailInput): ReminderEmail {
  const { overdue, cantDo } = input.escalation;
  const { identifier } = input;
  const counts: string[] = [];
  if (overdue.length > 0) counts.push(plural(overdue.length, 'overdue task'));
  if (cantDo.length > 0) counts.push(`${plural(cantDo.length, 'task')} marked can't do`);
  const subject = prefixed(input.schoolName, `${counts.join(' and ')} to follow up`);

  const lines = ['These delegated tasks need your attention. Each is listed once.'];
  if (overdue.length > 0) {
    lines.push('', 'Overdue:');
    for (const { task, schoolDaysOverdue } of overdue) {
      lines.push(
        `- ${task.assigneeName}: ${task.title} for ${pupilOf(task, identifier)}, due ${formatUkDate(task.due)} (${plural(schoolDaysOverdue, 'school day')} overdue)`,
      );
    }
  }
  if (cantDo.length > 0) {
    lines.push('', 'Marked "Can\'t do" (the reason is in the Notes column of the Tasks log):');
    for (const task of cantDo) {
      lines.push(
        `- ${task.assigneeName}: ${task.title} for ${pupilOf(task, identifier)}, due ${formatUkDate(task.due)}`,
      );
    }
  }
  lines.push('', 'Open the Tasks log to reassign, extend or cancel them:', input.logUrl);

  const parts = ['<p>These delegated tasks need your attention. Each is listed once.</p>'];
  if (overdue.length > 0) {
    parts.push(
      '<h3 style="font-size:15px;margin:16px 0 4px">Overdue</h3>',
      table(
        ['Who', 'Task', 'Pupil', 'Due', 'School days overdue'],
        overdue.map(({ task, schoolDaysOverdue }) => [
          escapeHtml(task.assigneeName),
          `<strong>${escapeHtml(task.title)}</strong>`,
          escapeHtml(pupilOf(task, identifier)),
          escapeHtml(formatUkDate(task.due)),
          String(schoolDaysOverdue),
        ]),
      ),
    );
  }
  if (cantDo.length > 0) {
    parts.push(
      '<h3 style="font-size:15px;margin:16px 0 4px">Marked &quot;Can&#39;t do&quot;</h3>',
      table(
        ['Who', 'Task', 'Pupil', 'Due'],
        cantDo.map((task) => [
          escapeHtml(task.assigneeName),
          `<strong>${escapeHtml(task.title)}</strong>`,
          escapeHtml(pupilOf(task, identifier)),
          escapeHtml(formatUkDate(task.due)),
        ]),
      ),
      `<p style="${SMALL}">The reasons are in the Notes column of the Tasks log.</p>`,
    );
  }
  parts.push(button(input.logUrl, 'Open the Tasks log'));
  return { subject, text: lines.join('\n'), html: page(parts) };
}

export interface WeeklySummaryEmailInput {
  schoolName: string;
  summary: WeeklySummary;
  dashboardUrl: string;
  /** The Monday of the week the summary is sent, YYYY-MM-DD. */
  weekOf: string;
}

const SUMMARY_HEADERS = ['Person', 'Delegated', 'Done', 'Open', 'Overdue', "Can't do"] as const;

function countCells(counts: SummaryCounts): string[] {
  return [counts.delegated, counts.done, counts.open, counts.overdue, counts.cantDo].map(String);
}

/** To the SENCO on the first school day of the week: what was delegated and done, what is open. */
export function weeklySummaryEmail(input: WeeklySummaryEmailInput): ReminderEmail {
  const { summary } = input;
  const { totals } = summary;
  const subject = prefixed(
    input.schoolName,
    `SEND tasks, week of ${formatUkDate(input.weekOf)}: ${totals.done} done, ${totals.overdue} overdue`,
  );
  const period = `From ${formatUkDateWithDay(summary.from)} to ${formatUkDateWithDay(summary.to)}`;
  const headline = `${plural(totals.delegated, 'task')} delegated and ${totals.done} done. Now ${totals.open} open, ${totals.overdue} overdue, ${totals.cantDo} marked can't do.`;

  const lines = [`SEND Delegate weekly summary. ${period}:`, headline];
  if (summary.people.length > 0) {
    lines.push('');
    for (const person of summary.people) {
      lines.push(
        `- ${person.name}: ${person.delegated} delegated, ${person.done} done, ${person.open} open, ${person.overdue} overdue, ${person.cantDo} can't do`,
      );
    }
  }
  lines.push('', 'Open the dashboard:', input.dashboardUrl);

  const rows = summary.people.map((person) => [escapeHtml(person.name), ...countCells(person)]);
  rows.push(['<strong>Total</strong>', ...countCells(totals).map((cell) => `<strong>${cell}</strong>`)]);
  const html = page([
    `<p>SEND Delegate weekly summary. ${escapeHtml(period)}:</p>`,
    `<p>${escapeHtml(headline)}</p>`,
    table(SUMMARY_HEADERS, rows),
    button(input.dashboardUrl, 'Open the dashboard'),
  ]);
  return { subject, text: lines.join('\n'), html };
}
