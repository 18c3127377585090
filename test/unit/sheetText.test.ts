import { asSheetText } from '../../src/core/sheetText';

describe('asSheetText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 7700 900000', "'+44 7700 900000"],
    ['-x', "'-x"],
    ['@x', "'@x"],
  ])('keeps %s from becoming a formula', (value, guarded) => {
    const text = asSheetText(value);

    expect(text).toBe(guarded);
  });

  it.each([
    ['007', 'a number'],
    ['1,000', 'a number'],
    ['5%', 'a percentage'],
    ['£5', 'money'],
    ['1e5', 'a number'],
    ['TRUE', 'a boolean'],
    ['false', 'a boolean'],
    ['01/02/2025', 'a date'],
    ['2025-02-01', 'a date'],
    ['15 Jan 2027', 'a date'],
    ['15-Jan', 'a date'],
    ['Jan 15', 'a date'],
    ['March 2027', 'a date'],
    ['10:30', 'a time'],
    ['3:45 pm', 'a time'],
  ])('keeps %s from becoming %s', (value) => {
    const text = asSheetText(value);

    expect(text).toBe(`'${value}`);
  });

  it('keeps a leading apostrophe the person typed', () => {
    const text = asSheetText("'quoted");

    expect(text).toBe("''quoted");
  });

  it.each(['Collect pupil voice', 'P-0001', 'Year 4', 'May need support', 'AO', "Can't do"])(
    'leaves plain text "%s" unchanged',
    (value) => {
      const text = asSheetText(value);

      expect(text).toBe(value);
    },
  );

  it('leaves an empty string empty', () => {
    const text = asSheetText('');

    expect(text).toBe('');
  });
});
