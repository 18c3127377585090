import { fresh } from './setup';

describe('data validation', () => {
  it('builds a list rule and reads it back from the cell', () => {
    const { app, sheet } = fresh();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Not started', 'Done'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick a status')
      .build();

    sheet.getRange('J2:J10').setDataValidation(rule);
    const read = sheet.getRange('J5').getDataValidation();

    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([['Not started', 'Done'], true]);
    expect(read?.getAllowInvalid()).toBe(false);
    expect(read?.getHelpText()).toBe('Pick a status');
  });

  it('builds a checkbox rule', () => {
    const { app, sheet } = fresh();

    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireCheckbox().build());

    expect(sheet.getRange('A1').getDataValidation()?.getCriteriaType()).toBe(
      app.DataValidationCriteria.CHECKBOX,
    );
    expect(sheet.getRange('A1').getDataValidation()?.getCriteriaValues()).toEqual([]);
  });

  it('allows invalid data unless told otherwise', () => {
    const { app } = fresh();

    expect(app.newDataValidation().requireCheckbox().build().getAllowInvalid()).toBe(true);
  });

  it('reads null for cells without a rule', () => {
    const { app, sheet } = fresh();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireCheckbox().build());

    const rules = sheet.getRange('A1:B1').getDataValidations();

    expect(rules[0]?.[0]).not.toBeNull();
    expect(rules[0]?.[1]).toBeNull();
  });

  it('sets rules per cell', () => {
    const { app, sheet } = fresh();
    const list = app.newDataValidation().requireValueInList(['a']).build();

    sheet.getRange('A1:B1').setDataValidations([[list, null]]);

    expect(
      sheet
        .getRange('A1:B1')
        .getDataValidations()[0]
        ?.map((r) => r === null),
    ).toEqual([false, true]);
  });

  it('copies a rule into a builder that changes only the copy', () => {
    const { app } = fresh();
    const original = app.newDataValidation().requireValueInList(['a', 'b']).setHelpText('old').build();

    const changed = original.copy().setHelpText('new').build();

    expect([original.getHelpText(), changed.getHelpText()]).toEqual(['old', 'new']);
    expect(changed.getCriteriaValues()).toEqual([['a', 'b'], true]);
  });

  it('clears rules', () => {
    const { app, sheet } = fresh();
    sheet.getRange('A1:A3').setDataValidation(app.newDataValidation().requireCheckbox().build());

    sheet.getRange('A1:A3').clearDataValidations();

    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
  });

  it('removes rules with setDataValidation(null)', () => {
    const { app, sheet } = fresh();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireCheckbox().build());

    sheet.getRange('A1').setDataValidation(null);

    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  it('inserts checkboxes as unchecked values', () => {
    const { app, sheet } = fresh();

    sheet.getRange('A1:A2').insertCheckboxes();

    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('A1').getDataValidation()?.getCriteriaType()).toBe(
      app.DataValidationCriteria.CHECKBOX,
    );
  });

  it('does not stop scripts writing values the rule would refuse', () => {
    const { app, sheet } = fresh();
    sheet
      .getRange('A1')
      .setDataValidation(app.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).build());

    sheet.getRange('A1').setValue('z');

    expect(sheet.getRange('A1').getValue()).toBe('z');
  });

  it('refuses a build with no criteria', () => {
    const { app } = fresh();

    expect(() => app.newDataValidation().build()).toThrow('You must specify a criteria');
  });
});
