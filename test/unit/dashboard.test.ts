import {
  buildDashboard,
  type Dashboard,
  dashboardGrid,
  formatMinutes,
  formatPercent,
} from '../../src/core/dashboard';
import type { Provision, Task } from '../../src/core/types';
import { aTask, HOLIDAYS_2026_27 } from './fixtures';

const WEDNESDAY = '2027-01-13';
const omar = { assigneeName: 'Omar Khan', assigneeEmail: 'omar.khan@example.sch.uk' };

function dashboardOf(
  tasks: Task[],
  pupils: { id: string; name: string; provision: Provision }[] = [],
  today = WEDNESDAY,
): Dashboard {
  return buildDashboard({ tasks, pupils, today, holidays: HOLIDAYS_2026_27 });
}

function aDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    perAssignee: [
      {
        name: 'Jane Smith',
        email: 'jane.smith@example.sch.uk',
        open: 3,
        dueThisWeek: 1,
        overdue: 1,
        done: 9,
      },
    ],
    totals: { open: 3, dueThisWeek: 1, overdue: 1, done: 9 },
    completionRate: 0.75,
    minutesHandedOffThisTerm: 750,
    termStart: '2027-01-02',
    quietWeeks: 6,
    quietPupils: [],
    ...overrides,
  };
}

describe('buildDashboard: per assignee', () => {
  it('counts open tasks, including "Can\'t do"', () => {
    const tasks = [
      aTask({ id: 'T-000001', due: '2027-02-01' }),
      aTask({ id: 'T-000002', due: '2027-02-01', status: 'In progress' }),
      aTask({ id: 'T-000003', due: '2027-02-01', status: "Can't do" }),
    ];

    const { perAssignee } = dashboardOf(tasks);

    expect(perAssignee[0]?.open).toBe(3);
  });

  it('counts tasks due from today to Sunday as due this week', () => {
    const tasks = [
      aTask({ id: 'T-000001', due: WEDNESDAY }),
      aTask({ id: 'T-000002', due: '2027-01-17' }),
      aTask({ id: 'T-000003', due: '2027-01-18' }),
    ];

    const { perAssignee } = dashboardOf(tasks);

    expect(perAssignee[0]?.dueThisWeek).toBe(2);
  });

  it('counts tasks due before today as overdue, not as due this week', () => {
    const tasks = [
      aTask({ id: 'T-000001', due: '2027-01-12' }),
      aTask({ id: 'T-000002', due: '2026-12-01' }),
    ];

    const { perAssignee } = dashboardOf(tasks);

    expect(perAssignee[0]).toMatchObject({ overdue: 2, dueThisWeek: 0 });
  });

  it('does not count a "Can\'t do" task as overdue', () => {
    const task = aTask({ due: '2027-01-04', status: "Can't do" });

    const { perAssignee } = dashboardOf([task]);

    expect(perAssignee[0]).toMatchObject({ open: 1, overdue: 0 });
  });

  it('counts done tasks as done, not open', () => {
    const task = aTask({ status: 'Done', completed: '2027-01-12', due: '2027-01-12' });

    const { perAssignee } = dashboardOf([task]);

    expect(perAssignee[0]).toMatchObject({ open: 0, overdue: 0, done: 1 });
  });

  it('leaves out people whose only tasks were cancelled', () => {
    const task = aTask({ status: 'Cancelled' });

    const { perAssignee } = dashboardOf([task]);

    expect(perAssignee).toEqual([]);
  });

  it('sorts people by name and groups addresses whatever their case', () => {
    const tasks = [
      aTask({ id: 'T-000001', ...omar }),
      aTask({ id: 'T-000002' }),
      aTask({ id: 'T-000003', ...omar, assigneeEmail: 'Omar.Khan@example.sch.uk' }),
    ];

    const { perAssignee } = dashboardOf(tasks);

    expect(perAssignee.map((line) => [line.name, line.open])).toEqual([
      ['Jane Smith', 1],
      ['Omar Khan', 2],
    ]);
  });

  it('orders two people with the same name by address', () => {
    const tasks = [
      aTask({ id: 'T-000001', assigneeEmail: 'jane.smith2@example.sch.uk' }),
      aTask({ id: 'T-000002', assigneeEmail: 'jane.smith1@example.sch.uk' }),
    ];

    const { perAssignee } = dashboardOf(tasks);

    expect(perAssignee.map((line) => line.email)).toEqual([
      'jane.smith1@example.sch.uk',
      'jane.smith2@example.sch.uk',
    ]);
  });

  it('adds everyone up in the totals', () => {
    const tasks = [
      aTask({ id: 'T-000001', ...omar, due: '2027-01-12' }),
      aTask({ id: 'T-000002', due: '2027-01-14' }),
      aTask({ id: 'T-000003', status: 'Done', completed: '2027-01-11' }),
    ];

    const { totals } = dashboardOf(tasks);

    expect(totals).toEqual({ open: 2, dueThisWeek: 1, overdue: 1, done: 1 });
  });
});

