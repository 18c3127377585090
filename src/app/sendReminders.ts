/**
 * The daily follow-through: copy assignee edits into the log, send notices still pending, then
 * one digest per assignee, one escalation to the SENCO and (first school day of the week) the
 * weekly summary. Each email is recorded in document state straight after it is sent, so a run
 * that dies midway, or a second run the same day, never sends it again. What the daily email
 * quota cannot carry today is left for tomorrow and reported, never dropped.
 */
import { assigneeTabNames } from '../core/assigneeTab';
import { digestEmail, escalationEmail, weeklySummaryEmail } from '../core/reminderEmails';
import { planReminders, weeklySummary } from '../core/reminders';
import { isSchoolDay, startOfWeek } from '../core/schoolDays';
import type { Settings, StaffMember } from '../core/types';
import { pullAssigneeEdits, readAssigneeTabs, writeAssigneeTabs } from './assigneeTabs';
import { refreshDashboardTab } from './dashboard';
import { DASHBOARD_TAB, NOTICES_TAB, TASKS_TAB } from './layouts';
import { loadSettings, loadStaff, loadTaskLog, type TaskLog, today } from './load';
import { senderName, sendTaskNotices } from './notices';
import type { MailMessage, Ports } from './ports';
import { writeTaskField } from './writeColumn';

const STATE_PREFIX = 'reminders:';

/** What has gone out today, kept in document state. */
interface DayRecord {
  digests: string[];
  escalated: string[];
  escalationSent: boolean;
  summarySent: boolean;
}

export interface ReminderReport {
  sent: number;
  queued: string[];
  message: string;
}

function loadRecord(ports: Ports, day: string): DayRecord {
  for (const key of ports.state.keys()) {
    if (key.startsWith(STATE_PREFIX) && key !== STATE_PREFIX + day) ports.state.delete(key);
  }
  const raw = ports.state.get(STATE_PREFIX + day);
  const empty: DayRecord = { digests: [], escalated: [], escalationSent: false, summarySent: false };
  return raw ? { ...empty, ...(JSON.parse(raw) as Partial<DayRecord>) } : empty;
}

function saveRecord(ports: Ports, day: string, record: DayRecord): void {
  ports.state.set(STATE_PREFIX + day, JSON.stringify(record));
}

class Sender {
  sent = 0;
  readonly queued: string[] = [];
  readonly log: unknown[][] = [];

  constructor(
    private readonly ports: Ports,
    private readonly settings: Settings,
  ) {}

  /** Sends unless today's quota is spent; true when it went. */
  send(message: MailMessage, kind: string, taskIds: readonly string[], who: string): boolean {
    if (this.ports.mail.remainingQuota() < 1) {
      this.queued.push(`${kind} to ${who}`);
      return false;
    }
    try {
      this.ports.mail.send({
        ...message,
        name: `${senderName(this.settings)} via SEND Delegate`,
        ...(this.settings.sencoEmail ? { replyTo: this.settings.sencoEmail } : {}),
      });
    } catch (error) {
      this.ports.log.error(`${kind} to ${message.to}`, error);
      this.queued.push(`${kind} to ${who}`);
      return false;
    }
    this.sent += 1;
    this.log.push([this.ports.clock.now(), message.to, kind, taskIds.join(', ')]);
    return true;
  }
}

function syncFirst(ports: Ports, log: TaskLog, staff: readonly StaffMember[], day: string): string[] {
  const snapshots = readAssigneeTabs(ports.workbook, staff);
  const outcome = pullAssigneeEdits(ports, log, snapshots, day);
  const emails = [...new Set(log.tasks.map((task) => task.assigneeEmail))];
  writeAssigneeTabs(ports, log, staff, day, emails, snapshots);
  return outcome.problems;
}

