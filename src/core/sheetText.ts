/**
 * Guards text written to Sheets. Sheets turns strings that start with = + - @ into formulas, and
 * text such as "007", "TRUE", "01/02/2025", "Jan 15", "10:30", "1e5" or "£5" into numbers,
 * booleans, dates and times. A leading apostrophe tells Sheets to keep the text exactly as it is
 * (the apostrophe itself is not stored). Guarding too much is harmless; too little corrupts data.
 */
const FORMULA_START = /^[=+\-@]/;
const CONVERTIBLE_FORMS = [
  /[-+]?[£$€]?[\d.,]+%?/, // 007, 1,000, 5%, £5
  /[-+]?\d+(?:\.\d+)?e[-+]?\d+/, // 1e5
  /true|false/,
  /\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?/, // 01/02/2025, 2025-01-02, 1/2
  /\d{1,2}[\s-]+[a-z]{3,9}\.?(?:[\s-]+\d{2,4})?/, // 15 Jan 2027, 15-Jan
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,4}(?:,?\s+\d{2,4})?/, // Jan 15, March 2027
  /\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/, // 10:30, 3:45 pm
];
const CONVERTIBLE = new RegExp(
  `^\\s*(?:${CONVERTIBLE_FORMS.map((form) => form.source).join('|')})\\s*$`,
  'i',
);

export function asSheetText(value: string): string {
  if (value === '') return value;
  if (FORMULA_START.test(value) || CONVERTIBLE.test(value) || value.startsWith("'")) return `'${value}`;
  return value;
}