describe('buildDashboard: completion rate', () => {
  it('is done divided by every task not cancelled', () => {
    const tasks = [
      aTask({ id: 'T-000001', status: 'Done' }),
      aTask({ id: 'T-000002', status: 'Done' }),
      aTask({ id: 'T-000003', status: 'Done' }),
      aTask({ id: 'T-000004', status: 'In progress' }),
      aTask({ id: 'T-000005', status: 'Cancelled' }),
    ];

    const { completionRate } = dashboardOf(tasks);

    expect(completionRate).toBe(0.75);
  });

  it('is 0 when there are no tasks', () => {
    const { completionRate } = dashboardOf([]);

    expect(completionRate).toBe(0);
  });
});

describe('buildDashboard: time handed off this term', () => {
  it('adds the minutes of tasks created since the term started', () => {
    const tasks = [
      aTask({ id: 'T-000001', created: '2027-01-04T09:00:00.000Z', minutes: 30 }),
      aTask({ id: 'T-000002', created: '2027-01-02T09:00:00.000Z', minutes: 45, status: 'Done' }),
      aTask({ id: 'T-000003', created: '2026-12-17T09:00:00.000Z', minutes: 300 }),
    ];

    const dashboard = dashboardOf(tasks);

    expect(dashboard.termStart).toBe('2027-01-02');
    expect(dashboard.minutesHandedOffThisTerm).toBe(75);
  });

  it('leaves out cancelled tasks and tasks with no estimate', () => {
    const tasks = [
      aTask({ id: 'T-000001', minutes: 30, status: 'Cancelled' }),
      aTask({ id: 'T-000002', minutes: '' }),
      aTask({ id: 'T-000003', minutes: 20 }),
    ];

    const { minutesHandedOffThisTerm } = dashboardOf(tasks);

    expect(minutesHandedOffThisTerm).toBe(20);
  });
});

