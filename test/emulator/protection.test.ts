import { fresh } from './setup';

describe('protection', () => {
  it('protects a range and keeps its settings', () => {
    const { app, sheet } = fresh();

    const protection = sheet.getRange('A1:C1').protect().setDescription('Headers').setWarningOnly(true);

    const [found] = sheet.getProtections(app.ProtectionType.RANGE);
    expect(found?.getDescription()).toBe('Headers');
    expect(found?.isWarningOnly()).toBe(true);
    expect(found?.getRange().getA1Notation()).toBe('A1:C1');
    expect(found?.getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect(protection.canEdit()).toBe(true);
  });

  it('lists the owner as an editor and adds and removes others', () => {
    const { sheet } = fresh({ userEmail: 'senco@example.school' });
    const protection = sheet.getRange('A1').protect();

    protection
      .addEditor('ta@example.school')
      .addEditors(['hlta@example.school'])
      .removeEditor('ta@example.school');

    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([
      'senco@example.school',
      'hlta@example.school',
    ]);
  });

  it('never removes the owner', () => {
    const { sheet } = fresh({ userEmail: 'senco@example.school' });
    const protection = sheet.getRange('A1').protect();

    protection.removeEditors(['senco@example.school']);

    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['senco@example.school']);
  });

  it('keeps domain editing off until set', () => {
    const { sheet } = fresh();
    const protection = sheet.getRange('A1').protect();

    const before = protection.canDomainEdit();
    protection.setDomainEdit(true);

    expect([before, protection.canDomainEdit()]).toEqual([false, true]);
  });

  it('adds a new protection each time a range is protected', () => {
    const { app, sheet } = fresh();

    sheet.getRange('A1').protect();
    sheet.getRange('A1').protect();

    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(2);
  });

  it('returns the existing protection when a sheet is protected again', () => {
    const { app, sheet } = fresh();
    sheet.protect().setDescription('Log');

    const again = sheet.protect();

    expect(again.getDescription()).toBe('Log');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('leaves chosen ranges of a protected sheet editable', () => {
    const { sheet } = fresh();
    const protection = sheet.protect();

    protection.setUnprotectedRanges([sheet.getRange('J2:K')]);

    expect(protection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['J2:K1000']);
    expect(protection.getRange().getA1Notation()).toBe('A1:Z1000');
  });

  it('is gone once removed', () => {
    const { app, sheet } = fresh();
    const protection = sheet.getRange('A1').protect();

    protection.remove();

    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('moves with its rows', () => {
    const { app, sheet } = fresh();
    sheet.getRange('A2:B3').protect();

    sheet.insertRowsBefore(1, 2);

    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]?.getRange().getA1Notation()).toBe('A4:B5');
  });

  it('is listed by the spreadsheet across sheets', () => {
    const { app, ss, sheet } = fresh();
    sheet.getRange('A1').protect();
    ss.insertSheet('Other').getRange('B2').protect();

    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(2);
  });
});
