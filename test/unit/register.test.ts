import {
  findRegister,
  initialsOf,
  mapHeaders,
  planPupilIds,
  primaryNeedArea,
  type RegisterLocation,
  readRegister,
  readYear,
} from '../../src/core/register';
import type { Grid } from '../../src/core/types';
import { aPupil } from './fixtures';

const LONDON = 'Europe/London';
const SCHOOL_HEADERS = [
  'Surname',
  'First name',
  'Yr',
  'SEN Stage',
  'Primary Need',
  'Key adult',
  'Next review',
];

const registerTab = {
  name: 'SEND Register 2026-27',
  top: [
    ['Oak Lane Primary — SEND register', '', '', '', '', '', ''],
    ['Updated by the SENCO each half term', '', '', '', '', '', ''],
    SCHOOL_HEADERS,
    ['Okafor', 'Amara', 'Y4', 'SEN Support', 'SEMH needs', 'Ms Smith', '2027-02-01'],
  ],
};
const staffTab = { name: 'Staff', top: [['Name', 'Email', 'Role', 'Active']] };
const notesTab = { name: 'Notes', top: [['Meeting notes'], ['Name', 'Date']] };

function withIds(rows: Grid): { location: RegisterLocation; grid: Grid } {
  const grid: Grid = [
    ['Pupil ID', 'Surname', 'Forename', 'Year', 'SEN status', 'Primary need', 'Secondary need'],
    ...rows,
  ];
  const location = findRegister([{ name: 'Register', top: grid }]);
  if (!location) throw new Error('test register not found');
  return { location, grid };
}

describe('mapHeaders', () => {
  it('maps a school’s own header names to register fields', () => {
    const columns = mapHeaders(SCHOOL_HEADERS);

    expect(columns).toEqual({
      surname: 0,
      forename: 1,
      year: 2,
      provision: 3,
      primaryNeed: 4,
      keyAdult: 5,
      nextReview: 6,
    });
  });

  it('maps "Last name" to surname', () => {
    const columns = mapHeaders(['Last name']);

    expect(columns.surname).toBe(0);
  });

  it('ignores case and punctuation', () => {
    const columns = mapHeaders(['FAMILY-NAME', 'first_name', 'SEN-Status', 'Key adult(s)']);

    expect(columns).toMatchObject({ surname: 0, forename: 1, provision: 2, keyAdult: 3 });
  });

  it('prefers the better synonym when two columns match one field', () => {
    const columns = mapHeaders(['Status', 'SEN status']);

    expect(columns.provision).toBe(1);
  });

  it('does not read a name column as a full name when there are separate name columns', () => {
    const columns = mapHeaders(['Name', 'Surname', 'Forename']);

    expect(columns.fullName).toBeUndefined();
  });
});

describe('findRegister', () => {
  it('finds the register in a tab with its own name, below a title', () => {
    const location = findRegister([staffTab, registerTab, notesTab]);

    expect(location).toEqual({
      tab: 'SEND Register 2026-27',
      headerRow: 3,
      columns: mapHeaders(SCHOOL_HEADERS),
    });
  });

  it('ignores tabs that do not look like a register', () => {
    const location = findRegister([staffTab, notesTab]);

    expect(location).toBeNull();
  });

  it('returns null for a workbook with no tabs', () => {
    const location = findRegister([]);

    expect(location).toBeNull();
  });

  it('needs something SEND-like beside the names', () => {
    const location = findRegister([{ name: 'Class list', top: [['Surname', 'Forename', 'Form']] }]);

    expect(location).toBeNull();
  });

  it('prefers the tab named in Settings when two tabs look like registers', () => {
    const older = { ...registerTab, name: 'SEND Register 2025-26' };

    const location = findRegister([registerTab, older], 'SEND Register 2025-26');

    expect(location?.tab).toBe('SEND Register 2025-26');
  });

  it('looks no further than the first ten rows for headers', () => {
    const top = [...Array.from({ length: 10 }, () => ['']), SCHOOL_HEADERS];

    const location = findRegister([{ name: 'Deep', top }]);

    expect(location).toBeNull();
  });
});

