/** The Delegated, pupil and Overview views' pure logic: filters → query, dates, sentences. */
import { checkNewDue, checkReassign, reassignChoices } from '../../../sidebar/delegated/actionChecks';
import { LatestOnly } from '../../../sidebar/delegated/latest';
import {
  ALL_TASKS,
  DEFAULT_FILTERS,
  DUE_CHOICES,
  dueRange,
  endOfWeek,
  isDueFilter,
  isStatusFilter,
  STATUS_CHOICES,
  sameFilters,
  type TaskFilters,
  toQuery,
} from '../../../sidebar/delegated/query';
import {
  countLine,
  formatMinutes,
  formatPercent,
  historyHeading,
  isOpenStatus,
  quietSentence,
  statusTone,
  ukDateOrDash,
  unsentWarning,
  whoAndWhen,
} from '../../../sidebar/delegated/text';
import type { TaskSummary } from '../../../src/core/rpc';

// Wed 13 Jan 2027.
const TODAY = '2027-01-13';

function filters(overrides: Partial<TaskFilters> = {}): TaskFilters {
  return { ...DEFAULT_FILTERS, ...overrides };
}

function task(overrides: Partial<TaskSummary> = {}): TaskSummary {
  return {
    id: 'T-000001',
    pupilId: 'P1',
    pupilName: 'Amara Okafor',
    title: 'Collect pupil voice',
    taskType: 'pupil-voice',
    assigneeName: 'Amir Khan',
    assigneeEmail: 'a.khan@example.school',
    created: '2027-01-05',
    due: '2027-01-12',
    status: 'Not started',
    completed: '',
    notes: '',
    minutes: 30,
    checkedBySenco: '',
    overdue: false,
    ...overrides,
  };
}

describe('endOfWeek', () => {
  it('is the Sunday after a weekday', () => {
    expect(endOfWeek('2027-01-13')).toBe('2027-01-17');
  });

  it('is the same day on a Sunday', () => {
    expect(endOfWeek('2027-01-17')).toBe('2027-01-17');
  });

  it('is six days on from a Monday, across a month end', () => {
    expect(endOfWeek('2027-01-25')).toBe('2027-01-31');
    expect(endOfWeek('2027-03-01')).toBe('2027-03-07');
  });
});

describe('dueRange', () => {
  it('has no bounds for any time', () => {
    expect(dueRange('any', TODAY)).toEqual({});
  });

  it('runs from today to Sunday for this week', () => {
    expect(dueRange('thisWeek', TODAY)).toEqual({ dueFrom: '2027-01-13', dueTo: '2027-01-17' });
  });

  it('covers today and the 13 days after it for the next 2 weeks', () => {
    expect(dueRange('next2Weeks', TODAY)).toEqual({ dueFrom: '2027-01-13', dueTo: '2027-01-26' });
  });

  it('ends yesterday for overdue', () => {
    expect(dueRange('overdue', '2027-03-01')).toEqual({ dueTo: '2027-02-28' });
  });
});

describe('toQuery', () => {
  it('asks for open tasks by default, with the limit', () => {
    expect(toQuery(DEFAULT_FILTERS, TODAY, 50)).toEqual({ status: 'open', limit: 50 });
  });

  it('leaves the status out for All', () => {
    expect(toQuery(ALL_TASKS, TODAY, 50)).toEqual({ limit: 50 });
  });

  it('passes the assignee, the pupil and a particular status', () => {
    const query = toQuery(
      filters({ assigneeEmail: 'a.khan@example.school', pupilId: 'P7', status: "Can't do" }),
      TODAY,
      100,
    );

    expect(query).toEqual({
      assigneeEmail: 'a.khan@example.school',
      pupilId: 'P7',
      status: "Can't do",
      limit: 100,
    });
  });

  it('adds the due range of this week', () => {
    expect(toQuery(filters({ due: 'thisWeek' }), TODAY, 50)).toEqual({
      status: 'open',
      dueFrom: '2027-01-13',
      dueTo: '2027-01-17',
      limit: 50,
    });
  });

  it('asks the server for overdue tasks when due Overdue meets open or every status', () => {
    for (const status of ['open', 'all'] as const) {
      expect(toQuery(filters({ status, due: 'overdue' }), TODAY, 50)).toEqual({
        status: 'overdue',
        dueTo: '2027-01-12',
        limit: 50,
      });
    }
  });

  it('keeps a particular status with due Overdue, as due before today', () => {
    expect(toQuery(filters({ status: 'Done', due: 'overdue' }), TODAY, 50)).toEqual({
      status: 'Done',
      dueTo: '2027-01-12',
      limit: 50,
    });
  });
});

