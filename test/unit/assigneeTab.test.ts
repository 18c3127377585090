import type { AssigneeEdit } from '../../src/core/assigneeTab';
import {
  ASSIGNEE_HEADERS,
  assigneeRows,
  assigneeTabNames,
  cellsFor,
  isAssigneeTab,
  mergeAssigneeEdits,
  NOTES_COLUMN,
  readAssigneeEdits,
  STATUS_COLUMN,
  TAB_PREFIX,
} from '../../src/core/assigneeTab';
import type { Grid } from '../../src/core/types';
import { aStaffMember, aTask } from './fixtures';

const TODAY = '2027-01-13';
const JANE = 'jane.smith@example.sch.uk';

function edit(overrides: Partial<AssigneeEdit> = {}): AssigneeEdit {
  return { taskId: 'T-000001', status: 'In progress', notes: '', row: 2, ...overrides };
}

function merge(edits: AssigneeEdit[], log = [aTask()], email = JANE) {
  return mergeAssigneeEdits(log, [{ tab: 'Tasks – J Smith', email, edits }], TODAY);
}

describe('assigneeTabNames', () => {
  it('names a tab by initial and surname', () => {
    const names = assigneeTabNames([aStaffMember()]);

    expect(names.get(JANE)).toBe('Tasks – J Smith');
  });

  it('gives two "J Smith"s different tab names', () => {
    const staff = [aStaffMember(), aStaffMember({ name: 'John Smith', email: 'john.smith@example.sch.uk' })];

    const names = assigneeTabNames(staff);

    expect(names.get(JANE)).toBe('Tasks – Jane Smith (jane.smith)');
    expect(names.get('john.smith@example.sch.uk')).toBe('Tasks – John Smith (john.smith)');
  });

  it('keys names by lower-cased address', () => {
    const names = assigneeTabNames([aStaffMember({ email: 'Jane.Smith@Example.sch.uk' })]);

    expect([...names.keys()]).toEqual(['jane.smith@example.sch.uk']);
  });

  it('removes characters Sheets does not allow in tab names and keeps within 100 characters', () => {
    const names = assigneeTabNames([aStaffMember({ name: `Jo [Cover]/Sup*port? ${'x'.repeat(120)}` })]);

    const name = names.get(JANE) ?? '';

    expect(name).not.toMatch(/[[\]*?:/\\]/);
    expect(name.length).toBeLessThanOrEqual(100);
  });
});

describe('isAssigneeTab', () => {
  it('recognises the add-on’s assignee tabs by their prefix', () => {
    const answers = [`${TAB_PREFIX}J Smith`, 'Tasks', 'SEND Register'].map(isAssigneeTab);

    expect(answers).toEqual([true, false, false]);
  });
});

describe('ASSIGNEE_HEADERS', () => {
  it('puts Status and Notes where the tab protection expects them', () => {
    const columns = [ASSIGNEE_HEADERS[STATUS_COLUMN - 1], ASSIGNEE_HEADERS[NOTES_COLUMN - 1]];

    expect(columns).toEqual(['Status', 'Notes']);
  });
});

describe('assigneeRows', () => {
  it('shows open tasks soonest due first', () => {
    const tasks = [
      aTask({ id: 'T-000002', due: '2027-01-20' }),
      aTask({ id: 'T-000001', due: '2027-01-15' }),
    ];

    const rows = assigneeRows(tasks, TODAY);

    expect(rows.map((row) => row[0])).toEqual(['T-000001', 'T-000002']);
  });

  it('keeps done tasks visible for two weeks after completion', () => {
    const tasks = [
      aTask({ id: 'T-000001', status: 'Done', completed: '2026-12-30' }),
      aTask({ id: 'T-000002', status: 'Done', completed: '2026-12-29' }),
    ];

    const rows = assigneeRows(tasks, TODAY);

    expect(rows.map((row) => row[0])).toEqual(['T-000001']);
  });

  it('hides cancelled tasks', () => {
    const rows = assigneeRows([aTask({ status: 'Cancelled' })], TODAY);

    expect(rows).toEqual([]);
  });

  it('lays out id, pupil, task, instructions, due, status and notes, with text guarded', () => {
    const task = aTask({ title: '=SUM(A1)', notes: '007', status: 'In progress' });

    const rows = assigneeRows([task], TODAY);

    expect(rows).toEqual([
      [
        'T-000001',
        'Amara Okafor',
        "'=SUM(A1)",
        'Ask what helps in lessons.',
        '2027-01-15',
        'In progress',
        "'007",
      ],
    ]);
  });
});

describe('readAssigneeEdits', () => {
  it('reads task id, status and notes by header', () => {
    const grid: Grid = [
      [...ASSIGNEE_HEADERS],
      ['T-000001', 'AO', 'x', '', '2027-01-15', ' Done ', ' all good '],
    ];

    const edits = readAssigneeEdits(grid);

    expect(edits).toEqual([{ taskId: 'T-000001', status: 'Done', notes: 'all good', row: 2 }]);
  });

  it('skips rows with no task id', () => {
    const grid: Grid = [[...ASSIGNEE_HEADERS], ['', '', '', '', '', 'Done', 'stray']];

    const edits = readAssigneeEdits(grid);

    expect(edits).toEqual([]);
  });

  it('reads nothing from a tab without a Task ID column', () => {
    const edits = readAssigneeEdits([
      ['Status', 'Notes'],
      ['Done', 'x'],
    ]);

    expect(edits).toEqual([]);
  });
});

