import { digestEmail, escalationEmail, weeklySummaryEmail } from '../../src/core/reminderEmails';
import type { Digest, Escalation, WeeklySummary } from '../../src/core/reminders';
import { aTask } from './fixtures';

const SENSITIVE_NOTES = 'Mum disclosed a diagnosis of autism at the meeting';
const sensitive = { notes: SENSITIVE_NOTES, pupilId: 'P-0042', pupilLabel: 'Kofi Mensah' };

function aDigest(overrides: Partial<Digest> = {}): Digest {
  return {
    email: 'jane.smith@example.sch.uk',
    name: 'Jane Smith',
    dueSoon: [aTask({ id: 'T-000001', due: '2027-01-15', ...sensitive })],
    overdue: [],
    ...overrides,
  };
}

function digestInput(digest: Digest = aDigest()) {
  return {
    schoolName: 'Example Academy',
    senderName: 'Sam Patel',
    digest,
    identifier: 'initials' as const,
    tabUrl: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=1',
  };
}

function anEscalation(overrides: Partial<Escalation> = {}): Escalation {
  return {
    overdue: [{ task: aTask({ id: 'T-000001', due: '2027-01-04', ...sensitive }), schoolDaysOverdue: 7 }],
    cantDo: [],
    ...overrides,
  };
}

function escalationInput(escalation: Escalation = anEscalation()) {
  return {
    schoolName: 'Example Academy',
    escalation,
    identifier: 'initials' as const,
    logUrl: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=2',
  };
}

function aSummary(overrides: Partial<WeeklySummary> = {}): WeeklySummary {
  return {
    from: '2027-01-11',
    to: '2027-01-17',
    people: [
      {
        name: 'Jane Smith',
        email: 'jane.smith@example.sch.uk',
        delegated: 4,
        done: 3,
        open: 2,
        overdue: 1,
        cantDo: 0,
      },
      {
        name: 'Omar Khan',
        email: 'omar.khan@example.sch.uk',
        delegated: 1,
        done: 2,
        open: 1,
        overdue: 0,
        cantDo: 1,
      },
    ],
    totals: { delegated: 5, done: 5, open: 3, overdue: 1, cantDo: 1 },
    ...overrides,
  };
}

function summaryInput(summary: WeeklySummary = aSummary()) {
  return {
    schoolName: 'Example Academy',
    summary,
    dashboardUrl: 'https://example.test/dash',
    weekOf: '2027-01-18',
  };
}