describe('buildDashboard: quiet pupils', () => {
  const pupils = [
    { id: 'P-0001', name: 'Amara Okafor', provision: 'K' as const },
    { id: 'P-0002', name: 'Kofi Mensah', provision: 'E' as const },
    { id: 'P-0003', name: 'Lily Evans', provision: 'N' as const },
    { id: 'P-0004', name: 'Noah Clarke', provision: '' as const },
  ];

  it('lists pupils on SEN support or with an EHCP who have had no task', () => {
    const { quietPupils } = dashboardOf([], pupils);

    expect(quietPupils).toEqual([
      { id: 'P-0001', name: 'Amara Okafor' },
      { id: 'P-0002', name: 'Kofi Mensah' },
    ]);
  });

  it('leaves out a pupil with a task created within the last six weeks', () => {
    const task = aTask({ pupilId: 'P-0001', created: '2026-12-02T09:00:00.000Z' });

    const { quietPupils } = dashboardOf([task], pupils);

    expect(quietPupils.map((p) => p.id)).toEqual(['P-0002']);
  });

  it('lists a pupil whose last task was created more than six weeks ago', () => {
    const task = aTask({ pupilId: 'P-0001', created: '2026-12-01T09:00:00.000Z' });

    const { quietPupils } = dashboardOf([task], pupils);

    expect(quietPupils.map((p) => p.id)).toEqual(['P-0001', 'P-0002']);
  });

  it('does not count a cancelled task as attention', () => {
    const task = aTask({ pupilId: 'P-0002', created: '2027-01-12T09:00:00.000Z', status: 'Cancelled' });

    const { quietPupils } = dashboardOf([task], pupils);

    expect(quietPupils.map((p) => p.id)).toEqual(['P-0001', 'P-0002']);
  });

  it('uses the number of quiet weeks given', () => {
    const task = aTask({ pupilId: 'P-0001', created: '2027-01-01T09:00:00.000Z' });

    const dashboard = buildDashboard({
      tasks: [task],
      pupils,
      today: WEDNESDAY,
      holidays: [],
      quietWeeks: 1,
    });

    expect(dashboard.quietWeeks).toBe(1);
    expect(dashboard.quietPupils.map((p) => p.id)).toEqual(['P-0001', 'P-0002']);
  });
});

describe('buildDashboard: speed', () => {
  it('summarises 20,000 tasks in well under half a second', () => {
    const statuses = ['Not started', 'In progress', 'Done', "Can't do", 'Cancelled'] as const;
    const tasks = Array.from({ length: 20_000 }, (_, i) =>
      aTask({
        id: `T-${String(i).padStart(6, '0')}`,
        pupilId: `P-${i % 3000}`,
        assigneeEmail: `person${i % 61}@example.sch.uk`,
        assigneeName: `Person ${i % 61}`,
        status: statuses[i % statuses.length]!,
        created: new Date(Date.UTC(2026, 8, 1 + (i % 130), 9)).toISOString(),
        due: new Date(Date.UTC(2026, 8, 10 + (i % 150))).toISOString().slice(0, 10),
      }),
    );
    const pupils = Array.from({ length: 10_000 }, (_, i) => ({
      id: `P-${i}`,
      name: `Pupil ${i}`,
      provision: 'K' as const,
    }));
    const started = performance.now();

    const dashboard = buildDashboard({ tasks, pupils, today: WEDNESDAY, holidays: HOLIDAYS_2026_27 });

    expect(performance.now() - started).toBeLessThan(500);
    expect(dashboard.perAssignee).toHaveLength(61);
  });
});

