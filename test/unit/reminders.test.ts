import { createdDate, planReminders, weeklySummary } from '../../src/core/reminders';
import type { Task } from '../../src/core/types';
import { aTask, HOLIDAYS_2026_27 } from './fixtures';

const WEDNESDAY = '2027-01-13';
const settings = { reminderDays: 2, escalationDays: 5, holidays: [] as { start: string; end: string }[] };
const nobody: ReadonlySet<string> = new Set();

function plan(tasks: Task[], today = WEDNESDAY, overrides: Partial<typeof settings> = {}, digested = nobody) {
  return planReminders({ tasks, today, settings: { ...settings, ...overrides }, alreadyDigested: digested });
}

describe('planReminders: digests', () => {
  it('lists a task due tomorrow once, as due soon', () => {
    const task = aTask({ due: '2027-01-14' });

    const { digests } = plan([task]);

    expect(digests).toEqual([
      { email: 'jane.smith@example.sch.uk', name: 'Jane Smith', dueSoon: [task], overdue: [] },
    ]);
  });

  it('lists a task due today as due soon', () => {
    const task = aTask({ due: WEDNESDAY });

    const { digests } = plan([task]);

    expect(digests[0]?.dueSoon).toEqual([task]);
  });

  it('lists a task due exactly reminderDays school days ahead', () => {
    const task = aTask({ due: '2027-01-15' });

    const { digests } = plan([task]);

    expect(digests[0]?.dueSoon).toEqual([task]);
  });

  it('leaves out a task due further ahead than reminderDays school days', () => {
    const task = aTask({ due: '2027-01-18' });

    const { digests } = plan([task]);

    expect(digests).toEqual([]);
  });

  it('counts school days, so a Monday task is due soon on the Thursday before', () => {
    const task = aTask({ due: '2027-01-18' });

    const { digests } = plan([task], '2027-01-14');

    expect(digests[0]?.dueSoon).toEqual([task]);
  });

  it('skips a bank-holiday Monday when counting how soon a task is due', () => {
    const task = aTask({ due: '2027-05-04' });

    const withHoliday = plan([task], '2027-04-29', { holidays: HOLIDAYS_2026_27 });
    const without = plan([task], '2027-04-29');

    expect(withHoliday.digests[0]?.dueSoon).toEqual([task]);
    expect(without.digests).toEqual([]);
  });

  it('lists a task due yesterday as overdue', () => {
    const task = aTask({ due: '2027-01-12' });

    const { digests } = plan([task]);

    expect(digests[0]).toMatchObject({ dueSoon: [], overdue: [task] });
  });

  it('reminds only about tasks not started or in progress', () => {
    const tasks = (['Done', "Can't do", 'Cancelled'] as const).map((status, i) =>
      aTask({ id: `T-00000${i}`, status, due: '2027-01-12' }),
    );

    const { digests } = plan(tasks);

    expect(digests).toEqual([]);
  });

  it('reminds about a task in progress', () => {
    const task = aTask({ status: 'In progress', due: '2027-01-14' });

    const { digests } = plan([task]);

    expect(digests[0]?.dueSoon).toEqual([task]);
  });

  it('leaves out a task with no due date', () => {
    const task = aTask({ due: '' });

    const { digests } = plan([task]);

    expect(digests).toEqual([]);
  });

  it('sends one digest per person, matching addresses whatever their case', () => {
    const tasks = [
      aTask({ id: 'T-000001', due: '2027-01-14' }),
      aTask({ id: 'T-000002', due: '2027-01-12', assigneeEmail: 'Jane.Smith@Example.sch.uk' }),
    ];

    const { digests } = plan(tasks);

    expect(digests).toHaveLength(1);
    expect(digests[0]?.dueSoon.map((t) => t.id)).toEqual(['T-000001']);
    expect(digests[0]?.overdue.map((t) => t.id)).toEqual(['T-000002']);
  });

  it('skips people already sent a digest today', () => {
    const tasks = [
      aTask({ id: 'T-000001', due: '2027-01-14', assigneeEmail: 'Jane.Smith@example.sch.uk' }),
      aTask({
        id: 'T-000002',
        due: '2027-01-14',
        assigneeEmail: 'omar.khan@example.sch.uk',
        assigneeName: 'Omar Khan',
      }),
    ];

    const { digests } = plan(tasks, WEDNESDAY, {}, new Set(['jane.smith@example.sch.uk']));

    expect(digests.map((d) => d.email)).toEqual(['omar.khan@example.sch.uk']);
  });

  it('orders each list by due date', () => {
    const tasks = [
      aTask({ id: 'T-000003', due: '2027-01-15' }),
      aTask({ id: 'T-000001', due: '2027-01-13' }),
      aTask({ id: 'T-000004', due: '2027-01-08' }),
      aTask({ id: 'T-000002', due: '2027-01-11' }),
    ];

    const { digests } = plan(tasks);

    expect(digests[0]?.dueSoon.map((t) => t.due)).toEqual(['2027-01-13', '2027-01-15']);
    expect(digests[0]?.overdue.map((t) => t.due)).toEqual(['2027-01-08', '2027-01-11']);
  });

  it('orders digests by name', () => {
    const tasks = [
      aTask({
        id: 'T-000001',
        due: '2027-01-14',
        assigneeName: 'Zoe Brown',
        assigneeEmail: 'zoe@example.sch.uk',
      }),
      aTask({
        id: 'T-000002',
        due: '2027-01-14',
        assigneeName: 'Ali Reid',
        assigneeEmail: 'ali@example.sch.uk',
      }),
    ];

    const { digests } = plan(tasks);

    expect(digests.map((d) => d.name)).toEqual(['Ali Reid', 'Zoe Brown']);
  });

  it('plans nothing on a Saturday', () => {
    const task = aTask({ due: '2027-01-15', status: "Can't do" });

    const result = plan([task, aTask({ id: 'T-000002', due: '2027-01-18' })], '2027-01-16');

    expect(result).toEqual({ digests: [], escalation: null, weeklySummaryDue: false });
  });

  it('plans nothing during a holiday', () => {
    const task = aTask({ due: '2026-12-18' });

    const result = plan([task], '2026-12-22', { holidays: HOLIDAYS_2026_27 });

    expect(result).toEqual({ digests: [], escalation: null, weeklySummaryDue: false });
  });

  it('hands back the tasks it was given, with their log rows', () => {
    const task = { ...aTask({ due: '2027-01-14' }), row: 7 };

    const { digests } = planReminders({ tasks: [task], today: WEDNESDAY, settings, alreadyDigested: nobody });

    expect(digests[0]?.dueSoon[0]?.row).toBe(7);
  });
});

