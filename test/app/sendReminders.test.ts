import { delegateTask } from '../../src/app/delegateTask';
import type { Ports } from '../../src/app/ports';
import { sendReminders } from '../../src/app/sendReminders';
import { setUpWorkbook } from '../../src/app/setUpWorkbook';
import type { DelegateRequest } from '../../src/core/rpc';
import { type Harness, harness } from '../support/harness';
import { records, values } from '../support/school';
import { addHoliday, setSetting } from '../support/settings';

let h: Harness;
let sequence = 0;

function delegate(overrides: Partial<DelegateRequest>): void {
  sequence += 1;
  delegateTask(h.ports(), {
    requestId: `r${sequence}`,
    pupilIds: ['1002'],
    assigneeEmails: ['jo.smith@example.school'],
    title: 'Collect pupil voice',
    dueDate: '2026-12-08',
    ...overrides,
  });
}

function at(iso: string): void {
  h.emu.clock.set(new Date(iso));
}

const mailTo = (to: string) => h.emu.outbox.filter((mail) => mail.to === to);
const digestsTo = (to: string) => mailTo(to).filter((mail) => !/new task/.test(mail.subject));

beforeEach(() => {
  h = harness();
  setUpWorkbook(h.ports());
  setSetting(h.spreadsheet, 'SENCO email', 'senco@example.school');
  setSetting(h.spreadsheet, 'SENCO name', 'Ms Rivera');
  setSetting(h.spreadsheet, 'School name', 'Example Academy');
});
afterEach(() => h.done());

