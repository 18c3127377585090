import { fresh, londonMidnight } from './setup';

/** Writes one value to A1 as Apps Script's setValue does and reads back value and formula. */
function written(value: unknown, format?: string) {
  const { sheet } = fresh();
  const cell = sheet.getRange('A1');
  if (format) cell.setNumberFormat(format);
  cell.setValue(value);
  return { value: cell.getValue() as unknown, formula: cell.getFormula() };
}

describe('values written by scripts', () => {
  it('turns "=..." into a formula whose value reads as empty', () => {
    expect(written('=1+1')).toEqual({ value: '', formula: '=1+1' });
  });

  it('turns "+foo" into a formula', () => {
    expect(written('+foo').formula).toBe('=+foo');
  });

  it('turns "-foo" into a formula', () => {
    expect(written('-foo').formula).toBe('=-foo');
  });

  it('turns "@foo" into a formula', () => {
    expect(written('@foo').formula).toBe('=@foo');
  });

  it('turns a phone number starting with + into a formula', () => {
    expect(written('+44 7700 900000').formula).toBe('=+44 7700 900000');
  });

  it('stores text after a leading apostrophe without the apostrophe', () => {
    expect(written("'007")).toEqual({ value: '007', formula: '' });
  });

  it('does not convert anything after the apostrophe', () => {
    expect(written("'=1+1")).toEqual({ value: '=1+1', formula: '' });
    expect(written("'01/02/2025").value).toBe('01/02/2025');
  });

  it('stores strings verbatim in a plain-text (@) cell', () => {
    expect(written('007', '@').value).toBe('007');
    expect(written('=1+1', '@')).toEqual({ value: '=1+1', formula: '' });
    expect(written('01/02/2025', '@').value).toBe('01/02/2025');
  });

  it('turns "007" into the number 7', () => {
    expect(written('007').value).toBe(7);
  });

  it('turns number-like text into numbers', () => {
    expect([written('1,234').value, written('3.5').value, written('-2').value, written('+5').value]).toEqual([
      1234, 3.5, -2, 5,
    ]);
  });

  it('keeps text that only looks partly numeric', () => {
    expect([written('1,23').value, written('12 Main St').value, written('07700 900000').value]).toEqual([
      '1,23',
      '12 Main St',
      '07700 900000',
    ]);
  });

  it('turns TRUE and FALSE in any case into booleans', () => {
    expect([written('TRUE').value, written('false').value, written('True').value]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('reads dd/mm/yyyy as a British date at midnight in the spreadsheet zone', () => {
    expect(written('01/02/2025').value).toEqual(londonMidnight('2025-02-01'));
  });

  it('reads d/m/yy with a two-digit year', () => {
    expect(written('1/2/25').value).toEqual(londonMidnight('2025-02-01'));
  });

  it('reads ISO dates', () => {
    expect(written('2025-02-01').value).toEqual(londonMidnight('2025-02-01'));
  });

  it('reads day-month-name dates', () => {
    expect(written('1 Feb 2025').value).toEqual(londonMidnight('2025-02-01'));
    expect(written('1-Feb-25').value).toEqual(londonMidnight('2025-02-01'));
    expect(written('Feb 1, 2025').value).toEqual(londonMidnight('2025-02-01'));
  });

  it('uses midnight in summer time too', () => {
    expect(written('15/07/2025').value).toEqual(new Date('2025-07-14T23:00:00Z'));
  });

  it('gives a yearless date the current year', () => {
    expect(written('1/2').value).toEqual(londonMidnight('2025-02-01'));
  });

  it('keeps impossible dates as text', () => {
    expect(written('31/02/2025').value).toBe('31/02/2025');
  });

  it('stores numbers, booleans and Dates as given', () => {
    const date = new Date('2025-05-06T07:08:09Z');

    expect([written(42).value, written(false).value, written(date).value]).toEqual([42, false, date]);
  });

  it('leaves ordinary text alone', () => {
    expect(written('Collect pupil voice').value).toBe('Collect pupil voice');
  });

  it('converts appended rows too', () => {
    const { sheet } = fresh();

    sheet.appendRow(['007', '=A1', "'007"]);

    expect(sheet.getRange('A1:C1').getValues()).toEqual([[7, '', '007']]);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1');
  });
});