describe('planReminders: escalation', () => {
  it('escalates a task overdue by more than escalationDays school days', () => {
    const task = aTask({ due: '2027-01-05' });

    const { escalation } = plan([task]);

    expect(escalation).toEqual({ overdue: [{ task, schoolDaysOverdue: 6 }], cantDo: [] });
  });

  it('does not escalate a task overdue by exactly escalationDays school days', () => {
    const task = aTask({ due: '2027-01-06' });

    const { escalation } = plan([task]);

    expect(escalation).toBeNull();
  });

  it('does not escalate a task that was escalated before', () => {
    const task = aTask({ due: '2026-12-01', escalated: '2026-12-09' });

    const { escalation } = plan([task]);

    expect(escalation).toBeNull();
  });

  it('still reminds the assignee about a task already escalated', () => {
    const task = aTask({ due: '2026-12-01', escalated: '2026-12-09' });

    const { digests } = plan([task]);

    expect(digests[0]?.overdue).toEqual([task]);
  });

  it('counts only school days when deciding a task is overdue enough, skipping Christmas', () => {
    const task = aTask({ due: '2026-12-16' });

    const { escalation } = plan([task], '2027-01-05', { holidays: HOLIDAYS_2026_27 });

    expect(escalation).toBeNull();
  });

  it('escalates a "Can\'t do" task that has not been escalated', () => {
    const task = aTask({ status: "Can't do", due: '2027-01-20' });

    const { escalation } = plan([task]);

    expect(escalation).toEqual({ overdue: [], cantDo: [task] });
  });

  it('escalates a "Can\'t do" task only once', () => {
    const task = aTask({ status: "Can't do", escalated: '2027-01-12' });

    const { escalation } = plan([task]);

    expect(escalation).toBeNull();
  });

  it('does not escalate done or cancelled tasks however old', () => {
    const tasks = [
      aTask({ id: 'T-000001', status: 'Done', due: '2026-11-01' }),
      aTask({ id: 'T-000002', status: 'Cancelled', due: '2026-11-01' }),
    ];

    const { escalation } = plan(tasks);

    expect(escalation).toBeNull();
  });

  it('escalates even when the assignee already had their digest today', () => {
    const task = aTask({ due: '2027-01-05' });

    const { escalation } = plan([task], WEDNESDAY, {}, new Set(['jane.smith@example.sch.uk']));

    expect(escalation?.overdue).toHaveLength(1);
  });

  it('lists the most overdue first', () => {
    const tasks = [
      aTask({ id: 'T-000001', due: '2027-01-04' }),
      aTask({ id: 'T-000002', due: '2026-12-14' }),
    ];

    const { escalation } = plan(tasks);

    expect(escalation?.overdue.map((o) => o.task.id)).toEqual(['T-000002', 'T-000001']);
  });
});

