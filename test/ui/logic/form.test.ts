import { addSchoolDays, describeDueDate } from '../../../sidebar/dueDate';
import { describePlan, fingerprint, toRequest } from '../../../sidebar/request';
import { newRequestId, RequestIds } from '../../../sidebar/requestId';
import { describeResult, listNames } from '../../../sidebar/resultText';
import { type FormValues, firstError, validateForm } from '../../../sidebar/validation';
import type { SidebarStaff } from '../../../src/core/rpc';

const VALID: FormValues = {
  pupilIds: ['P1'],
  assigneeEmails: ['j.smith@example.school'],
  title: 'Collect pupil voice',
  instructions: '',
  minutes: '',
  dueDate: '2027-01-20',
  taskType: '',
};
const TODAY = '2027-01-13';

describe('addSchoolDays', () => {
  it('skips weekends', () => {
    // Wed 13 Jan 2027 + 3 school days = Mon 18 Jan.
    expect(addSchoolDays('2027-01-13', 3)).toBe('2027-01-18');
  });

  it('lands on Monday from a Friday', () => {
    expect(addSchoolDays('2027-01-15', 1)).toBe('2027-01-18');
  });

  it('keeps today for 0 days', () => {
    expect(addSchoolDays('2027-01-16', 0)).toBe('2027-01-16');
  });
});

describe('describeDueDate', () => {
  it('shows the UK form with the day', () => {
    expect(describeDueDate('2027-01-15')).toBe('Fri 15 Jan 2027');
  });

  it('flags a weekend', () => {
    expect(describeDueDate('2027-01-16')).toBe('Sat 16 Jan 2027 (weekend)');
  });

  it('is empty for no date', () => {
    expect(describeDueDate('')).toBe('');
  });
});

describe('validateForm', () => {
  it('accepts a complete form', () => {
    expect(validateForm(VALID, TODAY, 3)).toEqual({});
  });

  it('asks for a pupil, a title, an assignee and a date', () => {
    const errors = validateForm(
      { ...VALID, pupilIds: [], title: '  ', assigneeEmails: [], dueDate: '' },
      TODAY,
      3,
    );

    expect(errors).toEqual({
      pupils: 'Choose at least one pupil.',
      title: 'Give the task a title, or choose one under Task.',
      assignees: 'Choose at least one person to assign it to.',
      dueDate: 'Choose a due date.',
    });
    expect(firstError(errors)).toBe('pupils');
  });

  it('rejects a due date in the past, naming it', () => {
    expect(validateForm({ ...VALID, dueDate: '2027-01-12' }, TODAY, 3).dueDate).toBe(
      'Tue 12 Jan 2027 is in the past: choose today or later.',
    );
  });

  it('accepts today', () => {
    expect(validateForm({ ...VALID, dueDate: TODAY }, TODAY, 3)).toEqual({});
  });

  it('rejects a date that does not exist', () => {
    expect(validateForm({ ...VALID, dueDate: '2027-02-30' }, TODAY, 3).dueDate).toMatch(/does not exist/);
  });

  it('rejects minutes that are not a whole number', () => {
    expect(validateForm({ ...VALID, minutes: '2.5' }, TODAY, 3).minutes).toMatch(/whole number/);
    expect(validateForm({ ...VALID, minutes: '-5' }, TODAY, 3).minutes).toMatch(/whole number/);
  });

  it('says to add staff when the Staff tab is empty', () => {
    expect(validateForm({ ...VALID, assigneeEmails: [] }, TODAY, 0).assignees).toBe(
      'Add staff to the Staff tab first, then reload.',
    );
  });
});

describe('toRequest', () => {
  it('sends optional fields only when they hold something', () => {
    expect(toRequest(VALID, 'id-1')).toEqual({
      requestId: 'id-1',
      pupilIds: ['P1'],
      assigneeEmails: ['j.smith@example.school'],
      title: 'Collect pupil voice',
      dueDate: '2027-01-20',
    });
  });

  it('trims text and turns minutes into a number', () => {
    const request = toRequest(
      { ...VALID, title: ' Observe ', instructions: ' In maths ', minutes: '40', taskType: 'observation' },
      'id-2',
    );

    expect(request).toMatchObject({
      title: 'Observe',
      instructions: 'In maths',
      estimatedMinutes: 40,
      taskType: 'observation',
    });
  });

  it('fingerprints content without the id', () => {
    expect(fingerprint(toRequest(VALID, 'a'))).toBe(fingerprint(toRequest(VALID, 'b')));
  });
});

describe('describePlan', () => {
  it('multiplies pupils by people', () => {
    expect(describePlan(3, 2)).toBe('3 pupils × 2 people = 6 tasks');
    expect(describePlan(1, 1)).toBe('1 pupil × 1 person = 1 task');
  });

  it('says what is missing', () => {
    expect(describePlan(0, 0)).toBe('Choose pupils and who to assign to.');
    expect(describePlan(2, 0)).toBe('2 pupils: choose who to assign to.');
  });
});

describe('RequestIds', () => {
  it('gives a fresh id each time', () => {
    let n = 0;
    const ids = new RequestIds(() => `id-${++n}`);

    expect([ids.idFor('x'), ids.idFor('x')]).toEqual(['id-1', 'id-2']);
  });

  it('reuses a failed id for exactly the same request', () => {
    const ids = new RequestIds(() => 'fresh');
    ids.failedWith('x', 'old');

    expect([ids.idFor('x'), ids.idFor('y')]).toEqual(['old', 'fresh']);
  });

  it('forgets the failed id after a success', () => {
    const ids = new RequestIds(() => 'fresh');
    ids.failedWith('x', 'old');
    ids.succeeded();

    expect(ids.idFor('x')).toBe('fresh');
  });

  it('makes UUID-shaped ids', () => {
    expect(newRequestId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe('describeResult', () => {
  const staff: SidebarStaff[] = [
    { name: 'J Smith', email: 'j.smith@example.school', role: 'TA' },
    { name: 'A Khan', email: 'a.khan@example.school', role: 'HLTA' },
  ];

  it('reports one assignee and one notice', () => {
    const result = { taskIds: ['T1', 'T2', 'T3'], notified: ['j.smith@example.school'] };

    expect(describeResult(result, ['j.smith@example.school'], staff)).toBe(
      '3 tasks delegated to J Smith; notice sent.',
    );
  });

  it('reports two assignees and two notices', () => {
    const result = {
      taskIds: ['1', '2', '3', '4', '5', '6'],
      notified: ['j.smith@example.school', 'a.khan@example.school'],
    };

    expect(describeResult(result, ['j.smith@example.school', 'a.khan@example.school'], staff)).toBe(
      '6 tasks delegated to J Smith and A Khan; 2 notices sent.',
    );
  });

  it('says when notices were not all sent', () => {
    const emails = ['j.smith@example.school', 'a.khan@example.school'];
    expect(describeResult({ taskIds: ['1', '2'], notified: ['a.khan@example.school'] }, emails, staff)).toBe(
      '2 tasks delegated to J Smith and A Khan; 1 of 2 notices sent.',
    );
    expect(describeResult({ taskIds: ['1'], notified: [] }, ['j.smith@example.school'], staff)).toBe(
      '1 task delegated to J Smith; no notice sent.',
    );
  });

  it('falls back to the address for someone not in the list', () => {
    expect(
      describeResult({ taskIds: ['1'], notified: ['x@example.school'] }, ['x@example.school'], staff),
    ).toBe('1 task delegated to x@example.school; notice sent.');
  });

  it('joins three names with commas and "and"', () => {
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