describe('filter choices', () => {
  it('offers the statuses in the order the brief lists them', () => {
    expect(STATUS_CHOICES.map((c) => c.label)).toEqual([
      'All open',
      'Overdue',
      'Not started',
      'In progress',
      'Done',
      "Can't do",
      'Cancelled',
      'All',
    ]);
    expect(DUE_CHOICES.map((c) => c.label)).toEqual(['Any time', 'This week', 'Next 2 weeks', 'Overdue']);
  });

  it('recognises only its own values', () => {
    expect(isStatusFilter("Can't do")).toBe(true);
    expect(isStatusFilter('Finished')).toBe(false);
    expect(isDueFilter('next2Weeks')).toBe(true);
    expect(isDueFilter('tomorrow')).toBe(false);
  });

  it('compares filters field by field', () => {
    expect(sameFilters(filters(), { ...DEFAULT_FILTERS })).toBe(true);
    expect(sameFilters(filters(), filters({ pupilId: 'P1' }))).toBe(false);
  });
});

describe('checkReassign', () => {
  it('asks for a person when none is chosen', () => {
    expect(checkReassign('', 'a.khan@example.school')).toBe('Choose who should do it instead.');
  });

  it('refuses the current assignee, whatever the case of the address', () => {
    expect(checkReassign('A.Khan@example.school', 'a.khan@example.school')).toBe(
      'It is already with them: choose someone else.',
    );
  });

  it('accepts someone else', () => {
    expect(checkReassign('jo.smith@example.school', 'a.khan@example.school')).toBe('');
  });
});

describe('reassignChoices', () => {
  it('offers everyone on the Staff tab but the current assignee', () => {
    const staff = [{ email: 'a.khan@example.school' }, { email: 'jo.smith@example.school' }];

    expect(reassignChoices(staff, 'A.KHAN@example.school')).toEqual([{ email: 'jo.smith@example.school' }]);
  });
});

describe('checkNewDue', () => {
  it('asks for a date when the box is empty', () => {
    expect(checkNewDue('', '2027-01-20', TODAY)).toBe('Choose a date.');
  });

  it('rejects a date that does not exist', () => {
    expect(checkNewDue('2027-02-30', '2027-01-20', TODAY)).toBe('That date does not exist: choose another.');
  });

  it('rejects a date in the past, naming it the UK way', () => {
    expect(checkNewDue('2027-01-12', '2027-01-20', TODAY)).toBe(
      'Tue 12 Jan 2027 is in the past: choose today or later.',
    );
  });

  it('rejects the date the task already has', () => {
    expect(checkNewDue('2027-01-20', '2027-01-20', TODAY)).toBe(
      'That is already the due date: choose another.',
    );
  });

  it('accepts today', () => {
    expect(checkNewDue(TODAY, '2027-01-20', TODAY)).toBe('');
  });
});

describe('LatestOnly', () => {
  it('keeps only the newest of overlapping loads current', () => {
    const latest = new LatestOnly();

    const first = latest.begin();
    const second = latest.begin();

    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });
});