describe('planReminders: weekly summary', () => {
  it('is due on a Monday', () => {
    const result = plan([], '2027-01-11');

    expect(result.weeklySummaryDue).toBe(true);
  });

  it('is not due mid-week', () => {
    const result = plan([], WEDNESDAY);

    expect(result.weeklySummaryDue).toBe(false);
  });

  it('is due on the Tuesday after a bank-holiday Monday', () => {
    const result = plan([], '2027-05-04', { holidays: HOLIDAYS_2026_27 });

    expect(result.weeklySummaryDue).toBe(true);
  });

  it('is not due on an ordinary Tuesday', () => {
    const result = plan([], '2027-01-12', { holidays: HOLIDAYS_2026_27 });

    expect(result.weeklySummaryDue).toBe(false);
  });

  it('is due on the first day back after the Christmas holiday', () => {
    const result = plan([], '2027-01-04', { holidays: HOLIDAYS_2026_27 });

    expect(result.weeklySummaryDue).toBe(true);
  });
});

describe('planReminders: speed', () => {
  it('plans 20,000 tasks in well under half a second', () => {
    const statuses = ['Not started', 'In progress', 'Done', "Can't do", 'Cancelled'] as const;
    const tasks = Array.from({ length: 20_000 }, (_, i) =>
      aTask({
        id: `T-${String(i).padStart(6, '0')}`,
        assigneeEmail: `person${i % 61}@example.sch.uk`,
        assigneeName: `Person ${i % 61}`,
        status: statuses[i % statuses.length]!,
        due: new Date(Date.UTC(2026, 8, 1 + (i % 300))).toISOString().slice(0, 10),
      }),
    );
    const started = performance.now();

    const result = planReminders({
      tasks,
      today: WEDNESDAY,
      settings: { ...settings, holidays: HOLIDAYS_2026_27 },
      alreadyDigested: nobody,
    });

    expect(performance.now() - started).toBeLessThan(500);
    expect(result.digests).toHaveLength(61);
  });
});

describe('createdDate', () => {
  it('takes the date part of an ISO instant', () => {
    const date = createdDate({ created: '2027-01-15T09:30:00.000Z' });

    expect(date).toBe('2027-01-15');
  });

  it('reads a date typed in the UK style', () => {
    const date = createdDate({ created: '15/01/2027' });

    expect(date).toBe('2027-01-15');
  });

  it('is empty when there is no date', () => {
    const date = createdDate({ created: '' });

    expect(date).toBe('');
  });
});

