import { delegateTask } from '../../src/app/delegateTask';
import { setUpWorkbook } from '../../src/app/setUpWorkbook';
import type { DelegateRequest } from '../../src/core/rpc';
import { type Harness, harness } from '../support/harness';
import { records, snapshot, values, writeTab } from '../support/school';

let h: Harness;

function request(overrides: Partial<DelegateRequest> = {}): DelegateRequest {
  return {
    requestId: 'req-1',
    pupilIds: ['007', '1002', '1003'],
    assigneeEmails: ['jo.smith@example.school'],
    title: 'Collect pupil voice',
    instructions: 'Ask what helps in class.',
    dueDate: '2026-12-18',
    estimatedMinutes: 30,
    taskType: 'pupil-voice',
    ...overrides,
  };
}

beforeEach(() => {
  h = harness();
  setUpWorkbook(h.ports());
});
afterEach(() => h.done());

describe('delegateTask', () => {
  describe('with a valid request', () => {
    it('appends one Tasks row per pupil and assignee', () => {
      delegateTask(
        h.ports(),
        request({ assigneeEmails: ['jo.smith@example.school', 's.patel@example.school'] }),
      );

      const rows = records(h.spreadsheet, 'Tasks');
      expect(rows).toHaveLength(6);
      expect(rows.map((row) => `${row['Pupil ID']}/${row['Assignee email']}`).sort()).toEqual([
        '007/jo.smith@example.school',
        '007/s.patel@example.school',
        '1002/jo.smith@example.school',
        '1002/s.patel@example.school',
        '1003/jo.smith@example.school',
        '1003/s.patel@example.school',
      ]);
    });

    it('returns the new task ids and who was notified', () => {
      const result = delegateTask(h.ports(), request());

      expect(result.taskIds).toEqual(['T-000001', 'T-000002', 'T-000003']);
      expect(result.notified).toEqual(['jo.smith@example.school']);
    });

    it('keeps an id like 007 as text in the log', () => {
      delegateTask(h.ports(), request({ pupilIds: ['007'] }));

      expect(records(h.spreadsheet, 'Tasks')[0]?.['Pupil ID']).toBe('007');
    });

    it('stores the due date as a real date and the status as Not started', () => {
      delegateTask(h.ports(), request({ pupilIds: ['1002'] }));

      const row = records(h.spreadsheet, 'Tasks')[0];
      expect(row?.Due).toBeInstanceOf(Date);
      expect(row?.Status).toBe('Not started');
    });

    it("creates the assignee's tab with their open tasks and no SEN detail", () => {
      delegateTask(h.ports(), request());

      const tab = values(h.spreadsheet, 'Tasks – J Smith');
      expect(tab[0]).toEqual(['Task ID', 'Pupil', 'Task', 'Instructions', 'Due', 'Status', 'Notes']);
      expect(tab.slice(1).map((row) => row[1])).toEqual(['Amara Okafor', 'Leo Brennan', 'Priya Shah']);
      const text = JSON.stringify(tab);
      for (const secret of ['Autism', 'ASD', 'SEMH', 'SPLD', 'SEN Support'])
        expect(text).not.toContain(secret);
    });

    it('sends exactly one email per assignee listing all their new tasks', () => {
      delegateTask(
        h.ports(),
        request({ assigneeEmails: ['jo.smith@example.school', 's.patel@example.school'] }),
      );

      expect(h.emu.outbox.map((mail) => mail.to).sort()).toEqual([
        'jo.smith@example.school',
        's.patel@example.school',
      ]);
      const jo = h.emu.outbox.find((mail) => mail.to === 'jo.smith@example.school');
      expect(jo?.body).toContain('Collect pupil voice for AO, LB and PS, due 18 Dec 2026');
      expect(jo?.body.match(/Ask what helps in class/g)).toHaveLength(1);
      expect(jo?.htmlBody).toContain('<table');
    });

    it('names pupils by initials by default and never by need or name', () => {
      delegateTask(h.ports(), request());

      const mail = h.emu.outbox[0];
      expect(mail?.body).toContain('for AO, LB and PS, due 18 Dec 2026');
      for (const secret of ['Amara', 'Okafor', 'Autism', 'ASD', 'SEMH', 'SEN Support']) {
        expect(`${mail?.body}${mail?.htmlBody}${mail?.subject}`).not.toContain(secret);
      }
    });

    it('names pupils by register id when Settings says so', () => {
      const settings = values(h.spreadsheet, 'Settings');
      const row = settings.findIndex((r) => r[0] === 'Pupil identifier in emails') + 1;
      h.spreadsheet.getSheetByName('Settings')?.getRange(row, 2).setValue('id');

      delegateTask(h.ports(), request({ pupilIds: ['1002'] }));

      expect(h.emu.outbox[0]?.body).toContain('for 1002, due');
    });

    it('links the email to the assignee tab', () => {
      delegateTask(h.ports(), request());

      const gid = h.spreadsheet.getSheetByName('Tasks – J Smith')?.getSheetId();
      expect(h.emu.outbox[0]?.body).toContain(`#gid=${gid}`);
    });

    it('records when each notice went out, in the log and the Notices tab', () => {
      delegateTask(h.ports(), request());

      expect(records(h.spreadsheet, 'Tasks').every((row) => row['Notified at'] instanceof Date)).toBe(true);
      const notices = records(h.spreadsheet, 'Notices');
      expect(notices).toHaveLength(1);
      expect(notices[0]?.To).toBe('jo.smith@example.school');
      expect(notices[0]?.['Task IDs']).toBe('T-000001, T-000002, T-000003');
    });
  });

  describe('with the same requestId again', () => {
    it('writes nothing new and sends nothing', () => {
      const first = delegateTask(h.ports(), request());
      const before = snapshot(h.spreadsheet);

      const again = delegateTask(h.ports(), request());

      expect(again.taskIds).toEqual(first.taskIds);
      expect(snapshot(h.spreadsheet)).toEqual(before);
      expect(h.emu.outbox).toHaveLength(1);
    });

    it('sends a notice that failed the first time, once', () => {
      h.emu.failNextEmail('Mail service unavailable');
      const first = delegateTask(h.ports(), request());

      const retry = delegateTask(h.ports(), request());
      delegateTask(h.ports(), request());

      expect(first.warnings?.join(' ')).toContain('was not sent');
      expect(retry.notified).toEqual(['jo.smith@example.school']);
      expect(h.emu.outbox).toHaveLength(1);
      expect(records(h.spreadsheet, 'Tasks')).toHaveLength(3);
    });
  });

  describe('with invalid input it writes nothing and says what to fix', () => {
    const cases: [string, Partial<DelegateRequest>, RegExp][] = [
      ['an unknown pupil id', { pupilIds: ['007', 'P-999'] }, /Pupil id P-999 is not on the register/],
      [
        'an address not on the Staff tab',
        { assigneeEmails: ['x.stranger@example.school'] },
        /x\.stranger@example\.school is not on the Staff tab/,
      ],
      ['a malformed address', { assigneeEmails: ['jo.smith'] }, /"jo\.smith" is not an email address/],
      [
        'an inactive member of staff',
        { assigneeEmails: ['d.ford@example.school'] },
        /Dana Ford is marked inactive/,
      ],
      ['a date that does not exist', { dueDate: '2027-02-30' }, /The due date 2027-02-30 does not exist/],
      ['a date in the past', { dueDate: '2026-12-01' }, /is in the past/],
      ['an empty title', { title: '   ' }, /Give the task a title/],
      ['no pupils', { pupilIds: [] }, /Choose at least one pupil/],
    ];
    it.each(cases)('rejects %s', (_name, overrides, message) => {
      const before = snapshot(h.spreadsheet);

      expect(() => delegateTask(h.ports(), request(overrides))).toThrow(message);

      expect(snapshot(h.spreadsheet)).toEqual(before);
      expect(h.emu.outbox).toHaveLength(0);
    });

    it('throws a UserError that the sidebar can tell apart by name', () => {
      let caught: unknown;
      try {
        delegateTask(h.ports(), request({ pupilIds: ['nope'] }));
      } catch (error) {
        caught = error;
      }

      expect((caught as Error).name).toBe('UserError');
    });
  });

  describe('guarding what people typed', () => {
    it('never turns a title or instructions into a formula', () => {
      delegateTask(h.ports(), request({ title: '=IMPORTRANGE("x","y")', instructions: '+44 7700 900123' }));

      const sheet = h.spreadsheet.getSheetByName('Tasks')!;
      const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
      expect(formulas).toEqual([]);
      expect(records(h.spreadsheet, 'Tasks')[0]?.Title).toBe('=IMPORTRANGE("x","y")');
      expect(records(h.spreadsheet, 'Tasks')[0]?.Instructions).toBe('+44 7700 900123');
    });

    it('escapes HTML typed into the title in the email', () => {
      delegateTask(h.ports(), request({ title: '<img src=x onerror=alert(1)>' }));

      expect(h.emu.outbox[0]?.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(h.emu.outbox[0]?.htmlBody).not.toContain('<img');
    });
  });

  describe('keeping assignee edits', () => {
    it('copies a note typed in the tab into the log before rewriting the tab', () => {
      delegateTask(h.ports(), request({ pupilIds: ['1002'] }));
      const tab = h.spreadsheet.getSheetByName('Tasks – J Smith')!;
      tab.getRange(2, 6, 1, 2).setValues([['In progress', 'Spoke to Leo on Tuesday']]);

      delegateTask(h.ports(), request({ requestId: 'req-2', pupilIds: ['1003'] }));

      const log = records(h.spreadsheet, 'Tasks');
      expect(log.find((row) => row['Pupil ID'] === '1002')?.Notes).toBe('Spoke to Leo on Tuesday');
      expect(log.find((row) => row['Pupil ID'] === '1002')?.Status).toBe('In progress');
      expect(values(h.spreadsheet, 'Tasks – J Smith').flat()).toContain('Spoke to Leo on Tuesday');
    });
  });

  describe('when someone else holds the lock', () => {
    it('asks the SENCO to try again and writes nothing', () => {
      h.emu.holdDocumentLockElsewhere(true);
      const before = snapshot(h.spreadsheet);

      expect(() => delegateTask(h.ports(), request())).toThrow(/Try again in a minute/);

      expect(snapshot(h.spreadsheet)).toEqual(before);
    });
  });

  describe('before Set up register', () => {
    it('says to run Set up register', () => {
      const fresh = harness();
      writeTab(fresh.spreadsheet, 'Notes', [['x']]);

      expect(() => delegateTask(fresh.ports(), request())).toThrow(/Set up register/);
      fresh.done();
    });
  });
});
