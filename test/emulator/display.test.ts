import { FORMULA_DISPLAY } from '../../emulator';
import { fresh } from './setup';

function shown(value: unknown, format?: string, timeZone?: string): string {
  const { sheet, ss } = fresh();
  if (timeZone) ss.setSpreadsheetTimeZone(timeZone);
  const cell = sheet.getRange('A1');
  if (format) cell.setNumberFormat(format);
  cell.setValue(value);
  return cell.getDisplayValue();
}

describe('display values', () => {
  it('shows a date as dd/MM/yyyy in the spreadsheet zone', () => {
    expect(shown(new Date('2025-07-14T23:30:00Z'))).toBe('15/07/2025 00:30:00');
    expect(shown(new Date('2025-07-14T23:00:00Z'))).toBe('15/07/2025');
  });

  it('shows a date in another spreadsheet zone', () => {
    expect(shown(new Date('2025-01-15T03:00:00Z'), undefined, 'America/New_York')).toBe(
      '14/01/2025 22:00:00',
    );
  });

  it('follows date number formats in any case', () => {
    const date = new Date('2025-02-01T00:00:00Z');

    expect(shown(date, 'yyyy-mm-dd')).toBe('2025-02-01');
    expect(shown(date, 'DD/MM/YYYY')).toBe('01/02/2025');
    expect(shown(date, 'd mmm yyyy')).toBe('1 Feb 2025');
    expect(shown(date, 'dddd d mmmm')).toBe('Saturday 1 February');
  });

  it('reads mm after hours as minutes', () => {
    expect(shown(new Date('2025-02-01T09:05:00Z'), 'dd/mm/yyyy hh:mm')).toBe('01/02/2025 09:05');
  });

  it('shows numbers as text', () => {
    expect([shown(7), shown(3.5), shown(0.1 + 0.2)]).toEqual(['7', '3.5', '0.3']);
  });

  it('follows simple numeric formats', () => {
    expect([shown(1234.5, '#,##0.00'), shown(0.25, '0%'), shown(2, '0.0')]).toEqual([
      '1,234.50',
      '25%',
      '2.0',
    ]);
  });

  it('shows booleans as TRUE and FALSE', () => {
    expect([shown(true), shown(false)]).toEqual(['TRUE', 'FALSE']);
  });

  it('shows text in a plain-text cell exactly', () => {
    expect(shown('007', '@')).toBe('007');
  });

  it('shows a formula as a marker, never as the text written', () => {
    expect(shown('=HYPERLINK("x")')).toBe(FORMULA_DISPLAY);
    expect(FORMULA_DISPLAY).toBe('#FORMULA');
  });

  it('reads a grid of display values', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:C1').setValues([['x', 2, '2025-02-01']]);

    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['x', '2', '01/02/2025', '']]);
  });
});
