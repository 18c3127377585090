import { fresh } from './setup';

describe('performance', () => {
  it('writes and reads a 20,000 x 20 log well within the bench budget', () => {
    const { ss } = fresh();
    const sheet = ss.insertSheet('Tasks');
    sheet.insertRowsAfter(1000, 19_000);
    const rows = Array.from({ length: 20_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) =>
        c === 0 ? `T-${r}` : c === 1 ? r : c === 2 ? '2027-01-15' : `text ${r}`,
      ),
    );
    sheet.getRange(1, 1, 100, 20).setValues(rows.slice(0, 100));

    const started = performance.now();
    sheet.getRange(1, 1, 20_000, 20).setValues(rows);
    const values = sheet.getRange(1, 1, 20_000, 20).getValues();
    const elapsed = performance.now() - started;

    expect(values).toHaveLength(20_000);
    expect(values[19_999]?.[0]).toBe('T-19999');
    // The bench needs well under 200 ms; the margin absorbs slow CI machines.
    expect(elapsed).toBeLessThan(400);
  });
});
