import {
  type DelegationContext,
  delegationWarnings,
  MAX_TASKS_PER_REQUEST,
  planTasks,
  schoolDomain,
  type ValidRequest,
  validateRequest,
} from '../../src/core/delegation';
import { UserError } from '../../src/core/errors';
import type { DelegateRequest } from '../../src/core/rpc';
import { aPupil, aStaffMember, aTask, someSettings } from './fixtures';

const TODAY = '2027-01-13';

const context: DelegationContext = {
  pupils: [
    aPupil({ id: 'P-0001', name: 'Amara Okafor', needs: ['ASD'] }),
    aPupil({ id: 'P-0002', forename: 'Kofi', surname: 'Mensah', name: 'Kofi Mensah', provision: 'E' }),
  ],
  staff: [
    aStaffMember(),
    aStaffMember({ name: 'Omar Khan', email: 'omar.khan@example.sch.uk', role: 'Teacher' }),
    aStaffMember({ name: 'Pat Lee', email: 'pat.lee@example.sch.uk', active: false }),
    aStaffMember({ name: 'Sam Home', email: 'sam.home@gmail.com' }),
  ],
  settings: someSettings(),
  today: TODAY,
};

function aRequest(overrides: Partial<Record<keyof DelegateRequest, unknown>> = {}): Record<string, unknown> {
  return {
    requestId: 'req-1',
    pupilIds: ['P-0001', 'P-0002'],
    assigneeEmails: ['jane.smith@example.sch.uk', 'omar.khan@example.sch.uk'],
    title: 'Collect pupil voice',
    instructions: 'Ask what helps in lessons.',
    dueDate: '2027-01-22',
    estimatedMinutes: 30,
    taskType: 'pupil-voice',
    ...overrides,
  };
}

