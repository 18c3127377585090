import { columnLetters, columnNumber } from '../../emulator/spreadsheet/a1';
import { fresh } from './setup';

describe('A1 notation', () => {
  it('names columns past Z as Sheets does', () => {
    expect([
      columnLetters(1),
      columnLetters(26),
      columnLetters(27),
      columnLetters(702),
      columnLetters(703),
    ]).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(columnNumber('AA')).toBe(27);
  });

  it('reads a single cell', () => {
    const { sheet } = fresh();

    const range = sheet.getRange('C5');

    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      5, 3, 1, 1,
    ]);
  });

  it('reads a rectangle in any case and with $ signs', () => {
    const { sheet } = fresh();

    expect(sheet.getRange('a1:$C$10').getA1Notation()).toBe('A1:C10');
  });

  it('puts a reversed rectangle the right way round', () => {
    const { sheet } = fresh();

    expect(sheet.getRange('C3:A1').getA1Notation()).toBe('A1:C3');
  });

  it('reads a whole column to the last row of the sheet', () => {
    const { sheet } = fresh();

    const range = sheet.getRange('B:B');

    expect([range.getRow(), range.getNumRows(), range.getColumn()]).toEqual([1, 1000, 2]);
    expect(range.getA1Notation()).toBe('B:B');
  });

  it('reads a whole row to the last column of the sheet', () => {
    const { sheet } = fresh();

    const range = sheet.getRange('2:2');

    expect([range.getRow(), range.getColumn(), range.getNumColumns()]).toEqual([2, 1, 26]);
    expect(range.getA1Notation()).toBe('2:2');
  });

  it('reads an open-ended range down to the last row', () => {
    const { sheet } = fresh();

    const range = sheet.getRange('A2:C');

    expect([range.getRow(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 999, 3]);
    expect(range.getA1Notation()).toBe('A2:C');
    expect(range.isEndRowBounded()).toBe(false);
  });

  it('resolves a sheet-qualified range on the named sheet', () => {
    const { ss } = fresh();
    ss.insertSheet('My tab').getRange('B2').setValue('here');

    const range = ss.getRange("'My tab'!B2");

    expect(range.getSheet().getName()).toBe('My tab');
    expect(range.getValue()).toBe('here');
  });

  it('says "Range not found" for notation it cannot read', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(() => sheet.getRange('Nowhere!A1')).toThrow('Range not found');
  });

  it('refuses A1 notation beyond the sheet', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange('A1001')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});