export function sendReminders(ports: Ports): ReminderReport {
  return ports.lock.withLock(() => {
    const { workbook } = ports;
    const settings = loadSettings(workbook);
    const day = today(ports);
    if (!isSchoolDay(day, settings.holidays)) {
      return { sent: 0, queued: [], message: 'Not a school day: no reminders today.' };
    }
    const log = loadTaskLog(workbook);
    if (log.columns.id === undefined) {
      return {
        sent: 0,
        queued: [],
        message: 'Nothing to do: the Tasks tab is missing. Run Set up register.',
      };
    }
    const { staff } = loadStaff(workbook);
    const problems = syncFirst(ports, log, staff, day);
    // Only people on the Staff tab (and active) receive email; the rest are reported, not emailed.
    const active = new Set(
      staff.filter((member) => member.active).map((member) => member.email.toLowerCase()),
    );
    const pending = log.tasks.filter(
      (task) =>
        task.notifiedAt === '' && task.status !== 'Cancelled' && active.has(task.assigneeEmail.toLowerCase()),
    );
    const notices = sendTaskNotices(ports, settings, staff, log, pending);

    const record = loadRecord(ports, day);
    const escalatedToday = new Set(record.escalated);
    const tasks = log.tasks.map((task) => (escalatedToday.has(task.id) ? { ...task, escalated: day } : task));
    const plan = planReminders({ tasks, today: day, settings, alreadyDigested: new Set(record.digests) });
    const sender = new Sender(ports, settings);
    const tabNames = assigneeTabNames(staff);
    const byId = new Map(log.tasks.map((task) => [task.id, task]));
    const reminded = new Map<number, string>();

    const unreachable = plan.digests.filter((digest) => !active.has(digest.email.toLowerCase()));
    for (const digest of unreachable) {
      sender.log.push([ports.clock.now(), digest.email, 'Not sent: not an active member of staff', '']);
    }

    for (const digest of plan.digests.filter((d) => active.has(d.email.toLowerCase()))) {
      const email = digestEmail({
        schoolName: settings.schoolName,
        senderName: senderName(settings),
        digest,
        identifier: settings.pupilIdentifier,
        tabUrl: workbook.url(tabNames.get(digest.email.toLowerCase())),
      });
      const ids = [...digest.overdue, ...digest.dueSoon].map((task) => task.id);
      if (!sender.send({ to: digest.email, ...email }, 'Reminder', ids, digest.name)) continue;
      record.digests.push(digest.email.toLowerCase());
      saveRecord(ports, day, record);
      for (const id of ids) reminded.set(byId.get(id)?.row ?? 0, day);
    }

    if (plan.escalation && settings.sencoEmail && !record.escalationSent) {
      const email = escalationEmail({
        schoolName: settings.schoolName,
        escalation: plan.escalation,
        identifier: settings.pupilIdentifier,
        logUrl: workbook.url(TASKS_TAB),
      });
      const ids = [
        ...plan.escalation.overdue.map((o) => o.task.id),
        ...plan.escalation.cantDo.map((t) => t.id),
      ];
      if (sender.send({ to: settings.sencoEmail, ...email }, 'Escalation', ids, 'the SENCO')) {
        record.escalated.push(...ids);
        record.escalationSent = true;
        saveRecord(ports, day, record);
      }
    }

    if (plan.weeklySummaryDue && settings.sencoEmail && !record.summarySent) {
      const email = weeklySummaryEmail({
        schoolName: settings.schoolName,
        summary: weeklySummary(log.tasks, day, settings.holidays),
        dashboardUrl: workbook.url(DASHBOARD_TAB),
        weekOf: startOfWeek(day),
      });
      if (sender.send({ to: settings.sencoEmail, ...email }, 'Weekly summary', [], 'the SENCO')) {
        record.summarySent = true;
        saveRecord(ports, day, record);
      }
    }

    reminded.delete(0);
    writeTaskField(workbook, log, 'lastReminder', reminded);
    const escalatedRows = new Map(record.escalated.map((id) => [byId.get(id)?.row ?? 0, day] as const));
    escalatedRows.delete(0);
    writeTaskField(workbook, log, 'escalated', escalatedRows);
    const queued = [...notices.warnings, ...sender.queued];
    if (sender.queued.length > 0)
      sender.log.push([ports.clock.now(), '', 'Queued for tomorrow', sender.queued.join('; ')]);
    if (sender.log.length > 0) workbook.append(NOTICES_TAB, sender.log as never);
    refreshDashboardTab(ports, log, settings);

    const parts = [
      `Sent ${sender.sent} reminder email(s) and ${notices.notified.length > 0 ? 'pending notices' : 'no pending notices'}.`,
      sender.queued.length > 0 ? `Left for tomorrow (daily email limit): ${sender.queued.join('; ')}.` : '',
      problems.length > 0 ? `${problems.length} assignee-tab row(s) need a look.` : '',
      unreachable.length > 0
        ? `Not sent to ${unreachable.map((d) => d.name).join(', ')}: no longer active on the Staff tab; reassign their tasks.`
        : '',
    ];
    return { sent: sender.sent, queued, message: parts.filter(Boolean).join(' ') };
  });
}