describe('readRegister', () => {
  it('reads a pupil with codes and words mapped', () => {
    const { location, grid } = withIds([
      ['P-0001', 'Okafor', 'Amara', 'Year 4', 'SEN Support', 'Autism', 'SEMH needs'],
    ]);

    const { pupils } = readRegister(location, grid, LONDON);

    expect(pupils).toEqual([
      {
        id: 'P-0001',
        forename: 'Amara',
        surname: 'Okafor',
        name: 'Amara Okafor',
        year: '4',
        form: '',
        provision: 'K',
        needs: ['ASD', 'SEMH'],
        keyAdult: '',
        nextReview: '',
        annualReviewDue: '',
        row: 2,
      },
    ]);
  });

  it('reads "EHCP" as provision E', () => {
    const { location, grid } = withIds([['P-0002', 'Mensah', 'Kofi', '7', 'EHCP', 'SLCN', '']]);

    const { pupils } = readRegister(location, grid, LONDON);

    expect(pupils[0]?.provision).toBe('E');
  });

  it('takes pupil ids from the register’s id column', () => {
    const { location, grid } = withIds([
      ['1042', 'Okafor', 'Amara', '4', 'K', 'MLD', ''],
      ['1043', 'Mensah', 'Kofi', '7', 'E', 'SLCN', ''],
    ]);

    const { pupils } = readRegister(location, grid, LONDON);

    expect(pupils.map((p) => p.id)).toEqual(['1042', '1043']);
  });

  it('reads numeric id cells as text', () => {
    const { location, grid } = withIds([[1042, 'Okafor', 'Amara', '4', 'K', 'MLD', '']]);

    const { pupils } = readRegister(location, grid, LONDON);

    expect(pupils[0]?.id).toBe('1042');
  });

  it('lists rows that have a pupil but no id, and warns about them', () => {
    const { location, grid } = withIds([
      ['', 'Okafor', 'Amara', '4', 'K', 'MLD', ''],
      ['P-0002', 'Mensah', 'Kofi', '7', 'E', 'SLCN', ''],
      ['', 'Evans', 'Lily', '2', 'K', 'SPLD', ''],
    ]);

    const register = readRegister(location, grid, LONDON);

    expect(register.rowsWithoutId).toEqual([2, 4]);
    expect(register.pupils.map((p) => p.id)).toEqual(['P-0002']);
    expect(register.warnings).toContain(
      '2 pupil row(s) have no pupil id (first: row 2); add one, or run "Set up register" to number them, before delegating tasks for them.',
    );
  });

  it('numbers nothing and warns about nothing when the register has no id column', () => {
    const grid: Grid = [SCHOOL_HEADERS, ['Okafor', 'Amara', '4', 'K', 'MLD', '', '']];
    const location = findRegister([{ name: 'R', top: grid }])!;

    const register = readRegister(location, grid, LONDON);

    expect(register.rowsWithoutId).toEqual([2]);
    expect(register.warnings).toEqual([]);
  });

  it('skips blank rows', () => {
    const { location, grid } = withIds([
      ['', '', '', '', '', '', ''],
      ['P-0002', 'Mensah', 'Kofi', '7', 'E', 'SLCN', ''],
    ]);

    const register = readRegister(location, grid, LONDON);

    expect(register.pupils).toHaveLength(1);
    expect(register.rowsWithoutId).toEqual([]);
  });

  it('uses the first of two rows with the same id and warns', () => {
    const { location, grid } = withIds([
      ['P-0001', 'Okafor', 'Amara', '4', 'K', 'MLD', ''],
      ['P-0001', 'Mensah', 'Kofi', '7', 'E', 'SLCN', ''],
    ]);

    const register = readRegister(location, grid, LONDON);

    expect(register.pupils.map((p) => p.name)).toEqual(['Amara Okafor']);
    expect(register.warnings).toContain('Rows 2 and 3 share the pupil id P-0001; tasks use the first.');
  });

  it('computes census warnings rather than throwing', () => {
    const { location, grid } = withIds([
      ['P-0001', 'Okafor', 'Amara', '4', 'K', '', ''],
      ['P-0002', 'Mensah', 'Kofi', '7', 'E', 'NSA', ''],
      ['P-0003', 'Evans', 'Lily', '2', 'S', 'MLD', ''],
      ['P-0004', 'Clarke', 'Noah', '5', 'Wave 3', 'Glue ear', ''],
    ]);

    const register = readRegister(location, grid, LONDON);

    expect(register.pupils).toHaveLength(4);
    expect(register.warnings).toEqual([
      'Row 2 (P-0001): a pupil with SEN status K needs a primary type of need for the census.',
      'Row 3 (P-0002): need NSA is only valid with SEN status K (SEN support).',
      'Row 4 (P-0003): SEN status S (statement) has not been valid since 2018; use E for an EHC plan.',
      'Row 5 (P-0004): SEN status "Wave 3" is not a census code (E, K or N).',
      'Row 5 (P-0004): type of need "Glue ear" is not a census code.',
    ]);
  });

  it('reads date cells as calendar dates in the spreadsheet’s time zone', () => {
    const grid: Grid = [
      ['Pupil ID', 'Name', 'SEN', 'Next review'],
      ['P-0001', 'Amara Okafor', 'K', new Date('2027-03-31T23:30:00Z')],
    ];
    const location = findRegister([{ name: 'R', top: grid }])!;

    const { pupils } = readRegister(location, grid, LONDON);

    expect(pupils[0]?.nextReview).toBe('2027-04-01');
  });

  it('splits a single name column, including "Surname, Forename"', () => {
    const grid: Grid = [
      ['Pupil ID', 'Pupil name', 'SEN'],
      ['P-0001', 'Amara Okafor', 'K'],
      ['P-0002', 'Mensah, Kofi', 'E'],
      ['P-0003', 'Tariq', 'K'],
    ];
    const location = findRegister([{ name: 'R', top: grid }])!;

    const { pupils } = readRegister(location, grid, LONDON);

    expect(pupils.map((p) => [p.forename, p.surname])).toEqual([
      ['Amara', 'Okafor'],
      ['Kofi', 'Mensah'],
      ['Tariq', ''],
    ]);
  });

  it('reports the width in use so an added column overwrites nothing', () => {
    const { location, grid } = withIds([['P-0001', 'Okafor', 'Amara', '4', 'K', 'MLD', '', 'extra note']]);

    const register = readRegister(location, grid, LONDON);

    expect(register.width).toBe(8);
  });
});

