import { fresh } from './setup';

describe('Range geometry', () => {
  it('is 1-based: getRange(1, 1) is A1', () => {
    const { sheet } = fresh();

    const range = sheet.getRange(1, 1);

    expect(range.getA1Notation()).toBe('A1');
  });

  it('reports its position and size', () => {
    const { sheet } = fresh();

    const range = sheet.getRange(2, 3, 4, 5);

    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 3, 4, 5,
    ]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([5, 7]);
    expect(range.getA1Notation()).toBe('C2:G5');
  });

  it('defaults numRows and numColumns to 1', () => {
    const { sheet } = fresh();

    expect(sheet.getRange(3, 2, 4).getA1Notation()).toBe('B3:B6');
  });

  it('refuses a row or column below 1', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange(0, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 0)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('refuses a range past the last row or column instead of growing the sheet', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(sheet.getMaxRows()).toBe(1000);
  });

  it('refuses zero rows', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  it('refuses zero columns', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
  });

  it('refuses arguments that are not numbers with the signature message', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange(1, '2' as unknown as number)).toThrow(
      "The parameters (number,String) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it('offsets from its own position, keeping its size unless told', () => {
    const { sheet } = fresh();

    const range = sheet.getRange('B2:C3');

    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
  });

  it('gives a cell relative to itself', () => {
    const { sheet } = fresh();

    expect(sheet.getRange('B2:D4').getCell(2, 3).getA1Notation()).toBe('D3');
  });

  it('belongs to its sheet', () => {
    const { sheet } = fresh();

    expect(sheet.getRange('A1').getSheet().getName()).toBe(sheet.getName());
    expect(sheet.getRange('A1').getGridId()).toBe(sheet.getSheetId());
  });
});

describe('Range values', () => {
  it('reads blanks as empty strings', () => {
    const { sheet } = fresh();

    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('round-trips values through setValues and getValues', () => {
    const { sheet } = fresh();

    sheet.getRange(2, 2, 2, 3).setValues([
      ['a', 1, true],
      ['b', 2.5, false],
    ]);

    expect(sheet.getRange(2, 2, 2, 3).getValues()).toEqual([
      ['a', 1, true],
      ['b', 2.5, false],
    ]);
  });

  it('returns a copy that callers can change freely', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue('kept');

    const values = sheet.getRange('A1').getValues();
    (values[0] as unknown[])[0] = 'changed';

    expect(sheet.getRange('A1').getValue()).toBe('kept');
  });

  it('returns fresh Date objects', () => {
    const { sheet } = fresh();
    const date = new Date('2025-03-01T00:00:00Z');
    sheet.getRange('A1').setValue(date);

    const first = sheet.getRange('A1').getValue() as Date;
    first.setFullYear(1999);

    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(date.getTime());
  });

  it('rejects data with too few rows, in Sheets words', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange(1, 1, 3, 1).setValues([['a'], ['b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it('rejects data with the wrong number of columns, in Sheets words', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a', 'b', 'c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('rejects ragged data and writes nothing', () => {
    const { sheet } = fresh();

    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b'], ['c']])).toThrow(
      'The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('gives every cell the value set with setValue', () => {
    const { sheet } = fresh();

    sheet.getRange('A1:B2').setValue('x');

    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  it('reads the top-left cell with getValue', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['first', 'second']]);

    expect(sheet.getRange('A1:B1').getValue()).toBe('first');
  });

  it('stores null and undefined as blank', () => {
    const { sheet } = fresh();

    sheet.getRange('A1:B1').setValues([[null, undefined]]);

    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('clears contents but keeps number formats', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setNumberFormat('@').setValue('007');

    sheet.getRange('A1').clearContent();

    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('@');
  });

  it('clears contents, formats and validation with clear()', () => {
    const { sheet, app } = fresh();
    const range = sheet.getRange('A1');
    range
      .setNumberFormat('@')
      .setValue('x')
      .setDataValidation(app.newDataValidation().requireCheckbox().build());

    range.clear();

    expect([range.getValue(), range.getNumberFormat(), range.getDataValidation()]).toEqual([
      '',
      '0.###############',
      null,
    ]);
  });

  it('reports whether it is blank', () => {
    const { sheet } = fresh();
    sheet.getRange('B2').setValue('x');

    expect(sheet.getRange('A1:A3').isBlank()).toBe(true);
    expect(sheet.getRange('A1:B3').isBlank()).toBe(false);
  });
});

describe('Range formulas, formats and notes', () => {
  it('stores a formula set with setFormula and reads its value as empty', () => {
    const { sheet } = fresh();

    sheet.getRange('A1').setFormula('=SUM(B1:B3)');

    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(B1:B3)');
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('returns empty strings from getFormulas for plain values', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['x', '=1+1']]);

    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=1+1']]);
  });

  it('replaces a formula when a value is written over it', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setFormula('=NOW()');

    sheet.getRange('A1').setValue('plain');

    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(sheet.getRange('A1').getValue()).toBe('plain');
  });

  it("reports Sheets' default number format for unformatted cells", () => {
    const { sheet } = fresh();

    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  it('sets number formats per cell', () => {
    const { sheet } = fresh();

    sheet.getRange('A1:B1').setNumberFormats([['@', 'yyyy-mm-dd']]);

    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([['@', 'yyyy-mm-dd']]);
  });

  it('keeps notes', () => {
    const { sheet } = fresh();

    sheet.getRange('A1').setNote('Checked by SENCO');

    expect(sheet.getRange('A1').getNote()).toBe('Checked by SENCO');
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['Checked by SENCO', '']]);
  });

  it('records formatting and returns the range for chaining', () => {
    const { sheet } = fresh();

    const result = sheet
      .getRange('A1:C1')
      .setFontWeight('bold')
      .setBackground('#eeeeee')
      .setWrap(true)
      .setHorizontalAlignment('center')
      .setBorder(true, true, true, true, null, null);

    expect(result.getA1Notation()).toBe('A1:C1');
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('A1:A2').getBackgrounds()).toEqual([['#eeeeee'], ['#ffffff']]);
  });

  it('forgets formatting on clearFormat', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setFontWeight('bold').setNumberFormat('@');

    sheet.getRange('A1').clearFormat();

    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });
});
