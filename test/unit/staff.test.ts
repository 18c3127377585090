import { commonDomain, domainOf, isEmailAddress, readStaff, shortName } from '../../src/core/staff';
import { aStaffMember } from './fixtures';

const HEADERS = ['Name', 'Email', 'Role', 'Active'];

describe('readStaff', () => {
  it('reads name, email, role and active', () => {
    const grid = [HEADERS, ['Jane Smith', ' jane.smith@example.sch.uk ', 'TA', true]];

    const { staff, warnings } = readStaff(grid);

    expect(staff).toEqual([
      { name: 'Jane Smith', email: 'jane.smith@example.sch.uk', role: 'TA', active: true },
    ]);
    expect(warnings).toEqual([]);
  });

  it('finds columns by header in any order', () => {
    const grid = [
      ['Email address', 'Job title', 'Staff name'],
      ['omar.khan@example.sch.uk', 'HLTA', 'Omar Khan'],
    ];

    const { staff } = readStaff(grid);

    expect(staff).toEqual([
      { name: 'Omar Khan', email: 'omar.khan@example.sch.uk', role: 'HLTA', active: true },
    ]);
  });

  it('reports a row whose email is not an email address', () => {
    const grid = [HEADERS, ['Jane Smith', 'jane.smith at school', 'TA', '']];

    const { staff, warnings } = readStaff(grid);

    expect(staff).toEqual([]);
    expect(warnings).toEqual(['Staff row 2: "jane.smith at school" is not an email address.']);
  });

  it('reports a row with a name but no email', () => {
    const grid = [HEADERS, ['Jane Smith', '', 'TA', '']];

    const { warnings } = readStaff(grid);

    expect(warnings).toEqual(['Staff row 2: "(blank)" is not an email address.']);
  });

  it('reports an address listed twice, whatever its case, and keeps the first', () => {
    const grid = [
      HEADERS,
      ['Jane Smith', 'jane.smith@example.sch.uk', 'TA', ''],
      ['J Smith', 'Jane.Smith@example.sch.uk', 'HLTA', ''],
    ];

    const { staff, warnings } = readStaff(grid);

    expect(staff.map((s) => s.role)).toEqual(['TA']);
    expect(warnings).toEqual([
      'Staff row 3: Jane.Smith@example.sch.uk is listed twice; the first row is used.',
    ]);
  });

  it('reads the ways people mark someone inactive', () => {
    const cells = [false, 'No', 'n', 'Inactive', 'left', 0];
    const grid = [
      HEADERS,
      ...cells.map((active, i) => [`Person ${i}`, `p${i}@example.sch.uk`, 'TA', active]),
    ];

    const { staff } = readStaff(grid);

    expect(staff.map((s) => s.active)).toEqual([false, false, false, false, false, false]);
  });

  it('treats a blank, yes or ticked Active cell as active', () => {
    const grid = [
      HEADERS,
      ...['', 'Yes', true].map((active, i) => [`P ${i}`, `p${i}@example.sch.uk`, '', active]),
    ];

    const { staff } = readStaff(grid);

    expect(staff.map((s) => s.active)).toEqual([true, true, true]);
  });

  it('treats everyone as active when there is no Active column', () => {
    const grid = [
      ['Name', 'Email'],
      ['Jane Smith', 'jane.smith@example.sch.uk'],
    ];

    const { staff } = readStaff(grid);

    expect(staff[0]?.active).toBe(true);
  });

  it('uses the address as the name when the name is blank', () => {
    const grid = [HEADERS, ['', 'jane.smith@example.sch.uk', '', '']];

    const { staff } = readStaff(grid);

    expect(staff[0]?.name).toBe('jane.smith@example.sch.uk');
  });

  it('skips blank rows silently', () => {
    const grid = [HEADERS, ['', '', '', ''], ['Jane Smith', 'jane.smith@example.sch.uk', '', '']];

    const { staff, warnings } = readStaff(grid);

    expect(staff).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('reads an empty tab as no staff', () => {
    const result = readStaff([]);

    expect(result).toEqual({ staff: [], warnings: [] });
  });
});

describe('isEmailAddress', () => {
  it('accepts ordinary school addresses', () => {
    const answers = ['jane.smith@example.sch.uk', 'o.khan+send@school.org.uk'].map(isEmailAddress);

    expect(answers).toEqual([true, true]);
  });

  it('rejects malformed addresses', () => {
    const answers = [
      'jane.smith',
      'jane@school',
      'jane smith@example.sch.uk',
      'a@b@c.uk',
      'Jane <j@x.uk>',
      '',
    ].map(isEmailAddress);

    expect(answers).toEqual([false, false, false, false, false, false]);
  });
});

describe('domainOf', () => {
  it('gives the lower-cased domain', () => {
    const domain = domainOf('Jane@Example.SCH.uk');

    expect(domain).toBe('example.sch.uk');
  });

  it('is empty for text with no @', () => {
    const domain = domainOf('jane');

    expect(domain).toBe('');
  });
});

describe('shortName', () => {
  it('shortens to first initial and surname', () => {
    const name = shortName('jane Amelia Smith');

    expect(name).toBe('J Smith');
  });

  it('keeps a single word', () => {
    const name = shortName(' Reception ');

    expect(name).toBe('Reception');
  });
});

describe('commonDomain', () => {
  it('is the domain most of the staff use', () => {
    const staff = [
      aStaffMember({ email: 'a@example.sch.uk' }),
      aStaffMember({ email: 'b@gmail.com' }),
      aStaffMember({ email: 'c@Example.sch.uk' }),
    ];

    const domain = commonDomain(staff);

    expect(domain).toBe('example.sch.uk');
  });

  it('is empty when there are no staff', () => {
    const domain = commonDomain([]);

    expect(domain).toBe('');
  });
});
