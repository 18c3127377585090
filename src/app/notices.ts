/** Sending task notices: one email per assignee, recorded as it goes so a retry never repeats one. */

import { assigneeTabNames } from '../core/assigneeTab';
import { buildNotice } from '../core/notice';
import { pupilInEmail } from '../core/pupilLabel';
import type { LoggedTask } from '../core/taskLog';
import type { Settings, StaffMember } from '../core/types';
import { NOTICES_TAB } from './layouts';
import type { TaskLog } from './load';
import type { Ports } from './ports';
import { writeTaskField } from './writeColumn';

export interface NoticeOutcome {
  notified: string[];
  warnings: string[];
}

export function senderName(settings: Settings): string {
  return settings.sencoName || 'Your SENCO';
}

/** Records in the log and the Notices tab that these tasks' notice went out. */
function recordNotice(
  ports: Ports,
  log: TaskLog,
  tasks: readonly LoggedTask[],
  to: string,
  sentAt: Date,
): void {
  writeTaskField(ports.workbook, log, 'notifiedAt', new Map(tasks.map((task) => [task.row, sentAt])));
  for (const task of tasks) task.notifiedAt = sentAt.toISOString();
  ports.workbook.append(NOTICES_TAB, [[sentAt, to, 'New tasks', tasks.map((task) => task.id).join(', ')]]);
}

/** Sends the notice for every assignee among `tasks` whose notice has not gone yet. */
export function sendTaskNotices(
  ports: Ports,
  settings: Settings,
  staff: readonly StaffMember[],
  log: TaskLog,
  tasks: readonly LoggedTask[],
): NoticeOutcome {
  const tabNames = assigneeTabNames(staff);
  const byAssignee = new Map<string, LoggedTask[]>();
  for (const task of tasks) {
    const key = task.assigneeEmail.toLowerCase();
    byAssignee.set(key, [...(byAssignee.get(key) ?? []), task]);
  }
  const notified: string[] = [];
  const warnings: string[] = [];
  for (const [email, all] of byAssignee) {
    const pending = all.filter((task) => task.notifiedAt === '');
    const first = all[0];
    if (!first) continue;
    if (pending.length === 0) {
      notified.push(first.assigneeEmail);
      continue;
    }
    if (ports.mail.remainingQuota() < 1) {
      warnings.push(
        `The notice to ${first.assigneeName} was not sent: today's email limit is used up. It will be sent with the next reminders.`,
      );
      continue;
    }
    const notice = buildNotice({
      schoolName: settings.schoolName,
      assigneeName: first.assigneeName,
      senderName: senderName(settings),
      tabUrl: ports.workbook.url(tabNames.get(email)),
      tasks: pending.map((task) => ({
        pupilLabel: pupilInEmail({ id: task.pupilId, name: task.pupilLabel }, settings.pupilIdentifier),
        title: task.title,
        instructions: task.instructions,
        due: task.due,
      })),
    });
    try {
      ports.mail.send({
        to: first.assigneeEmail,
        subject: notice.subject,
        text: notice.text,
        html: notice.html,
        name: `${senderName(settings)} via SEND Delegate`,
        ...(settings.sencoEmail ? { replyTo: settings.sencoEmail } : {}),
      });
    } catch (error) {
      ports.log.error(`notice to ${first.assigneeEmail}`, error);
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(
        `The notice to ${first.assigneeName} was not sent (${reason}). The tasks are saved; it will be retried.`,
      );
      continue;
    }
    recordNotice(ports, log, pending, first.assigneeEmail, ports.clock.now());
    notified.push(first.assigneeEmail);
  }
  return { notified, warnings };
}