describe('readYear', () => {
  it('reads the ways schools write year groups', () => {
    const years = ['Y4', 'Year 10', 'yr 6', 4, 'Rec', 'Reception', 'N2', 'Nursery 1', ''].map(readYear);

    expect(years).toEqual(['4', '10', '6', '4', 'R', 'R', 'N2', 'N1', '']);
  });

  it('keeps other text as written', () => {
    const year = readYear('Sixth form');

    expect(year).toBe('Sixth form');
  });
});

describe('initialsOf', () => {
  it('takes the first letters of forename and surname', () => {
    const initials = initialsOf({ forename: 'amara', surname: 'Okafor-Jones' });

    expect(initials).toBe('AO');
  });
});

describe('primaryNeedArea', () => {
  it('gives the broad area of the first need', () => {
    const area = primaryNeedArea(aPupil({ needs: ['ASD', 'SEMH'] }));

    expect(area).toBe('Communication and interaction');
  });

  it('is empty for a pupil with no need', () => {
    const area = primaryNeedArea(aPupil({ needs: [] }));

    expect(area).toBe('');
  });
});

describe('planPupilIds', () => {
  it('numbers from P-0001 when no ids are in use', () => {
    const ids = planPupilIds([], 3);

    expect(ids).toEqual(['P-0001', 'P-0002', 'P-0003']);
  });

  it('continues after the highest P-number in use, ignoring other ids', () => {
    const ids = planPupilIds(['P-0007', '1042', 'P-0003', 'UPN-9'], 2);

    expect(ids).toEqual(['P-0008', 'P-0009']);
  });

  it('plans nothing for no rows', () => {
    const ids = planPupilIds(['P-0001'], 0);

    expect(ids).toEqual([]);
  });
});