describe('dashboardGrid', () => {
  it('starts with a dated title and a blank row', () => {
    const grid = dashboardGrid(aDashboard(), '2027-01-15');

    expect(grid[0]?.[0]).toBe('SEND Delegate dashboard — updated 15 Jan 2027');
    expect(grid[1]?.every((cell) => cell === '')).toBe(true);
  });

  it('has the assignee table headers, a row per person and a totals row', () => {
    const grid = dashboardGrid(aDashboard(), '2027-01-15');

    expect(grid.slice(2, 5)).toEqual([
      ['Assignee', 'Open', 'Due this week', 'Overdue', 'Done'],
      ['Jane Smith', 3, 1, 1, 9],
      ['Total', 3, 1, 1, 9],
    ]);
  });

  it('shows the completion rate as a percentage and time in hours and minutes', () => {
    const grid = dashboardGrid(aDashboard(), '2027-01-15');

    expect(grid).toContainEqual(['Completion rate', '75%', '', '', '']);
    expect(grid).toContainEqual(['Time handed off this term', '12 h 30 min', '', '', '']);
  });

  it('lists quiet pupils under a heading naming the weeks', () => {
    const dashboard = aDashboard({ quietPupils: [{ id: 'P-0001', name: 'Amara Okafor' }] });

    const grid = dashboardGrid(dashboard, '2027-01-15');

    const heading = grid.findIndex(
      (row) => row[0] === 'Pupils on SEN support or with an EHCP with no task in the last 6 weeks',
    );
    expect(heading).toBeGreaterThan(0);
    expect(grid[heading + 1]?.[0]).toBe('Amara Okafor');
  });

  it('says "1 week" for a single quiet week', () => {
    const grid = dashboardGrid(aDashboard({ quietWeeks: 1 }), '2027-01-15');

    expect(grid).toContainEqual([
      'Pupils on SEN support or with an EHCP with no task in the last 1 week',
      '',
      '',
      '',
      '',
    ]);
  });

  it('says so when no pupil is quiet', () => {
    const grid = dashboardGrid(aDashboard(), '2027-01-15');

    expect(grid[grid.length - 1]?.[0]).toBe('None: every one of them has had a task recently.');
  });

  it('lists at most 50 quiet pupils, then says how many more', () => {
    const quietPupils = Array.from({ length: 53 }, (_, i) => ({ id: `P-${i}`, name: `Pupil ${i}` }));

    const grid = dashboardGrid(aDashboard({ quietPupils }), '2027-01-15');

    expect(grid.filter((row) => String(row[0]).startsWith('Pupil '))).toHaveLength(50);
    expect(grid[grid.length - 1]?.[0]).toBe('…and 3 more');
  });

  it('is rectangular', () => {
    const quietPupils = [{ id: 'P-0001', name: 'Amara Okafor' }];

    const grid = dashboardGrid(aDashboard({ quietPupils }), '2027-01-15');

    expect(new Set(grid.map((row) => row.length))).toEqual(new Set([5]));
  });

  it('writes names that look like formulas as literal text', () => {
    const dashboard = aDashboard({
      perAssignee: [
        { name: '=HYPERLINK("x")', email: 'a@example.sch.uk', open: 1, dueThisWeek: 0, overdue: 0, done: 0 },
      ],
      quietPupils: [{ id: 'P-0001', name: '+44 7700 900000' }],
    });

    const grid = dashboardGrid(dashboard, '2027-01-15');

    expect(grid[3]?.[0]).toBe('\'=HYPERLINK("x")');
    expect(grid).toContainEqual(["'+44 7700 900000", '', '', '', '']);
  });

  it('falls back to the address for a person with no name', () => {
    const dashboard = aDashboard({
      perAssignee: [{ name: '', email: 'a@example.sch.uk', open: 1, dueThisWeek: 0, overdue: 0, done: 0 }],
    });

    const grid = dashboardGrid(dashboard, '2027-01-15');

    expect(grid[3]?.[0]).toBe('a@example.sch.uk');
  });

  it('builds a grid from a real dashboard', () => {
    const dashboard = dashboardOf([aTask()], [{ id: 'P-0002', name: 'Kofi Mensah', provision: 'E' }]);

    const grid = dashboardGrid(dashboard, WEDNESDAY);

    expect(grid[3]).toEqual(['Jane Smith', 1, 1, 0, 0]);
    expect(grid).toContainEqual(['Kofi Mensah', '', '', '', '']);
  });
});

describe('formatMinutes', () => {
  it('shows hours and minutes', () => {
    const text = formatMinutes(750);

    expect(text).toBe('12 h 30 min');
  });

  it('shows minutes alone under an hour', () => {
    const text = formatMinutes(45);

    expect(text).toBe('45 min');
  });

  it('shows whole hours without minutes', () => {
    const text = formatMinutes(120);

    expect(text).toBe('2 h');
  });

  it('shows no time as 0 min', () => {
    const text = formatMinutes(0);

    expect(text).toBe('0 min');
  });
});

describe('formatPercent', () => {
  it('rounds to a whole percentage', () => {
    const texts = [formatPercent(0.755), formatPercent(0), formatPercent(1), formatPercent(2 / 3)];

    expect(texts).toEqual(['76%', '0%', '100%', '67%']);
  });
});
