import { initialsOfName, pupilInEmail } from '../../src/core/pupilLabel';

const pupil = { id: 'P-0042', name: 'Amara Okafor-Jones' };

describe('initialsOfName', () => {
  it('takes the first letters of the first and last words', () => {
    const initials = initialsOfName('amara grace Okafor-Jones');

    expect(initials).toBe('AO');
  });

  it('takes one letter from a single name', () => {
    const initials = initialsOfName(' Tariq ');

    expect(initials).toBe('T');
  });

  it('is empty for an empty name', () => {
    const initials = initialsOfName('   ');

    expect(initials).toBe('');
  });
});

describe('pupilInEmail', () => {
  it('shows initials', () => {
    const label = pupilInEmail(pupil, 'initials');

    expect(label).toBe('AO');
  });

  it('shows the register id', () => {
    const label = pupilInEmail(pupil, 'id');

    expect(label).toBe('P-0042');
  });

  it('shows the full name when Settings allows it', () => {
    const label = pupilInEmail(pupil, 'full name');

    expect(label).toBe('Amara Okafor-Jones');
  });

  it('falls back to the id when there is no name to take initials from', () => {
    const label = pupilInEmail({ id: 'P-0042', name: '' }, 'initials');

    expect(label).toBe('P-0042');
  });
});
