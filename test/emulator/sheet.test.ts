import { fresh } from './setup';

describe('Sheet extent', () => {
  it('has no last row or column when empty', () => {
    const { sheet } = fresh();

    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  it('finds the last row and column with content', () => {
    const { sheet } = fresh();

    sheet.getRange('C5').setValue('x');
    sheet.getRange('B7').setValue(0);

    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
  });

  it('counts formulas as content', () => {
    const { sheet } = fresh();

    sheet.getRange('D4').setFormula('=1');

    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 4]);
  });

  it('ignores cells that were cleared', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A5').setValues([['a'], ['b'], ['c'], ['d'], ['e']]);

    sheet.getRange('A4:A5').clearContent();

    expect(sheet.getLastRow()).toBe(3);
  });

  it('ignores formatting and validation', () => {
    const { sheet, app } = fresh();

    sheet
      .getRange('A10')
      .setNumberFormat('@')
      .setDataValidation(app.newDataValidation().requireCheckbox().build());

    expect(sheet.getLastRow()).toBe(0);
  });

  it('gives A1 as the data range of an empty sheet', () => {
    const { sheet } = fresh();

    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('gives A1 to the last cell as the data range', () => {
    const { sheet } = fresh();
    sheet.getRange('C4').setValue('x');

    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });
});

describe('Sheet structure', () => {
  it('starts at 1000 rows and 26 columns', () => {
    const { sheet } = fresh();

    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('moves data down when rows are inserted after a row', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A2').setValues([['header'], ['data']]);

    sheet.insertRowsAfter(1, 2);

    expect(sheet.getRange('A1:A4').getValues()).toEqual([['header'], [''], [''], ['data']]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('moves data down when rows are inserted before a row', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue('x');

    sheet.insertRowsBefore(1, 1);

    expect(sheet.getRange('A2').getValue()).toBe('x');
  });

  it('moves data up when rows are deleted', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);

    sheet.deleteRows(2, 2);

    expect(sheet.getRange('A1:A2').getValues()).toEqual([['a'], ['d']]);
    expect(sheet.getMaxRows()).toBe(998);
  });

  it('moves formats, notes and validation with their rows', () => {
    const { sheet } = fresh();
    sheet.getRange('A3').setNumberFormat('@').setNote('n').setValue('007');

    sheet.insertRowsAfter(1, 1);

    expect([sheet.getRange('A4').getNumberFormat(), sheet.getRange('A4').getNote()]).toEqual(['@', 'n']);
  });

  it('refuses to delete rows that do not exist', () => {
    const { sheet } = fresh();

    expect(() => sheet.deleteRows(1000, 2)).toThrow('Those rows are out of bounds.');
  });

  it('refuses to delete every row', () => {
    const { sheet } = fresh();

    expect(() => sheet.deleteRows(1, 1000)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('moves data right when columns are inserted, and back when deleted', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['a', 'b']]);

    sheet.insertColumnsAfter(1, 1);
    const inserted = sheet.getRange('A1:C1').getValues();
    sheet.deleteColumns(2, 1);

    expect(inserted).toEqual([['a', '', 'b']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', 'b']]);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it('appends after the last row with content', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['Name', 'Email']]);

    sheet.appendRow(['Jo', 'jo@example.school']);

    expect(sheet.getRange('A2:B2').getValues()).toEqual([['Jo', 'jo@example.school']]);
  });

  it('grows the sheet when appending to a full one', () => {
    const { sheet } = fresh();
    sheet.getRange('A1000').setValue('last');

    sheet.appendRow(['beyond', 1, 2]);

    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001').getValue()).toBe('beyond');
  });
});

describe('Sheet settings', () => {
  it('keeps frozen rows and columns', () => {
    const { sheet } = fresh();

    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);

    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
  });

  it('keeps column widths, 100 pixels by default', () => {
    const { sheet } = fresh();

    sheet.setColumnWidth(1, 240).setColumnWidths(2, 2, 60);

    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([240, 60, 60, 100]);
  });

  it('hides and shows columns', () => {
    const { sheet } = fresh();

    sheet.hideColumns(3, 2);
    const hidden = [3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c));
    sheet.showColumns(3);

    expect(hidden).toEqual([true, true, false]);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
  });

  it('hides and shows itself', () => {
    const { ss, sheet } = fresh();
    ss.insertSheet('Other');

    sheet.hideSheet();
    const hidden = sheet.isSheetHidden();
    sheet.showSheet();

    expect(hidden).toBe(true);
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it('refuses to hide the only visible sheet', () => {
    const { sheet } = fresh();

    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  it('keeps a tab colour', () => {
    const { sheet } = fresh();

    sheet.setTabColor('#ff0000');

    expect(sheet.getTabColor()).toBe('#ff0000');
  });

  it('renames, refusing a name another sheet has', () => {
    const { ss, sheet } = fresh();
    ss.insertSheet('Staff');

    sheet.setName('Register');

    expect(sheet.getName()).toBe('Register');
    expect(() => sheet.setName('staff')).toThrow(
      'A sheet with the name "staff" already exists. Please enter another name.',
    );
  });

  it('has a stable numeric id and a 1-based index', () => {
    const { ss, sheet } = fresh();
    const other = ss.insertSheet('Other');

    expect(sheet.getSheetId()).toBe(0);
    expect(typeof other.getSheetId()).toBe('number');
    expect(ss.getSheetByName('Other')?.getSheetId()).toBe(other.getSheetId());
    expect([sheet.getIndex(), other.getIndex()]).toEqual([1, 2]);
  });

  it('clears everything with clear()', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue('x').setFontWeight('bold');

    sheet.clear();

    expect([sheet.getLastRow(), sheet.getRange('A1').getFontWeight()]).toEqual([0, 'normal']);
  });

  it('clears only contents with clearContents()', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setNumberFormat('@').setValue('x');

    sheet.clearContents();

    expect([sheet.getLastRow(), sheet.getRange('A1').getNumberFormat()]).toEqual([0, '@']);
  });

  it('becomes the active sheet when activated', () => {
    const { ss, sheet } = fresh();
    ss.insertSheet('Other');

    sheet.activate();

    expect(ss.getActiveSheet().getName()).toBe(sheet.getName());
  });
});
