import { getSidebarState } from '../../src/app/getSidebarState';
import { setUpWorkbook } from '../../src/app/setUpWorkbook';
import { type Harness, harness } from '../support/harness';
import { REGISTER_ROWS, REGISTER_TAB, snapshot, values, writeTab } from '../support/school';

let h: Harness;
afterEach(() => h.done());

describe('setUpWorkbook', () => {
  describe('on a workbook with a register', () => {
    beforeEach(() => {
      h = harness({ staff: false });
    });

    it('finds the register whatever the school called its tab', () => {
      const result = setUpWorkbook(h.ports());

      expect(result.registerTab).toBe(REGISTER_TAB);
    });

    it('adds the Staff, Tasks, Notices and Settings tabs with headers', () => {
      const result = setUpWorkbook(h.ports());

      expect(result.created.sort()).toEqual(['Notices', 'Settings', 'Staff', 'Tasks']);
      expect(values(h.spreadsheet, 'Staff')[0]).toEqual(['Name', 'Email', 'Role', 'Active']);
      expect(values(h.spreadsheet, 'Tasks')[0]?.slice(0, 3)).toEqual(['Task ID', 'Created', 'Pupil ID']);
      expect(values(h.spreadsheet, 'Settings')[0]).toEqual(['Setting', 'Value', 'What it means']);
    });

    it('freezes header rows', () => {
      setUpWorkbook(h.ports());

      for (const tab of ['Staff', 'Tasks', 'Settings', 'Notices']) {
        expect(h.spreadsheet.getSheetByName(tab)?.getFrozenRows()).toBe(1);
      }
    });

    it('puts a dropdown of statuses on the Tasks Status column and of roles on Staff', () => {
      setUpWorkbook(h.ports());

      const tasks = h.spreadsheet.getSheetByName('Tasks')!;
      const statusColumn = (values(h.spreadsheet, 'Tasks')[0] ?? []).indexOf('Status') + 1;
      const status = tasks.getRange(2, statusColumn).getDataValidation();
      expect(status?.getCriteriaValues()[0]).toEqual([
        'Not started',
        'In progress',
        'Done',
        "Can't do",
        'Cancelled',
      ]);
      const role = h.spreadsheet.getSheetByName('Staff')!.getRange(2, 3).getDataValidation();
      expect(role?.getCriteriaValues()[0]).toContain('HLTA');
    });

    it('does not change the register when it already has ids', () => {
      setUpWorkbook(h.ports());

      expect(values(h.spreadsheet, REGISTER_TAB).map((row) => row.slice(0, 6))).toEqual(
        snapshotOfRegister().map((row) => row.slice(0, 6)),
      );
      expect(values(h.spreadsheet, REGISTER_TAB)[0]).toHaveLength(9);
    });

    it('is idempotent: a second run adds nothing and changes nothing', () => {
      setUpWorkbook(h.ports());
      const before = snapshot(h.spreadsheet);

      const again = setUpWorkbook(h.ports());

      expect(again.created).toEqual([]);
      expect(snapshot(h.spreadsheet)).toEqual(before);
    });

    it('protects the Tasks log and the register', () => {
      setUpWorkbook(h.ports());

      for (const tab of ['Tasks', REGISTER_TAB]) {
        const sheet = h.spreadsheet.getSheetByName(tab)!;
        expect(sheet.getProtections(h.emu.globals.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
      }
    });

    it('turns on the on-edit trigger that copies assignee edits, once', () => {
      setUpWorkbook(h.ports());
      setUpWorkbook(h.ports());

      const edits = h.emu.globals.ScriptApp.getProjectTriggers().filter(
        (trigger) => trigger.getHandlerFunction() === 'onAssigneeEdit',
      );
      expect(edits).toHaveLength(1);
    });
  });

  describe('on a register with no id column', () => {
    beforeEach(() => {
      h = harness({ seed: false });
      writeTab(h.spreadsheet, 'Pupils', [
        ['Last name', 'Forename', 'Year group', 'Provision', 'Need'],
        ['Ahmed', 'Zara', '7', 'K', 'MLD'],
        ['Williams', 'Noah', '8', 'E', 'ASD'],
      ]);
    });

    it('appends a Pupil ID column at the right and numbers the pupils', () => {
      setUpWorkbook(h.ports());

      expect(values(h.spreadsheet, 'Pupils')).toEqual([
        ['Last name', 'Forename', 'Year group', 'Provision', 'Need', 'Pupil ID'],
        ['Ahmed', 'Zara', 7, 'K', 'MLD', 'P-0001'],
        ['Williams', 'Noah', 8, 'E', 'ASD', 'P-0002'],
      ]);
    });

    it('gives a pupil added later the next id and leaves the others alone', () => {
      setUpWorkbook(h.ports());
      h.spreadsheet
        .getSheetByName('Pupils')!
        .getRange(4, 1, 1, 5)
        .setValues([['Hughes', 'Ava', '9', 'K', 'SEMH']]);

      setUpWorkbook(h.ports());

      expect(values(h.spreadsheet, 'Pupils').map((row) => row[5])).toEqual([
        'Pupil ID',
        'P-0001',
        'P-0002',
        'P-0003',
      ]);
    });
  });

  describe('on a workbook with no register', () => {
    beforeEach(() => {
      h = harness({ seed: false });
    });

    it('adds a register template', () => {
      const result = setUpWorkbook(h.ports());

      expect(result.created).toContain('SEND Register');
      expect(values(h.spreadsheet, 'SEND Register')[0]?.slice(0, 3)).toEqual([
        'Pupil ID',
        'Surname',
        'Forename',
      ]);
    });

    it('then reports the register as found but empty to the sidebar', () => {
      setUpWorkbook(h.ports());

      const state = getSidebarState(h.ports());

      expect(state.registerFound).toBe(true);
      expect(state.pupils).toEqual([]);
    });
  });
});

function snapshotOfRegister() {
  return [
    ...REGISTER_ROWS.slice(0, 2),
    ['007', 'Okafor', 'Amara', 'Year 4', '4B', 'SEN Support'],
    [1002, 'Brennan', 'Leo', 'Y5', '5A', 'E'],
    [1003, 'Shah', 'Priya', 6, '6C', 'K'],
    [1004, 'Nowak', 'Tomasz', 'R', 'RB', 'K'],
    [1005, 'McKenzie', 'Isla', 3, '3A', 'N'],
    [1006, 'Clarke', 'Ethan', 2, '2B', 'EHCP'],
  ];
}