describe('sentences', () => {
  it('counts the listed tasks, saying when the list stops short', () => {
    expect(countLine(1, 1)).toBe('1 task');
    expect(countLine(7, 7)).toBe('7 tasks');
    expect(countLine(50, 230)).toBe('50 of 230 tasks');
  });

  it('writes dates the UK way, and a dash for none', () => {
    expect(ukDateOrDash('2027-01-15')).toBe('15 Jan 2027');
    expect(ukDateOrDash('')).toBe('—');
  });

  it('says who did a task and when', () => {
    expect(whoAndWhen(task({ status: 'Done', completed: '2027-01-14' }))).toBe(
      'Done by Amir Khan on 14 Jan 2027',
    );
    expect(whoAndWhen(task({ status: 'In progress' }))).toBe('With Amir Khan: in progress');
    expect(whoAndWhen(task({ status: "Can't do" }))).toBe('Amir Khan could not do it');
    expect(whoAndWhen(task({ status: 'Cancelled' }))).toBe('Cancelled (was with Amir Khan)');
  });

  it('names the assignee by address when the name is missing', () => {
    expect(whoAndWhen(task({ assigneeName: '', status: 'Done' }))).toBe('Done by a.khan@example.school');
  });

  it('counts quiet pupils, in the singular too', () => {
    expect(quietSentence(5, 6)).toBe('5 pupils on SEN support or with an EHCP have had no task for 6 weeks');
    expect(quietSentence(1, 6)).toBe('1 pupil on SEN support or with an EHCP has had no task for 6 weeks');
  });

  it('says plainly when no pupil is quiet', () => {
    expect(quietSentence(0, 6)).toBe(
      'Every pupil on SEN support or with an EHCP has had a task in the last 6 weeks.',
    );
  });

  it('speaks of a single week without a number', () => {
    expect(quietSentence(2, 1)).toBe('2 pupils on SEN support or with an EHCP have had no task for a week');
    expect(quietSentence(0, 1)).toBe(
      'Every pupil on SEN support or with an EHCP has had a task in the last week.',
    );
  });

  it('heads a pupil history with its count', () => {
    expect(historyHeading(3, 'Amara Okafor')).toBe('3 tasks for Amara Okafor');
    expect(historyHeading(0, 'Amara Okafor')).toBe('No tasks for Amara Okafor yet');
  });

  it('formats time handed off and the completion rate', () => {
    expect(formatMinutes(750)).toBe('12 h 30 min');
    expect(formatPercent(0.756)).toBe('76%');
  });
});

describe('statuses', () => {
  it('gives each status its chip colour, and a plain one to anything else', () => {
    expect(
      ['Not started', 'In progress', 'Done', "Can't do", 'Cancelled', 'Waiting'].map(statusTone),
    ).toEqual(['not-started', 'in-progress', 'done', 'cant-do', 'cancelled', 'other']);
  });

  it('treats not started, in progress and can’t do as open', () => {
    expect(['Not started', 'In progress', "Can't do", 'Done', 'Cancelled'].map(isOpenStatus)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('unsentWarning', () => {
  const before = { assigneeEmail: 'a.khan@example.school', assigneeName: 'Amir Khan' };
  const staff = [
    { email: 'a.khan@example.school', name: 'Amir Khan' },
    { email: 'jo.smith@example.school', name: 'Jo Smith' },
  ];
  const move = { taskId: 'T-1', action: 'reassign', assigneeEmail: 'jo.smith@example.school' } as const;

  it('says nothing when everyone expected was emailed', () => {
    expect(unsentWarning(move, before, ['jo.smith@example.school', 'A.Khan@example.school'], staff)).toBe('');
  });

  it('names whoever a move could not reach', () => {
    expect(unsentWarning(move, before, ['jo.smith@example.school'], staff)).toBe(
      'No email could be sent to Amir Khan just now: please tell them yourself.',
    );
    expect(unsentWarning(move, before, [], staff)).toBe(
      'No email could be sent to Jo Smith and Amir Khan just now: please tell them both yourself.',
    );
  });

  it('expects the assignee to hear of a cancellation', () => {
    expect(unsentWarning({ taskId: 'T-1', action: 'cancel' }, before, [], staff)).toBe(
      'No email could be sent to Amir Khan just now: please tell them yourself.',
    );
  });

  it('expects no email for a new date, a check, or a move to the same person', () => {
    expect(
      unsentWarning({ taskId: 'T-1', action: 'changeDue', dueDate: '2027-02-01' }, before, [], staff),
    ).toBe('');
    expect(unsentWarning({ taskId: 'T-1', action: 'markChecked' }, before, [], staff)).toBe('');
    expect(
      unsentWarning(
        { taskId: 'T-1', action: 'reassign', assigneeEmail: 'A.KHAN@example.school' },
        before,
        [],
        staff,
      ),
    ).toBe('');
  });
});
