/**
 * One attribute of a sheet's cells (values, formulas, number formats, validations, notes) as rows
 * of plain arrays, 0-based, sparse: a missing row or cell is undefined. No per-cell objects, so a
 * 20,000-row tab reads and writes in a few milliseconds.
 */
export type Row<T> = Array<T | undefined>;

export class Layer<T> {
  rows: Array<Row<T> | undefined> = [];

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  /** The row if it exists; callers must not keep it across structural changes. */
  row(r: number): Row<T> | undefined {
    return this.rows[r];
  }

  ensureRow(r: number): Row<T> {
    const rows = this.rows;
    while (rows.length <= r) rows.push(undefined);
    let row = rows[r];
    if (!row) {
      row = [];
      rows[r] = row;
    }
    return row;
  }

  set(r: number, c: number, value: T | undefined): void {
    if (value === undefined) {
      const row = this.rows[r];
      if (row && c < row.length) row[c] = undefined;
      return;
    }
    this.ensureRow(r)[c] = value;
  }

  /** Sets every cell of the 0-based rectangle to `value` (undefined clears). */
  fill(r0: number, c0: number, numRows: number, numCols: number, value: T | undefined): void {
    for (let r = r0; r < r0 + numRows; r++) {
      if (value === undefined && !this.rows[r]) continue;
      const row = value === undefined ? (this.rows[r] as Row<T>) : this.ensureRow(r);
      const end = value === undefined ? Math.min(c0 + numCols, row.length) : c0 + numCols;
      for (let c = c0; c < end; c++) row[c] = value;
    }
  }

  clear(r0: number, c0: number, numRows: number, numCols: number): void {
    this.fill(r0, c0, numRows, numCols, undefined);
  }

  /** Removes `deleteCount` rows at r0 and inserts `insertCount` empty ones there. */
  spliceRows(r0: number, deleteCount: number, insertCount: number): void {
    if (r0 >= this.rows.length) return;
    const inserted: undefined[] = new Array(insertCount).fill(undefined);
    this.rows.splice(r0, deleteCount, ...inserted);
  }

  spliceCols(c0: number, deleteCount: number, insertCount: number): void {
    const inserted: undefined[] = new Array(insertCount).fill(undefined);
    for (const row of this.rows) {
      if (row && c0 < row.length) row.splice(c0, deleteCount, ...inserted);
    }
  }

  /** 1-based index of the last row holding a value that `isContent` accepts; 0 when none. */
  lastRow(isContent: (value: T) => boolean): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = row.length - 1; c >= 0; c--) {
        const value = row[c];
        if (value !== undefined && isContent(value)) return r + 1;
      }
    }
    return 0;
  }

  /** 1-based index of the last column holding content in any row; 0 when none. */
  lastColumn(isContent: (value: T) => boolean): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        const value = row[c];
        if (value !== undefined && isContent(value)) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Every defined cell as [r, c, value], 0-based, row by row. */
  *cells(): Generator<[number, number, T]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (value !== undefined) yield [r, c, value];
      }
    }
  }

  /** Drops rows at or beyond maxRows and cells at or beyond maxCols (after a sheet shrinks). */
  truncate(maxRows: number, maxCols: number): void {
    if (this.rows.length > maxRows) this.rows.length = maxRows;
    for (const row of this.rows) if (row && row.length > maxCols) row.length = maxCols;
  }
}
