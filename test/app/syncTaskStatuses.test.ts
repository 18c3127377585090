import { delegateTask } from '../../src/app/delegateTask';
import { setUpWorkbook } from '../../src/app/setUpWorkbook';
import { syncEditedTab, syncTaskStatuses } from '../../src/app/syncTaskStatuses';
import { type Harness, harness } from '../support/harness';
import { records, values } from '../support/school';

let h: Harness;
const TAB = 'Tasks – J Smith';

beforeEach(() => {
  h = harness();
  setUpWorkbook(h.ports());
  delegateTask(h.ports(), {
    requestId: 'r1',
    pupilIds: ['1002', '1003'],
    assigneeEmails: ['jo.smith@example.school'],
    title: 'Gather work samples',
    dueDate: '2026-12-18',
  });
});
afterEach(() => h.done());

function tab() {
  return h.spreadsheet.getSheetByName(TAB)!;
}

describe('syncTaskStatuses', () => {
  it('copies Status and Notes from an assignee tab into the log by task id', () => {
    tab()
      .getRange(2, 6, 1, 2)
      .setValues([['In progress', 'Two samples so far']]);

    const report = syncTaskStatuses(h.ports());

    expect(report.changed).toBe(1);
    const row = records(h.spreadsheet, 'Tasks').find((r) => r['Task ID'] === 'T-000001');
    expect(row?.Status).toBe('In progress');
    expect(row?.Notes).toBe('Two samples so far');
  });

  it('stamps Completed when a task is marked Done', () => {
    tab().getRange(3, 6).setValue('Done');

    syncTaskStatuses(h.ports());

    const row = records(h.spreadsheet, 'Tasks').find((r) => r['Task ID'] === 'T-000002');
    expect(row?.Completed).toBeInstanceOf(Date);
  });

  it('reports an unknown task id and changes nothing for it', () => {
    tab()
      .getRange(4, 1, 1, 7)
      .setValues([['T-999999', '', '', '', '', 'Done', '']]);

    const report = syncTaskStatuses(h.ports());

    expect(report.problems.join(' ')).toContain('T-999999 is not in the Tasks log');
    expect(records(h.spreadsheet, 'Tasks')).toHaveLength(2);
  });

  it('does nothing on a second run', () => {
    tab().getRange(2, 7).setValue('A note');
    syncTaskStatuses(h.ports());

    const report = syncTaskStatuses(h.ports());

    expect(report.changed).toBe(0);
  });

  it('keeps a note with a leading = as text', () => {
    tab().getRange(2, 7).setValue("'=not a formula");

    syncTaskStatuses(h.ports());

    const sheet = h.spreadsheet.getSheetByName('Tasks')!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    expect(records(h.spreadsheet, 'Tasks')[0]?.Notes).toBe('=not a formula');
  });
});

describe('syncEditedTab', () => {
  it('ignores edits outside the Status and Notes columns', () => {
    expect(syncEditedTab(h.ports(), TAB, 3, 3)).toBeNull();
  });

  it('copies an edit from the tab that was edited', () => {
    tab().getRange(2, 6).setValue('Done');

    const report = syncEditedTab(h.ports(), TAB, 6, 6);

    expect(report?.changed).toBe(1);
    expect(values(h.spreadsheet, 'Tasks').flat()).toContain('Done');
  });
});
