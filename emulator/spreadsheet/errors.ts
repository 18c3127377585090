/** Error messages worded as Sheets words them, kept together so tests can match them exactly. */

export const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';
export const RANGE_NOT_FOUND = 'Range not found';
export const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
export const COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';
export const DELETE_ALL_ROWS = 'Sorry, it is not possible to delete all non-frozen rows.';
export const DELETE_ALL_COLUMNS = 'Sorry, it is not possible to delete all non-frozen columns.';

export function rowsAtLeastOne(): string {
  return 'The number of rows in the range must be at least 1.';
}

export function columnsAtLeastOne(): string {
  return 'The number of columns in the range must be at least 1.';
}

export function rowCountMismatch(dataRows: number, rangeRows: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${dataRows} but the range has ${rangeRows}.`;
}

export function columnCountMismatch(dataColumns: number, rangeColumns: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${dataColumns} but the range has ${rangeColumns}.`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Object[]';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'number';
    case 'boolean':
      return 'Boolean';
    case 'undefined':
      return 'undefined';
    default:
      return 'Object';
  }
}

/** "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange." */
export function signatureMismatch(method: string, args: readonly unknown[]): string {
  return `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`;
}
