import { delegateTask } from '../../src/app/delegateTask';
import { getPupilTasks, listTasks, updateTask } from '../../src/app/manageTasks';
import { setUpWorkbook } from '../../src/app/setUpWorkbook';
import { type Harness, harness } from '../support/harness';
import { records, values } from '../support/school';

let h: Harness;

beforeEach(() => {
  h = harness();
  setUpWorkbook(h.ports());
  delegateTask(h.ports(), {
    requestId: 'r1',
    pupilIds: ['1002', '1003'],
    assigneeEmails: ['jo.smith@example.school'],
    title: 'Classroom observation',
    dueDate: '2026-12-18',
  });
  h.emu.outbox.length = 0;
});
afterEach(() => h.done());

const task = (id: string) => records(h.spreadsheet, 'Tasks').find((row) => row['Task ID'] === id);

describe('listTasks', () => {
  it('filters by assignee and status', () => {
    const list = listTasks(h.ports(), { assigneeEmail: 'jo.smith@example.school', status: 'open' });

    expect(list.total).toBe(2);
    expect(list.tasks.map((t) => t.id)).toEqual(['T-000001', 'T-000002']);
  });

  it('filters by pupil', () => {
    expect(listTasks(h.ports(), { pupilId: '1003' }).tasks.map((t) => t.pupilName)).toEqual(['Priya Shah']);
  });

  it('marks overdue tasks', () => {
    h.emu.clock.set(new Date('2026-12-21T09:00:00Z'));

    expect(listTasks(h.ports(), { status: 'overdue' }).total).toBe(2);
  });
});

describe('getPupilTasks', () => {
  it('lists every task for one pupil with notes, oldest first', () => {
    h.spreadsheet
      .getSheetByName('Tasks – J Smith')!
      .getRange(2, 6, 1, 2)
      .setValues([['Done', 'Observed in maths']]);
    updateTask(h.ports(), { taskId: 'T-000001', action: 'markChecked' });

    const history = getPupilTasks(h.ports(), '1002');

    expect(history.pupil.name).toBe('Leo Brennan');
    expect(history.tasks.map((t) => [t.id, t.status, t.notes])).toEqual([
      ['T-000001', 'Done', 'Observed in maths'],
    ]);
  });

  it('says when the pupil is not on the register', () => {
    expect(() => getPupilTasks(h.ports(), 'P-404')).toThrow('Pupil id P-404 is not on the register.');
  });
});

describe('updateTask', () => {
  it('reassigns: the log and both tabs change, the new person gets the task and the old one is told', () => {
    const result = updateTask(h.ports(), {
      taskId: 'T-000001',
      action: 'reassign',
      assigneeEmail: 's.patel@example.school',
    });

    expect(task('T-000001')?.['Assignee email']).toBe('s.patel@example.school');
    expect(values(h.spreadsheet, 'Tasks – S Patel').flat()).toContain('T-000001');
    expect(values(h.spreadsheet, 'Tasks – J Smith').flat()).not.toContain('T-000001');
    expect(h.emu.outbox.map((m) => m.to).sort()).toEqual([
      'jo.smith@example.school',
      's.patel@example.school',
    ]);
    expect(h.emu.outbox.find((m) => m.to === 'jo.smith@example.school')?.subject).toContain('Task moved');
    expect(result.notified.sort()).toEqual(['jo.smith@example.school', 's.patel@example.school']);
  });

  it('keeps the notes the first assignee typed when a task moves', () => {
    h.spreadsheet.getSheetByName('Tasks – J Smith')!.getRange(2, 7).setValue('Started: see folder');

    updateTask(h.ports(), {
      taskId: 'T-000001',
      action: 'reassign',
      assigneeEmail: 's.patel@example.school',
    });

    expect(task('T-000001')?.Notes).toBe('Started: see folder');
  });

  it('refuses to move a task to someone not on the Staff tab', () => {
    expect(() =>
      updateTask(h.ports(), { taskId: 'T-000001', action: 'reassign', assigneeEmail: 'x@example.school' }),
    ).toThrow('x@example.school is not on the Staff tab');
  });

  it('changes the due date in the log and the tab', () => {
    const result = updateTask(h.ports(), { taskId: 'T-000002', action: 'changeDue', dueDate: '2027-01-08' });

    expect(result.message).toBe('T-000002 is now due 8 Jan 2027.');
    expect(result.task.due).toBe('2027-01-08');
  });

  it('rejects a due date that does not exist', () => {
    expect(() =>
      updateTask(h.ports(), { taskId: 'T-000002', action: 'changeDue', dueDate: '2027-02-30' }),
    ).toThrow('does not exist');
  });

  it('cancels: the task leaves the tab and the assignee is told, once', () => {
    updateTask(h.ports(), { taskId: 'T-000002', action: 'cancel' });
    updateTask(h.ports(), { taskId: 'T-000002', action: 'cancel' });

    expect(task('T-000002')?.Status).toBe('Cancelled');
    expect(values(h.spreadsheet, 'Tasks – J Smith').flat()).not.toContain('T-000002');
    expect(h.emu.outbox).toHaveLength(1);
    expect(h.emu.outbox[0]?.subject).toContain('Task cancelled');
  });

  it('marks a task as checked by the SENCO with today', () => {
    updateTask(h.ports(), { taskId: 'T-000001', action: 'markChecked' });

    expect(task('T-000001')?.['Checked by SENCO']).toBeInstanceOf(Date);
  });

  it('names an unknown task id', () => {
    expect(() => updateTask(h.ports(), { taskId: 'T-424242', action: 'cancel' })).toThrow(
      'Task T-424242 is not in the Tasks log.',
    );
  });
});

describe('updateTask when email cannot go', () => {
  it('says who was not told instead of claiming both were', () => {
    h.emu.setMailQuota(0);

    const result = updateTask(h.ports(), {
      taskId: 'T-000001',
      action: 'reassign',
      assigneeEmail: 's.patel@example.school',
    });

    expect(result.notified).toEqual([]);
    expect(result.message).toContain('no email could go to Sam Patel or Jo Smith');
    expect(result.message).not.toContain('both were told');
  });

  it('says the assignee was not told of a cancellation when the email failed', () => {
    h.emu.failNextEmail('Mail service unavailable');

    const result = updateTask(h.ports(), { taskId: 'T-000002', action: 'cancel' });

    expect(result.message).toContain('no email could go to Jo Smith');
  });
});