describe('mergeAssigneeEdits', () => {
  it('copies a new status and notes into the log', () => {
    const result = merge([edit({ status: 'In progress', notes: 'Started on Monday' })]);

    expect(result).toEqual({
      changes: [{ taskId: 'T-000001', status: 'In progress', notes: 'Started on Monday', completed: '' }],
      problems: [],
    });
  });

  it('stamps today as completed when a task is marked Done', () => {
    const result = merge([edit({ status: 'done' })]);

    expect(result.changes).toEqual([{ taskId: 'T-000001', status: 'Done', notes: '', completed: TODAY }]);
  });

  it('keeps the original completed date when a done task’s notes change', () => {
    const log = [aTask({ status: 'Done', completed: '2027-01-08' })];

    const result = merge([edit({ status: 'Done', notes: 'Added the form' })], log);

    expect(result.changes[0]?.completed).toBe('2027-01-08');
  });

  it('copies nothing when nothing changed', () => {
    const result = merge([edit({ status: 'Not started', notes: '' })]);

    expect(result).toEqual({ changes: [], problems: [] });
  });

  it('reports a task id that is not in the log', () => {
    const result = merge([edit({ taskId: 'T-000999', row: 5 })]);

    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual([
      '"Tasks – J Smith" row 5: task T-000999 is not in the Tasks log; left as it is.',
    ]);
  });

  it('reports an edit to someone else’s task and does not copy it', () => {
    const log = [aTask({ assigneeEmail: 'omar.khan@example.sch.uk', assigneeName: 'Omar Khan' })];

    const result = merge([edit({ status: 'Done' })], log);

    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual([
      '"Tasks – J Smith" row 2: task T-000001 is assigned to Omar Khan; the edit was not copied.',
    ]);
  });

  it('matches the assignee’s address whatever its case', () => {
    const result = merge([edit({ status: 'Done' })], [aTask()], 'Jane.Smith@EXAMPLE.sch.uk');

    expect(result.changes).toHaveLength(1);
  });

  it('reports conflicting edits for one task and copies neither', () => {
    const result = merge([edit({ status: 'Done', row: 2 }), edit({ status: "Can't do", row: 9 })]);

    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual([
      'Task T-000001 has different edits in "Tasks – J Smith" row 2 and "Tasks – J Smith" row 9; neither was copied.',
    ]);
  });

  it('copies an edit repeated identically once, without complaint', () => {
    const result = merge([edit({ status: 'Done', row: 2 }), edit({ status: 'Done', row: 9 })]);

    expect(result.changes).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });

  it('reports a status that is not on the list', () => {
    const result = merge([edit({ status: 'Finished', row: 4 })]);

    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual([
      '"Tasks – J Smith" row 4: "Finished" is not a status; choose one from the list.',
    ]);
  });

  it('does not let an assignee cancel a task', () => {
    const result = merge([edit({ status: 'Cancelled' })]);

    expect(result.problems).toEqual([
      '"Tasks – J Smith" row 2: "Cancelled" is not a status; choose one from the list.',
    ]);
  });

  it('ignores edits to a task the SENCO cancelled', () => {
    const log = [aTask({ status: 'Cancelled' })];

    const result = merge([edit({ status: 'Done', notes: 'did it anyway' })], log);

    expect(result).toEqual({ changes: [], problems: [] });
  });
});

describe('cellsFor', () => {
  it('guards the notes an assignee typed', () => {
    const cells = cellsFor({
      taskId: 'T-000001',
      status: 'Done',
      notes: '=IMPORTRANGE("x")',
      completed: TODAY,
    });

    expect(cells).toEqual({ status: 'Done', notes: '\'=IMPORTRANGE("x")', completed: TODAY });
  });
});

describe('edge cases found in review', () => {
  it('reports a conflict when one copy of a task is unchanged and another differs', () => {
    const log = [aTask({ id: 'T-000001', status: 'Not started', notes: '' })];
    const tabs = [
      {
        tab: 'Tasks – J Smith',
        email: log[0]!.assigneeEmail,
        edits: [
          { taskId: 'T-000001', status: 'Not started', notes: '', row: 2 },
          { taskId: 'T-000001', status: 'Done', notes: '', row: 3 },
        ],
      },
    ];

    const result = mergeAssigneeEdits(log, tabs, '2027-01-15');

    expect(result.changes).toEqual([]);
    expect(result.problems.join(' ')).toContain('different edits');
  });

  it('gives distinct tab names to people whose short names differ only in case', () => {
    const names = assigneeTabNames([
      { name: 'Jo Smith', email: 'jo.smith@example.school', role: 'TA', active: true },
      { name: 'jo smith', email: 'j.smith2@example.school', role: 'TA', active: true },
    ]);

    const tabs = [...names.values()].map((name) => name.toLowerCase());
    expect(new Set(tabs).size).toBe(2);
  });
});