describe('weeklySummary', () => {
  const MONDAY = '2027-01-18';
  const omar = { assigneeName: 'Omar Khan', assigneeEmail: 'omar.khan@example.sch.uk' };

  it('covers the week from last Monday to yesterday', () => {
    const summary = weeklySummary([], MONDAY, []);

    expect([summary.from, summary.to]).toEqual(['2027-01-11', '2027-01-17']);
  });

  it('after a bank-holiday Monday, covers from the previous Monday to the holiday', () => {
    const summary = weeklySummary([], '2027-05-04', HOLIDAYS_2026_27);

    expect([summary.from, summary.to]).toEqual(['2027-04-26', '2027-05-03']);
  });

  it('after half term, goes back to the last summary before the holiday', () => {
    const summary = weeklySummary([], '2026-11-02', HOLIDAYS_2026_27);

    expect([summary.from, summary.to]).toEqual(['2026-10-19', '2026-11-01']);
  });

  it('covers the last seven days when no school day is found for months', () => {
    const holidays = [{ start: '2026-06-01', end: '2027-01-17' }];

    const summary = weeklySummary([], MONDAY, holidays);

    expect([summary.from, summary.to]).toEqual(['2027-01-11', '2027-01-17']);
  });

  it('counts tasks created in the period as delegated', () => {
    const tasks = [
      aTask({ id: 'T-000001', created: '2027-01-10T23:00:00.000Z' }),
      aTask({ id: 'T-000002', created: '2027-01-11T08:00:00.000Z' }),
      aTask({ id: 'T-000003', created: '2027-01-17T20:00:00.000Z' }),
      aTask({ id: 'T-000004', created: '2027-01-18T08:00:00.000Z' }),
    ];

    const summary = weeklySummary(tasks, MONDAY, []);

    expect(summary.totals.delegated).toBe(2);
  });

  it('counts tasks completed in the period as done', () => {
    const tasks = [
      aTask({ id: 'T-000001', status: 'Done', completed: '2027-01-12' }),
      aTask({ id: 'T-000002', status: 'Done', completed: '2027-01-05' }),
    ];

    const summary = weeklySummary(tasks, MONDAY, []);

    expect(summary.totals.done).toBe(1);
  });

  it("counts open, overdue and can't-do tasks as they stand today", () => {
    const tasks = [
      aTask({ id: 'T-000001', due: '2027-01-15' }),
      aTask({ id: 'T-000002', due: '2027-01-20', status: 'In progress' }),
      aTask({ id: 'T-000003', due: '2027-01-15', status: "Can't do" }),
      aTask({ id: 'T-000004', due: '2027-01-15', status: 'Done', completed: '2026-12-01' }),
    ];

    const summary = weeklySummary(tasks, MONDAY, []);

    expect(summary.totals).toMatchObject({ open: 3, overdue: 1, cantDo: 1 });
  });

  it('leaves cancelled tasks out of every count', () => {
    const task = aTask({ status: 'Cancelled', created: '2027-01-12T08:00:00.000Z', due: '2027-01-12' });

    const summary = weeklySummary([task], MONDAY, []);

    expect(summary.people).toEqual([]);
    expect(summary.totals).toEqual({ delegated: 0, done: 0, open: 0, overdue: 0, cantDo: 0 });
  });

  it('gives one line per person, sorted by name, adding up to the totals', () => {
    const tasks = [
      aTask({ id: 'T-000001', ...omar, due: '2027-01-12' }),
      aTask({ id: 'T-000002', due: '2027-01-22' }),
      aTask({ id: 'T-000003', ...omar, assigneeEmail: 'OMAR.KHAN@example.sch.uk', due: '2027-01-22' }),
    ];

    const summary = weeklySummary(tasks, MONDAY, []);

    expect(summary.people.map((p) => [p.name, p.open, p.overdue])).toEqual([
      ['Jane Smith', 1, 0],
      ['Omar Khan', 2, 1],
    ]);
    expect(summary.totals.open).toBe(3);
  });
});
