import { fresh } from './setup';

describe('reading the workbook without counting', () => {
  it('lists tab names in order', () => {
    const { emu, ss } = fresh();
    ss.insertSheet('Tasks');

    expect(emu.sheetNames()).toEqual(['Sheet1', 'Tasks']);
  });

  it('reads a tab as values, display values and formulas', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1:C1').setValues([['Due', '2025-02-01', '=A1']]);
    sheet.setFrozenRows(1);
    emu.resetCalls();

    const view = emu.readSheet('Sheet1');

    expect(view?.displayValues).toEqual([['Due', '01/02/2025', '#FORMULA']]);
    expect(view?.formulas).toEqual([['', '', '=A1']]);
    expect(view?.frozenRows).toBe(1);
    expect(view?.active).toBe(true);
    expect(emu.calls).toBe(0);
  });

  it('reads an empty tab as no rows', () => {
    const { emu } = fresh();

    expect(emu.readSheet('Sheet1')?.values).toEqual([]);
  });

  it('gives null for a tab that does not exist', () => {
    const { emu } = fresh();

    expect(emu.readSheet('Nope')).toBeNull();
  });
});
