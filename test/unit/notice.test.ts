import { planTasks, validateRequest } from '../../src/core/delegation';
import { buildNotice, type NoticeInput } from '../../src/core/notice';
import { pupilInEmail } from '../../src/core/pupilLabel';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Task } from '../../src/core/types';
import { aPupil, aStaffMember, someSettings } from './fixtures';

function aNotice(overrides: Partial<NoticeInput> = {}): NoticeInput {
  return {
    schoolName: 'Example Academy',
    assigneeName: 'Jane Smith',
    senderName: 'Sam Patel',
    tasks: [
      { pupilLabel: 'AO', title: 'Collect pupil voice', instructions: 'Ask what helps.', due: '2027-01-22' },
    ],
    tabUrl: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=7',
    ...overrides,
  };
}

/** The notice the app sends for planned tasks: pupils shown per the identifier setting. */
function noticeFor(tasks: Task[], identifier = DEFAULT_SETTINGS.pupilIdentifier) {
  return buildNotice(
    aNotice({
      tasks: tasks.map((task) => ({
        pupilLabel: pupilInEmail({ id: task.pupilId, name: task.pupilLabel }, identifier),
        title: task.title,
        instructions: task.instructions,
        due: task.due,
      })),
    }),
  );
}

describe('buildNotice', () => {
  it('has one subject line naming the school, the count, the sender and the first due date', () => {
    const tasks = [
      { pupilLabel: 'AO', title: 'Observation', instructions: '', due: '2027-01-29' },
      { pupilLabel: 'KM', title: 'Observation', instructions: '', due: '2027-01-22' },
    ];

    const notice = buildNotice(aNotice({ tasks }));

    expect(notice.subject).toBe('Example Academy: 2 new tasks from Sam Patel, first due 22 Jan 2027');
    expect(notice.subject).not.toMatch(/\n/);
  });

  it('says "1 new task" for one task', () => {
    const notice = buildNotice(aNotice());

    expect(notice.subject).toBe('Example Academy: 1 new task from Sam Patel, first due 22 Jan 2027');
  });

  it('leaves the school out of the subject when Settings has no name', () => {
    const notice = buildNotice(aNotice({ schoolName: '' }));

    expect(notice.subject).toBe('1 new task from Sam Patel, first due 22 Jan 2027');
  });

  it('has a plain-text body with the task, pupil, due date and link', () => {
    const notice = buildNotice(aNotice());

    expect(notice.text).toContain('Hello Jane,');
    expect(notice.text).toContain('- Collect pupil voice for AO, due 22 Jan 2027\n  Ask what helps.');
    expect(notice.text).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=7');
    expect(notice.text).not.toMatch(/<[a-z/]/i);
  });

  it('escapes a title like <b>x</b> in the HTML', () => {
    const tasks = [{ pupilLabel: 'AO', title: '<b>x</b>', instructions: '<script>', due: '2027-01-22' }];

    const notice = buildNotice(aNotice({ tasks, senderName: 'Sam & Co' }));

    expect(notice.html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(notice.html).not.toContain('<b>x</b>');
    expect(notice.html).not.toContain('<script>');
    expect(notice.html).toContain('Sam &amp; Co');
  });

  it('never contains need codes or notes, even for a pupil whose need is ASD', () => {
    const context = {
      pupils: [
        aPupil({ id: 'P-0001', forename: 'Amara', surname: 'Okafor', name: 'Amara Okafor', needs: ['ASD'] }),
      ],
      staff: [aStaffMember()],
      settings: someSettings(),
      today: '2027-01-13',
    };
    const valid = validateRequest(
      {
        requestId: 'req-1',
        pupilIds: ['P-0001'],
        assigneeEmails: ['jane.smith@example.sch.uk'],
        title: 'Observation',
        dueDate: '2027-01-22',
      },
      context,
    );
    const tasks = planTasks(valid, ['T-000001'], '2027-01-13T09:00:00.000Z').map((task) => ({
      ...task,
      notes: 'Parent mentioned an autism assessment',
    }));

    const notice = noticeFor(tasks);

    for (const body of [notice.subject, notice.text, notice.html]) {
      expect(body).not.toMatch(/\bASD\b|autis/i);
      expect(body).not.toContain('Parent mentioned');
    }
  });

  it('shows pupils by initials by default', () => {
    const tasks = planTasks(
      validateRequest(
        {
          requestId: 'r',
          pupilIds: ['P-0001'],
          assigneeEmails: ['jane.smith@example.sch.uk'],
          title: 'T',
          dueDate: '2027-01-22',
        },
        { pupils: [aPupil()], staff: [aStaffMember()], settings: someSettings(), today: '2027-01-13' },
      ),
      ['T-000001'],
      '2027-01-13T09:00:00.000Z',
    );

    const notice = noticeFor(tasks);

    expect(notice.text).toContain('for AO,');
    expect(notice.text).not.toContain('Amara');
    expect(notice.html).not.toContain('Amara');
  });

  it('escapes the link in the HTML', () => {
    const notice = buildNotice(aNotice({ tabUrl: 'https://x.test/?a="b"&c' }));

    expect(notice.html).toContain('href="https://x.test/?a=&quot;b&quot;&amp;c"');
  });
});

describe('buildNotice grouping', () => {
  it('lists pupils who share a task, its instructions and its due date in one entry', () => {
    const task = { title: 'Collect pupil voice', instructions: 'Ask what helps.', due: '2027-01-22' };

    const notice = buildNotice(
      aNotice({ tasks: ['AO', 'KM', 'LB'].map((pupilLabel) => ({ ...task, pupilLabel })) }),
    );

    expect(notice.text).toContain('- Collect pupil voice for AO, KM and LB, due 22 Jan 2027');
    expect(notice.text.match(/Ask what helps\./g)).toHaveLength(1);
    expect(notice.html.match(/Ask what helps\./g)).toHaveLength(1);
    expect(notice.html).toContain('AO, KM, LB');
  });

  it('keeps tasks with different due dates apart, soonest first', () => {
    const tasks = [
      { pupilLabel: 'AO', title: 'Observation', instructions: '', due: '2027-01-29' },
      { pupilLabel: 'KM', title: 'Observation', instructions: '', due: '2027-01-22' },
    ];

    const notice = buildNotice(aNotice({ tasks }));

    expect(notice.text.indexOf('for KM, due 22 Jan')).toBeLessThan(notice.text.indexOf('for AO, due 29 Jan'));
  });
});
