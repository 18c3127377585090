/**
 * Short emails when the SENCO takes a task back: it moved to someone else, or it was cancelled.
 * Same minimum as every notice: task title, due date, pupil as the Settings identifier shows them.
 */
import { formatUkDate } from './dates';
import { escapeHtml } from './html';
import type { Notice } from './notice';

export interface ChangeNoticeInput {
  schoolName: string;
  senderName: string;
  assigneeName: string;
  title: string;
  pupilLabel: string;
  due: string;
  change: { kind: 'moved'; to: string } | { kind: 'cancelled' };
  tabUrl: string;
}

export function changeNotice(input: ChangeNoticeInput): Notice {
  const what = `${input.title} for ${input.pupilLabel} (due ${formatUkDate(input.due)})`;
  const headline =
    input.change.kind === 'moved'
      ? `${input.senderName} has passed this task to ${input.change.to}: ${what}. You no longer need to do it.`
      : `${input.senderName} has cancelled this task: ${what}. You no longer need to do it.`;
  const subjectVerb = input.change.kind === 'moved' ? 'Task moved' : 'Task cancelled';
  const subject = `${input.schoolName ? `${input.schoolName}: ` : ''}${subjectVerb}: ${input.title}`;
  const hello = `Hello ${input.assigneeName.trim().split(/\s+/)[0] || input.assigneeName},`;
  const text = [hello, '', headline, '', 'Your task list:', input.tabUrl].join('\n');
  const html = `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124;max-width:600px">
<p>${escapeHtml(hello)}</p>
<p>${escapeHtml(headline)}</p>
<p><a href="${escapeHtml(input.tabUrl)}">Open my task list</a></p>
</div>`;
  return { subject, text, html };
}