describe('digestEmail', () => {
  it('says how many tasks are due soon and overdue in the subject', () => {
    const digest = aDigest({
      dueSoon: [aTask({ id: 'T-000001' }), aTask({ id: 'T-000002' })],
      overdue: [aTask({ id: 'T-000003', due: '2027-01-08' })],
    });

    const email = digestEmail(digestInput(digest));

    expect(email.subject).toBe('Example Academy: 2 tasks due soon, 1 overdue');
  });

  it('has a short subject when only one task is due soon', () => {
    const email = digestEmail(digestInput());

    expect(email.subject).toBe('Example Academy: 1 task due soon');
  });

  it('has a subject for overdue tasks alone', () => {
    const digest = aDigest({ dueSoon: [], overdue: [aTask({ id: 'T-000001' }), aTask({ id: 'T-000002' })] });

    const email = digestEmail(digestInput(digest));

    expect(email.subject).toBe('Example Academy: 2 tasks overdue');
  });

  it('leaves the school name out of the subject when Settings has none', () => {
    const email = digestEmail({ ...digestInput(), schoolName: '' });

    expect(email.subject).toBe('1 task due soon');
  });

  it('greets the assignee by first name and lists task, pupil initials and due day', () => {
    const email = digestEmail(digestInput());

    expect(email.text).toContain('Hello Jane,');
    expect(email.text).toContain('- Collect pupil voice for KM, due Fri 15 Jan 2027');
  });

  it('names the pupil by register id when Settings says so', () => {
    const email = digestEmail({ ...digestInput(), identifier: 'id' });

    expect(email.text).toContain('for P-0042');
    expect(email.html).not.toContain('Kofi');
  });

  it('names the pupil in full when Settings allows it', () => {
    const email = digestEmail({ ...digestInput(), identifier: 'full name' });

    expect(email.text).toContain('for Kofi Mensah');
  });

  it('puts overdue tasks under their own heading', () => {
    const digest = aDigest({ dueSoon: [], overdue: [aTask({ due: '2027-01-08' })] });

    const email = digestEmail(digestInput(digest));

    expect(email.text).toContain('Overdue:\n- Collect pupil voice for AO, was due Fri 8 Jan 2027');
    expect(email.text).not.toContain('Due soon:');
  });

  it('links to the assignee’s own tab in text and HTML', () => {
    const email = digestEmail(digestInput());

    expect(email.text).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=1');
    expect(email.html).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit#gid=1"');
  });

  it('never includes notes, instructions or need codes', () => {
    const task = aTask({ ...sensitive, instructions: 'Use the ASD-friendly visual timetable' });

    const email = digestEmail(digestInput(aDigest({ dueSoon: [task], overdue: [task] })));

    for (const body of [email.subject, email.text, email.html]) {
      expect(body).not.toContain(SENSITIVE_NOTES);
      expect(body).not.toContain('visual timetable');
      expect(body).not.toMatch(/\bASD\b|autis/i);
    }
  });

  it('escapes HTML in titles, names and the link', () => {
    const task = aTask({ title: '<b>x</b>', assigneeName: 'Jo <i>' });
    const digest = aDigest({ name: '<script>alert(1)</script> Smith', dueSoon: [task] });

    const email = digestEmail({
      ...digestInput(digest),
      senderName: 'Sam & Co',
      tabUrl: 'https://x.test/?a="b"',
    });

    expect(email.html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(email.html).not.toContain('<b>x</b>');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('Sam &amp; Co');
    expect(email.html).toContain('href="https://x.test/?a=&quot;b&quot;"');
  });

  it('keeps the plain-text body free of markup', () => {
    const email = digestEmail(digestInput());

    expect(email.text).not.toMatch(/<[a-z/]/i);
  });
});

describe('escalationEmail', () => {
  it('says how many overdue tasks there are in the subject', () => {
    const email = escalationEmail(escalationInput());

    expect(email.subject).toBe('Example Academy: 1 overdue task to follow up');
  });

  it('counts overdue and can’t-do tasks together in the subject', () => {
    const escalation = anEscalation({ cantDo: [aTask({ id: 'T-000002' }), aTask({ id: 'T-000003' })] });

    const email = escalationEmail(escalationInput(escalation));

    expect(email.subject).toBe("Example Academy: 1 overdue task and 2 tasks marked can't do to follow up");
  });

  it('says who, what, which pupil, when it was due and how late it is', () => {
    const email = escalationEmail(escalationInput());

    expect(email.text).toContain(
      '- Jane Smith: Collect pupil voice for KM, due 4 Jan 2027 (7 school days overdue)',
    );
    expect(email.html).toContain('<td style="padding:8px;border-bottom:1px solid #e0e0e0">7</td>');
  });

  it('lists can’t-do tasks and points to the Notes column for the reason, without quoting it', () => {
    const escalation = anEscalation({ overdue: [], cantDo: [aTask({ status: "Can't do", ...sensitive })] });

    const email = escalationEmail(escalationInput(escalation));

    expect(email.subject).toBe("Example Academy: 1 task marked can't do to follow up");
    expect(email.text).toContain('Notes column of the Tasks log');
    expect(email.text).toContain('- Jane Smith: Collect pupil voice for KM, due 15 Jan 2027');
    expect(email.text).not.toContain(SENSITIVE_NOTES);
    expect(email.html).not.toContain(SENSITIVE_NOTES);
  });

  it('never includes notes or need codes', () => {
    const escalation = anEscalation({
      cantDo: [aTask({ status: "Can't do", ...sensitive, title: 'Observation' })],
    });

    const email = escalationEmail(escalationInput(escalation));

    for (const body of [email.subject, email.text, email.html]) {
      expect(body).not.toContain(SENSITIVE_NOTES);
      expect(body).not.toMatch(/\bASD\b|autis/i);
    }
  });

  it('escapes HTML from assignee names and titles', () => {
    const task = aTask({ assigneeName: '<img src=x>', title: '<b>x</b>' });

    const email = escalationEmail(escalationInput(anEscalation({ overdue: [], cantDo: [task] })));

    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('links to the Tasks log', () => {
    const email = escalationEmail(escalationInput());

    expect(email.html).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit#gid=2"');
    expect(email.text).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=2');
  });
});

describe('weeklySummaryEmail', () => {
  it('names the week and the headline numbers in the subject', () => {
    const email = weeklySummaryEmail(summaryInput());

    expect(email.subject).toBe('Example Academy: SEND tasks, week of 18 Jan 2027: 5 done, 1 overdue');
  });

  it('states the period covered', () => {
    const email = weeklySummaryEmail(summaryInput());

    expect(email.text).toContain('From Mon 11 Jan 2027 to Sun 17 Jan 2027');
  });

  it('gives a line per person', () => {
    const email = weeklySummaryEmail(summaryInput());

    expect(email.text).toContain("- Omar Khan: 1 delegated, 2 done, 1 open, 0 overdue, 1 can't do");
  });

  it('ends the HTML table with a totals row', () => {
    const email = weeklySummaryEmail(summaryInput());

    expect(email.html).toMatch(
      /<strong>Total<\/strong>.*<strong>5<\/strong>.*<strong>5<\/strong>.*<strong>3<\/strong>/s,
    );
  });

  it('still reads well when nothing happened', () => {
    const summary = aSummary({
      people: [],
      totals: { delegated: 0, done: 0, open: 0, overdue: 0, cantDo: 0 },
    });

    const email = weeklySummaryEmail(summaryInput(summary));

    expect(email.text).toContain("0 tasks delegated and 0 done. Now 0 open, 0 overdue, 0 marked can't do.");
  });

  it('escapes HTML in names', () => {
    const summary = aSummary({
      people: [
        {
          name: '<b>Jo</b>',
          email: 'jo@example.sch.uk',
          delegated: 1,
          done: 0,
          open: 1,
          overdue: 0,
          cantDo: 0,
        },
      ],
    });

    const email = weeklySummaryEmail(summaryInput(summary));

    expect(email.html).toContain('&lt;b&gt;Jo&lt;/b&gt;');
    expect(email.html).not.toContain('<b>Jo</b>');
  });

  it('links to the dashboard', () => {
    const email = weeklySummaryEmail(summaryInput());

    expect(email.html).toContain('href="https://example.test/dash"');
  });
});
