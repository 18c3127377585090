import { findTemplate, TASK_TEMPLATES } from '../../src/core/templates';

describe('TASK_TEMPLATES', () => {
  it('gives every template a unique id', () => {
    const ids = TASK_TEMPLATES.map((template) => template.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every template a title, instructions and sensible numbers', () => {
    const problems = TASK_TEMPLATES.filter(
      (t) =>
        t.title.trim() === '' ||
        t.instructions.trim() === '' ||
        !Number.isInteger(t.estimatedMinutes) ||
        t.estimatedMinutes <= 0 ||
        !Number.isInteger(t.suggestedDueInDays) ||
        t.suggestedDueInDays <= 0,
    );

    expect(problems).toEqual([]);
  });

  it('includes the review tasks SENCOs delegate most', () => {
    const ids = TASK_TEMPLATES.map((template) => template.id);

    expect(ids).toEqual(
      expect.arrayContaining(['pupil-voice', 'parent-views', 'work-samples', 'book-review-meeting']),
    );
  });
});

describe('findTemplate', () => {
  it('finds a template by id', () => {
    const template = findTemplate('pupil-voice');

    expect(template?.title).toBe('Collect pupil voice');
  });

  it('finds nothing for an unknown id', () => {
    const template = findTemplate('make-tea');

    expect(template).toBeUndefined();
  });
});
