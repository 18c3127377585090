/**
 * Cell formatting the emulator records but does not otherwise act on (font weight, colours,
 * wrap, alignment, borders...). Stored as a list of operations on rectangles, not per cell, so
 * formatting a 20,000-row column is one entry. Later operations win; clearFormat records a reset.
 */
import type { GridRect } from './a1';
import { containsCell, containsRect, type Shift, shiftRect } from './rect';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface FormatOp {
  rect: GridRect;
  /** e.g. 'fontWeight', 'background', 'border'; CLEAR_ALL resets every property. */
  prop: string;
  /** One value for the whole rectangle... */
  value?: Json;
  /** ...or one per cell. */
  grid?: Json[][];
}

export const CLEAR_ALL = '*';

export class FormatRecord {
  ops: FormatOp[] = [];

  set(rect: GridRect, prop: string, value: Json): void {
    this.ops = this.ops.filter((op) => op.prop !== prop || !containsRect(rect, op.rect));
    this.ops.push({ rect: { ...rect }, prop, value });
  }

  setGrid(rect: GridRect, prop: string, grid: Json[][]): void {
    this.ops = this.ops.filter((op) => op.prop !== prop || !containsRect(rect, op.rect));
    this.ops.push({ rect: { ...rect }, prop, grid: grid.map((row) => [...row]) });
  }

  clear(rect: GridRect): void {
    this.ops = this.ops.filter((op) => !containsRect(rect, op.rect));
    if (this.ops.length > 0) this.ops.push({ rect: { ...rect }, prop: CLEAR_ALL });
  }

  /** The recorded value of `prop` at a 1-based cell, or undefined when it has the default. */
  get(prop: string, row: number, col: number): Json | undefined {
    for (let i = this.ops.length - 1; i >= 0; i--) {
      const op = this.ops[i];
      if (!op || !containsCell(op.rect, row, col)) continue;
      if (op.prop === CLEAR_ALL) return undefined;
      if (op.prop !== prop) continue;
      const value = op.grid ? op.grid[row - op.rect.row]?.[col - op.rect.col] : op.value;
      return value === null ? undefined : value;
    }
    return undefined;
  }

  shift(shift: Shift): void {
    const kept: FormatOp[] = [];
    for (const op of this.ops) {
      const moved = shiftRect(op.rect, shift);
      if (!moved) continue;
      op.rect = moved.rect;
      if (op.grid && moved.spliceCount !== 0) spliceGrid(op, shift, moved.spliceAt, moved.spliceCount);
      kept.push(op);
    }
    this.ops = kept;
  }
}

function spliceGrid(op: FormatOp, shift: Shift, at: number, count: number): void {
  const grid = op.grid ?? [];
  if (shift.axis === 'rows') {
    if (count > 0)
      grid.splice(at, 0, ...Array.from({ length: count }, () => new Array<Json>(op.rect.numCols).fill(null)));
    else grid.splice(at, -count);
    return;
  }
  for (const row of grid) {
    if (count > 0) row.splice(at, 0, ...new Array<Json>(count).fill(null));
    else row.splice(at, -count);
  }
}
