/**
 * The email an assignee receives. It carries the minimum (DOMAIN.md, data protection): the task,
 * the due date, the assignee's own name and the pupil as the Settings identifier shows them.
 * Never need codes, diagnoses or notes; the link leads back to the sheet for detail.
 */
import { formatUkDate } from './dates';
import { escapeHtml } from './html';

export interface NoticeTask {
  pupilLabel: string;
  title: string;
  instructions: string;
  due: string; // YYYY-MM-DD
}

export interface NoticeInput {
  schoolName: string;
  assigneeName: string;
  senderName: string;
  tasks: NoticeTask[];
  tabUrl: string;
}

export interface Notice {
  subject: string;
  text: string;
  html: string;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

function subjectFor(input: NoticeInput): string {
  const count = input.tasks.length;
  const what = count === 1 ? '1 new task' : `${count} new tasks`;
  const earliest = input.tasks.map((task) => task.due).sort()[0] ?? '';
  const prefix = input.schoolName ? `${input.schoolName}: ` : '';
  return `${prefix}${what} from ${input.senderName}, first due ${formatUkDate(earliest)}`;
}

/** Tasks that differ only by pupil share one entry: the same instructions are not repeated. */
interface TaskGroup {
  title: string;
  instructions: string;
  due: string;
  pupils: string[];
}

function groupTasks(tasks: readonly NoticeTask[]): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const task of tasks) {
    const key = JSON.stringify([task.title, task.instructions, task.due]);
    const group = groups.get(key) ?? {
      title: task.title,
      instructions: task.instructions,
      due: task.due,
      pupils: [],
    };
    group.pupils.push(task.pupilLabel);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.due.localeCompare(b.due));
}

function listed(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function textBody(input: NoticeInput): string {
  const lines = [
    `Hello ${firstName(input.assigneeName)},`,
    '',
    `${input.senderName} has asked you to do the following:`,
    '',
  ];
  for (const group of groupTasks(input.tasks)) {
    lines.push(`- ${group.title} for ${listed(group.pupils)}, due ${formatUkDate(group.due)}`);
    if (group.instructions) lines.push(`  ${group.instructions.replace(/\n/g, '\n  ')}`);
  }
  lines.push(
    '',
    'Open your task list to see the details and to update the Status and Notes when you have done it:',
    input.tabUrl,
    '',
    'Please do not reply with pupil details by email: record them in the sheet.',
  );
  return lines.join('\n');
}

function htmlBody(input: NoticeInput): string {
  const rows = groupTasks(input.tasks)
    .map(
      (group) => `<tr>
<td style="padding:8px;border-bottom:1px solid #e0e0e0"><strong>${escapeHtml(group.title)}</strong>${
        group.instructions
          ? `<br><span style="color:#5f6368;white-space:pre-wrap">${escapeHtml(group.instructions)}</span>`
          : ''
      }</td>
<td style="padding:8px;border-bottom:1px solid #e0e0e0">${escapeHtml(group.pupils.join(', '))}</td>
<td style="padding:8px;border-bottom:1px solid #e0e0e0;white-space:nowrap">${escapeHtml(formatUkDate(group.due))}</td>
</tr>`,
    )
    .join('\n');
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124;max-width:600px">
<p>Hello ${escapeHtml(firstName(input.assigneeName))},</p>
<p>${escapeHtml(input.senderName)} has asked you to do the following:</p>
<table style="border-collapse:collapse;width:100%;font-size:14px">
<thead><tr>
<th style="text-align:left;padding:8px;border-bottom:2px solid #dadce0">Task</th>
<th style="text-align:left;padding:8px;border-bottom:2px solid #dadce0">Pupils</th>
<th style="text-align:left;padding:8px;border-bottom:2px solid #dadce0">Due</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><a href="${escapeHtml(input.tabUrl)}" style="display:inline-block;background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Open my task list</a></p>
<p style="color:#5f6368;font-size:12px">Update the Status and Notes columns in your task list when you have done it. Please do not reply with pupil details by email.</p>
</div>`;
}

export function buildNotice(input: NoticeInput): Notice {
  return { subject: subjectFor(input), text: textBody(input), html: htmlBody(input) };
}