/** The error validateRequest throws, so a test can check its name and message. */
function rejection(request: unknown, ctx: DelegationContext = context): Error {
  try {
    validateRequest(request, ctx);
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected validateRequest to throw');
}

describe('validateRequest: accepts', () => {
  it('returns the pupils and staff members a valid request names', () => {
    const valid = validateRequest(aRequest(), context);

    expect(valid.pupils.map((p) => p.id)).toEqual(['P-0001', 'P-0002']);
    expect(valid.assignees.map((a) => a.name)).toEqual(['Jane Smith', 'Omar Khan']);
    expect(valid).toMatchObject({
      requestId: 'req-1',
      dueDate: '2027-01-22',
      estimatedMinutes: 30,
      taskType: 'pupil-voice',
    });
  });

  it('trims text and drops repeated ids and blank entries', () => {
    const request = aRequest({ title: '  Observation  ', pupilIds: [' P-0001 ', 'P-0001', ''] });

    const valid = validateRequest(request, context);

    expect(valid.title).toBe('Observation');
    expect(valid.pupils).toHaveLength(1);
  });

  it('matches addresses whatever their case and uses the Staff tab’s spelling', () => {
    const valid = validateRequest(aRequest({ assigneeEmails: ['JANE.SMITH@example.sch.uk'] }), context);

    expect(valid.assignees[0]?.email).toBe('jane.smith@example.sch.uk');
  });

  it('accepts a due date of today', () => {
    const valid = validateRequest(aRequest({ dueDate: TODAY }), context);

    expect(valid.dueDate).toBe(TODAY);
  });

  it('accepts a custom task with no type and no estimate', () => {
    const valid = validateRequest(aRequest({ taskType: undefined, estimatedMinutes: undefined }), context);

    expect([valid.taskType, valid.estimatedMinutes]).toEqual(['', '']);
  });

  it('accepts an address outside the domain when Settings allows it', () => {
    const allowing = { ...context, settings: someSettings({ allowOutsideDomain: true }) };

    const valid = validateRequest(aRequest({ assigneeEmails: ['sam.home@gmail.com'] }), allowing);

    expect(valid.assignees[0]?.name).toBe('Sam Home');
  });

  it('uses the SENCO’s domain when no email domain is set', () => {
    const settings = someSettings({ emailDomain: '', sencoEmail: 'senco@example.sch.uk' });

    const valid = validateRequest(aRequest(), { ...context, settings });

    expect(valid.assignees).toHaveLength(2);
  });
});

describe('validateRequest: rejects', () => {
  it('throws a UserError, by name, for a mistake the SENCO can fix', () => {
    const error = rejection(aRequest({ title: '' }));

    expect(error).toBeInstanceOf(UserError);
    expect(error.name).toBe('UserError');
  });

  it('names an unknown pupil id', () => {
    const error = rejection(aRequest({ pupilIds: ['P-0001', 'P-0999'] }));

    expect(error.message).toBe('Pupil id P-0999 is not on the register.');
  });

  it('names every unknown pupil id', () => {
    const error = rejection(aRequest({ pupilIds: ['P-0998', 'P-0999', 'P-0997'] }));

    expect(error.message).toBe('Pupil ids P-0998, P-0999 and P-0997 are not on the register.');
  });

  it('asks for at least one pupil', () => {
    const error = rejection(aRequest({ pupilIds: [] }));

    expect(error.message).toBe('Choose at least one pupil.');
  });

  it('asks for at least one person', () => {
    const error = rejection(aRequest({ assigneeEmails: 'jane.smith@example.sch.uk' }));

    expect(error.message).toBe('Choose at least one person in "Assign to".');
  });

  it('names an address that is not on the Staff tab', () => {
    const error = rejection(aRequest({ assigneeEmails: ['new.ta@example.sch.uk'] }));

    expect(error.message).toBe('new.ta@example.sch.uk is not on the Staff tab. Add them there first.');
  });

  it('names several addresses that are not on the Staff tab', () => {
    const error = rejection(aRequest({ assigneeEmails: ['a@example.sch.uk', 'b@example.sch.uk'] }));

    expect(error.message).toBe(
      'a@example.sch.uk and b@example.sch.uk are not on the Staff tab. Add them there first.',
    );
  });

  it('names a malformed address', () => {
    const error = rejection(aRequest({ assigneeEmails: ['jane smith'] }));

    expect(error.message).toBe('"jane smith" is not an email address.');
  });

  it('refuses someone marked inactive', () => {
    const error = rejection(aRequest({ assigneeEmails: ['pat.lee@example.sch.uk'] }));

    expect(error.message).toBe('Pat Lee is marked inactive on the Staff tab.');
  });

  it('refuses an address outside the school’s domain', () => {
    const error = rejection(aRequest({ assigneeEmails: ['sam.home@gmail.com'] }));

    expect(error.message).toBe(
      'sam.home@gmail.com is outside example.sch.uk. Notices only go to school addresses unless Settings allows others.',
    );
  });

  it('asks for an email domain when none is set and none can be inferred', () => {
    const settings = someSettings({ emailDomain: '', sencoEmail: '' });

    const error = rejection(aRequest(), { ...context, settings });

    expect(error.message).toBe(
      'Set "Email domain" in the Settings tab (for example school.org.uk) so notices only go to school addresses.',
    );
  });

  it('asks for a title when it is empty or blank', () => {
    const messages = ['', '   ', undefined].map((title) => rejection(aRequest({ title })).message);

    expect(messages).toEqual(['Give the task a title.', 'Give the task a title.', 'Give the task a title.']);
  });

  it('refuses a very long title', () => {
    const error = rejection(aRequest({ title: 'x'.repeat(201) }));

    expect(error.message).toBe('Keep the title under 200 characters.');
  });

  it('refuses very long instructions', () => {
    const error = rejection(aRequest({ instructions: 'x'.repeat(2001) }));

    expect(error.message).toBe('Keep the instructions under 2000 characters.');
  });

  it('rejects a due date that does not exist', () => {
    const error = rejection(aRequest({ dueDate: '2027-02-30' }));

    expect(error.message).toBe('The due date 2027-02-30 does not exist.');
  });

  it('rejects a due date not written YYYY-MM-DD', () => {
    const error = rejection(aRequest({ dueDate: '22/01/2027' }));

    expect(error.message).toBe('The due date "22/01/2027" is not a date (use YYYY-MM-DD).');
  });

  it('asks for a due date', () => {
    const error = rejection(aRequest({ dueDate: '' }));

    expect(error.message).toBe('Choose a due date.');
  });

  it('rejects a due date in the past', () => {
    const error = rejection(aRequest({ dueDate: '2027-01-12' }));

    expect(error.message).toBe('The due date 12 Jan 2027 is in the past.');
  });

  it.each([-5, 1.5, 'lots', 6001])('rejects %p estimated minutes', (estimatedMinutes) => {
    const error = rejection(aRequest({ estimatedMinutes }));

    expect(error.message).toBe('Estimated minutes must be a whole number between 0 and 6000.');
  });

  it('refuses to create more than the maximum number of tasks at once', () => {
    const pupils = Array.from({ length: MAX_TASKS_PER_REQUEST + 1 }, (_, i) => aPupil({ id: `P-${i}` }));

    const error = rejection(
      aRequest({ pupilIds: pupils.map((p) => p.id), assigneeEmails: ['jane.smith@example.sch.uk'] }),
      {
        ...context,
        pupils,
      },
    );

    expect(error.message).toBe(
      'That would create 501 tasks; delegate at most 500 at once (fewer pupils or people).',
    );
  });

  it('names an unknown task type', () => {
    const error = rejection(aRequest({ taskType: 'make-tea' }));

    expect(error.message).toBe('"make-tea" is not a known task type.');
  });

  it('asks for a reload when the request has no id', () => {
    const error = rejection(aRequest({ requestId: ' ' }));

    expect(error.message).toBe('The request has no id. Reload the sidebar and try again.');
  });

  it('rejects something that is not a request', () => {
    const messages = [null, 'delegate', 42].map((request) => rejection(request).message);

    expect(new Set(messages)).toEqual(new Set(['The sidebar sent an empty request.']));
  });
});

describe('schoolDomain', () => {
  it('is the email domain setting, else the SENCO’s domain', () => {
    const domains = [
      schoolDomain(someSettings({ emailDomain: 'school.org.uk' })),
      schoolDomain(someSettings({ emailDomain: '', sencoEmail: 'senco@Other.sch.uk' })),
    ];

    expect(domains).toEqual(['school.org.uk', 'other.sch.uk']);
  });
});

describe('planTasks', () => {
  const valid = validateRequest(aRequest(), context);

  it('plans one task per pupil and person, grouped by person', () => {
    const tasks = planTasks(
      valid,
      ['T-000001', 'T-000002', 'T-000003', 'T-000004'],
      '2027-01-13T09:00:00.000Z',
    );

    expect(tasks.map((t) => [t.id, t.assigneeName, t.pupilId])).toEqual([
      ['T-000001', 'Jane Smith', 'P-0001'],
      ['T-000002', 'Jane Smith', 'P-0002'],
      ['T-000003', 'Omar Khan', 'P-0001'],
      ['T-000004', 'Omar Khan', 'P-0002'],
    ]);
  });

  it('fills each task from the request, not started and not yet notified', () => {
    const [task] = planTasks(valid, ['T-000001'], '2027-01-13T09:00:00.000Z');

    expect(task).toEqual({
      id: 'T-000001',
      created: '2027-01-13T09:00:00.000Z',
      pupilId: 'P-0001',
      pupilLabel: 'Amara Okafor',
      taskType: 'pupil-voice',
      title: 'Collect pupil voice',
      instructions: 'Ask what helps in lessons.',
      assigneeEmail: 'jane.smith@example.sch.uk',
      assigneeName: 'Jane Smith',
      due: '2027-01-22',
      status: 'Not started',
      completed: '',
      notes: '',
      minutes: 30,
      requestId: 'req-1',
      notifiedAt: '',
      lastReminder: '',
      checkedBySenco: '',
      escalated: '',
    });
  });

  it('calls a task with no type "custom"', () => {
    const custom = validateRequest(aRequest({ taskType: '' }), context);

    const tasks = planTasks(custom, ['T-000001'], '2027-01-13T09:00:00.000Z');

    expect(tasks[0]?.taskType).toBe('custom');
  });
});

describe('delegationWarnings', () => {
  const base: ValidRequest = validateRequest(aRequest(), context);

  it('has nothing to say about a school-day due date with no duplicates', () => {
    const warnings = delegationWarnings(base, [], []);

    expect(warnings).toEqual([]);
  });

  it('warns about a due date at the weekend', () => {
    const warnings = delegationWarnings({ ...base, dueDate: '2027-01-16' }, [], []);

    expect(warnings).toEqual(['The due date, Sat 16 Jan 2027, is a weekend.']);
  });

  it('warns about a due date in a school holiday', () => {
    const holidays = [{ start: '2027-02-15', end: '2027-02-19' }];

    const warnings = delegationWarnings({ ...base, dueDate: '2027-02-17' }, [], holidays);

    expect(warnings).toEqual(['The due date, Wed 17 Feb 2027, is in a school holiday.']);
  });

  it('warns when the same person already has the same open task for the pupil', () => {
    const open = aTask({
      id: 'T-000007',
      pupilId: 'P-0002',
      pupilLabel: 'Kofi Mensah',
      assigneeEmail: 'Omar.Khan@example.sch.uk',
      assigneeName: 'Omar Khan',
    });

    const warnings = delegationWarnings(base, [open], []);

    expect(warnings).toEqual([
      'Omar Khan already had an open "Collect pupil voice" task for Kofi Mensah (T-000007).',
    ]);
  });

  it('does not warn about a different task for the same pupil', () => {
    const open = aTask({ title: 'Observation', taskType: 'observation' });

    const warnings = delegationWarnings(base, [open], []);

    expect(warnings).toEqual([]);
  });
});