describe('sendReminders', () => {
  it('sends one reminder for a task due tomorrow', () => {
    delegate({ dueDate: '2026-12-08' });

    sendReminders(h.ports());

    expect(digestsTo('jo.smith@example.school')).toHaveLength(1);
    expect(digestsTo('jo.smith@example.school')[0]?.body).toContain('Collect pupil voice');
  });

  it('sends nothing new when run twice on one day', () => {
    delegate({ dueDate: '2026-12-08' });
    sendReminders(h.ports());
    const count = h.emu.outbox.length;

    const second = sendReminders(h.ports());

    expect(h.emu.outbox).toHaveLength(count);
    expect(second.sent).toBe(0);
  });

  it('stamps Last reminder in the log', () => {
    delegate({ dueDate: '2026-12-08' });

    sendReminders(h.ports());

    expect(records(h.spreadsheet, 'Tasks')[0]?.['Last reminder']).toBeInstanceOf(Date);
  });

  it('leaves a task due in a fortnight alone', () => {
    delegate({ dueDate: '2026-12-21' });

    sendReminders(h.ports());

    expect(digestsTo('jo.smith@example.school')).toHaveLength(0);
  });

  it('escalates a task overdue by more than 5 school days to the SENCO, once', () => {
    delegate({ dueDate: '2026-12-08' });
    at('2026-12-16T07:00:00Z');

    sendReminders(h.ports());
    at('2026-12-17T07:00:00Z');
    sendReminders(h.ports());

    const escalations = mailTo('senco@example.school').filter((mail) => /overdue/i.test(mail.subject));
    expect(escalations).toHaveLength(1);
    expect(records(h.spreadsheet, 'Tasks')[0]?.Escalated).toBeInstanceOf(Date);
  });

  it('does not escalate a task only 2 school days late, but reminds the assignee', () => {
    delegate({ dueDate: '2026-12-08' });
    at('2026-12-10T07:00:00Z');

    sendReminders(h.ports());

    expect(mailTo('senco@example.school')).toHaveLength(0);
    expect(digestsTo('jo.smith@example.school')[0]?.body).toMatch(/overdue/i);
  });

  it('skips weekends', () => {
    delegate({ dueDate: '2026-12-14' });
    at('2026-12-12T07:00:00Z');

    const report = sendReminders(h.ports());

    expect(report.sent).toBe(0);
    expect(digestsTo('jo.smith@example.school')).toHaveLength(0);
  });

  it('skips the school holidays listed in Settings', () => {
    delegate({ dueDate: '2026-12-22' });
    addHoliday(h.spreadsheet, '2026-12-21', '2027-01-04');
    at('2026-12-21T07:00:00Z');

    const report = sendReminders(h.ports());

    expect(report.message).toContain('Not a school day');
    expect(digestsTo('jo.smith@example.school')).toHaveLength(0);
  });

  it('queues what the daily email quota cannot carry and sends it the next day', () => {
    delegate({
      dueDate: '2026-12-08',
      assigneeEmails: ['jo.smith@example.school', 's.patel@example.school'],
    });
    h.emu.setMailQuota(1);

    const first = sendReminders(h.ports());
    at('2026-12-08T07:00:00Z');
    h.emu.setMailQuota(100);
    sendReminders(h.ports());

    expect(first.queued.length).toBeGreaterThan(0);
    expect(first.message).toContain('Left for tomorrow');
    expect(digestsTo('jo.smith@example.school')).toHaveLength(2);
    expect(digestsTo('s.patel@example.school')).toHaveLength(1);
    expect(values(h.spreadsheet, 'Notices').flat()).toContain('Queued for tomorrow');
  });

  it('resumes a run that died after some digests without sending any twice', () => {
    delegate({
      dueDate: '2026-12-08',
      assigneeEmails: ['jo.smith@example.school', 's.patel@example.school', 'c.evans@example.school'],
    });
    const before = h.emu.outbox.length;
    let sends = 0;
    const dying = (): Ports => {
      const ports = h.ports();
      return {
        ...ports,
        mail: {
          send: (message) => {
            ports.mail.send(message);
            sends += 1;
          },
          remainingQuota: () => {
            if (sends >= 2) throw new Error('Exceeded maximum execution time');
            return ports.mail.remainingQuota();
          },
        },
      };
    };

    expect(() => sendReminders(dying())).toThrow('Exceeded maximum execution time');
    sendReminders(h.ports());

    const sent = h.emu.outbox
      .slice(before)
      .map((mail) => mail.to)
      .sort();
    expect(sent).toEqual([
      'c.evans@example.school',
      'jo.smith@example.school',
      's.patel@example.school',
      'senco@example.school',
    ]);
  });

  it("escalates a task marked Can't do", () => {
    delegate({ dueDate: '2026-12-18' });
    h.spreadsheet.getSheetByName('Tasks – J Smith')!.getRange(2, 6).setValue("Can't do");

    sendReminders(h.ports());

    const escalation = mailTo('senco@example.school').find((mail) => /can.t do/i.test(mail.body));
    expect(escalation).toBeDefined();
  });

  it('sends the SENCO a weekly summary on Monday only', () => {
    delegate({ dueDate: '2026-12-18' });

    sendReminders(h.ports());
    at('2026-12-08T07:00:00Z');
    sendReminders(h.ports());

    const summaries = mailTo('senco@example.school').filter((mail) => /week/i.test(mail.subject));
    expect(summaries).toHaveLength(1);
  });

  it('never puts notes or need codes into a reminder', () => {
    delegate({ dueDate: '2026-12-08' });
    h.spreadsheet
      .getSheetByName('Tasks – J Smith')!
      .getRange(2, 7)
      .setValue('Private: parent said diagnosis pending');

    sendReminders(h.ports());

    const text = h.emu.outbox.map((mail) => `${mail.subject}${mail.body}${mail.htmlBody}`).join(' ');
    expect(text).not.toContain('diagnosis');
    expect(text).not.toContain('SEMH');
  });

  it('refreshes the Dashboard tab', () => {
    delegate({ dueDate: '2026-12-08' });

    sendReminders(h.ports());

    expect(String(values(h.spreadsheet, 'Dashboard')[0]?.[0])).toContain('SEND Delegate dashboard');
  });
});

describe('sendReminders and the Staff tab', () => {
  it('does not email someone no longer active on the Staff tab, and says so', () => {
    delegate({ dueDate: '2026-12-08' });
    const staff = h.spreadsheet.getSheetByName('Staff')!;
    staff.getRange(2, 4).setValue(false);

    const report = sendReminders(h.ports());

    expect(digestsTo('jo.smith@example.school')).toHaveLength(0);
    expect(report.message).toContain('Not sent to Jo Smith');
    expect(values(h.spreadsheet, 'Notices').flat()).toContain('Not sent: not an active member of staff');
  });
});
