import { isUserError, messageFor, UserError } from '../../src/core/errors';

describe('UserError', () => {
  it('is an Error named UserError', () => {
    const error = new UserError('Give the task a title.');

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UserError');
    expect(error.message).toBe('Give the task a title.');
  });
});

describe('isUserError', () => {
  it('recognises a UserError by name, as the sidebar must after google.script.run', () => {
    const crossed = Object.assign(new Error('Give the task a title.'), { name: 'UserError' });

    const answer = isUserError(crossed);

    expect(answer).toBe(true);
  });

  it('does not mistake other errors or values for user errors', () => {
    const answers = [new TypeError('x'), 'UserError', { name: 'UserError', message: 'x' }, null].map(
      isUserError,
    );

    expect(answers).toEqual([false, false, false, false]);
  });
});

describe('messageFor', () => {
  it('shows a user error as it is', () => {
    const message = messageFor(new UserError('Choose a due date.'));

    expect(message).toBe('Choose a due date.');
  });

  it('prefixes an unexpected error', () => {
    const message = messageFor(new Error('Service Spreadsheets timed out'));

    expect(message).toBe('Something went wrong: Service Spreadsheets timed out');
  });

  it('copes with something thrown that is not an Error', () => {
    const message = messageFor('boom');

    expect(message).toBe('Something went wrong: boom');
  });
});
