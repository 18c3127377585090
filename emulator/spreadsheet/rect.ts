/**
 * Moving rectangles when rows or columns are inserted or deleted, as Sheets moves protected
 * ranges and formatting: a rectangle below/right of the change moves, one spanning an insertion
 * grows, one losing all its rows/columns to a deletion disappears.
 */
import type { GridRect } from './a1';

export type Axis = 'rows' | 'cols';

export interface Shift {
  axis: Axis;
  /** 1-based first row/column inserted or deleted. */
  at: number;
  /** Positive: inserted; negative: deleted. */
  delta: number;
}

export interface ShiftResult {
  rect: GridRect;
  /** 0-based index within the rectangle where rows/columns were inserted or removed. */
  spliceAt: number;
  /** How many were inserted (positive) or removed (negative) inside the rectangle. */
  spliceCount: number;
}

export function shiftRect(rect: GridRect, shift: Shift): ShiftResult | null {
  const rows = shift.axis === 'rows';
  const start = rows ? rect.row : rect.col;
  const size = rows ? rect.numRows : rect.numCols;
  const end = start + size - 1;
  let newStart = start;
  let newEnd = end;
  let spliceAt = 0;
  let spliceCount = 0;
  if (shift.delta > 0) {
    if (start >= shift.at) {
      newStart += shift.delta;
      newEnd += shift.delta;
    } else if (end >= shift.at) {
      newEnd += shift.delta;
      spliceAt = shift.at - start;
      spliceCount = shift.delta;
    }
  } else {
    const first = shift.at;
    const last = shift.at - shift.delta - 1;
    const count = -shift.delta;
    newStart = start < first ? start : start > last ? start - count : first;
    newEnd = end < first ? end : end > last ? end - count : first - 1;
    if (newEnd < newStart) return null;
    const overlapStart = Math.max(start, first);
    const overlapEnd = Math.min(end, last);
    if (overlapEnd >= overlapStart) {
      spliceAt = overlapStart - start;
      spliceCount = -(overlapEnd - overlapStart + 1);
    }
  }
  const moved = rows
    ? { ...rect, row: newStart, numRows: newEnd - newStart + 1 }
    : { ...rect, col: newStart, numCols: newEnd - newStart + 1 };
  return { rect: moved, spliceAt, spliceCount };
}

export function containsCell(rect: GridRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols;
}

export function containsRect(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
