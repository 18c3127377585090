/**
 * Guards text written to Sheets. Sheets turns strings that start with = + - @ into formulas and
 * "007", "TRUE" or "01/02/2025" into numbers, booleans and dates. A leading apostrophe tells
 * Sheets to keep the text exactly as it is (the apostrophe itself is not stored).
 */
const FORMULA_START = /^[=+\-@]/;
const CONVERTIBLE =
  /^\s*(?:[-+]?[\d.,]+%?|true|false|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?|\d{1,2}\s+[a-z]{3,9}\.?(?:\s+\d{2,4})?)\s*$/i;

export function asSheetText(value: string): string {
  if (value === '') return value;
  if (FORMULA_START.test(value) || CONVERTIBLE.test(value) || value.startsWith("'")) return `'${value}`;
  return value;
}
