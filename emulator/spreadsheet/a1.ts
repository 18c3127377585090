/**
 * A1 notation: "A1", "A1:C10", "B:B" (whole columns), "2:2" (whole rows), "A2:C" (open-ended),
 * optionally sheet-qualified ("Sheet1!A1:B2", "'My sheet'!A1"). Rows and columns are 1-based.
 */
export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Which edges A1 notation names; "B:B" has unbounded rows, "2:2" unbounded columns. */
export interface Bounds {
  startRow: boolean;
  endRow: boolean;
  startCol: boolean;
  endCol: boolean;
}

export const BOUNDED: Bounds = { startRow: true, endRow: true, startCol: true, endCol: true };

export interface ParsedA1 {
  sheetName: string | null;
  /** null bounds are filled from the sheet's size by the caller. */
  startRow: number | null;
  endRow: number | null;
  startCol: number | null;
  endCol: number | null;
}

export function columnLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;
const QUALIFIED = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/;

interface Part {
  col: number | null;
  row: number | null;
}

function parsePart(text: string): Part | null {
  const match = PART.exec(text.trim());
  if (!match) return null;
  const letters = match[1] ?? '';
  const digits = match[2] ?? '';
  if (letters === '' && digits === '') return null;
  const row = digits === '' ? null : Number(digits);
  if (row === 0) return null;
  return { col: letters === '' ? null : columnNumber(letters), row };
}

/** null when the text is not A1 notation (Sheets then says "Range not found"). */
export function parseA1(notation: string): ParsedA1 | null {
  let sheetName: string | null = null;
  let body = notation.trim();
  const qualified = QUALIFIED.exec(body);
  if (qualified) {
    sheetName = qualified[1] !== undefined ? qualified[1].replace(/''/g, "'") : (qualified[2] ?? '').trim();
    body = qualified[3] ?? '';
  }
  const pieces = body.split(':');
  if (pieces.length > 2) return null;
  const start = parsePart(pieces[0] ?? '');
  if (!start) return null;
  if (pieces.length === 1) {
    if (start.row === null || start.col === null) return null;
    return { sheetName, startRow: start.row, endRow: start.row, startCol: start.col, endCol: start.col };
  }
  const end = parsePart(pieces[1] ?? '');
  if (!end) return null;
  // "B:3" and "3:B" mix a column-only with a row-only part: not a range.
  if ((start.col === null && end.row === null) || (start.row === null && end.col === null)) return null;
  return {
    sheetName,
    startRow: start.row ?? (end.row === null ? null : 1),
    endRow: end.row,
    startCol: start.col ?? (end.col === null ? null : 1),
    endCol: end.col,
  };
}

/** A1 notation of a rectangle, honouring which edges were named ("B:B", "2:2", "A2:C"). */
export function formatA1(rect: GridRect, bounds: Bounds = BOUNDED): string {
  const endRow = rect.row + rect.numRows - 1;
  const endCol = rect.col + rect.numCols - 1;
  const start = `${bounds.startCol ? columnLetters(rect.col) : ''}${bounds.startRow ? rect.row : ''}`;
  const end = `${bounds.endCol ? columnLetters(endCol) : ''}${bounds.endRow ? endRow : ''}`;
  const allBounded = bounds.startRow && bounds.endRow && bounds.startCol && bounds.endCol;
  if (allBounded && rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${end}`;
}

/** Sheet name as A1 notation quotes it: 'My sheet'!A1, Tasks!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
