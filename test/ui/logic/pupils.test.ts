import {
  ANY_SEN,
  areaOptions,
  compareYears,
  EMPTY_FILTER,
  filterPupils,
  indexPupils,
  NOT_RECORDED,
  normaliseYear,
  pupilLabel,
  statusOptions,
  yearLabel,
  yearOptions,
  yearWords,
} from '../../../sidebar/pupils';
import type { SidebarPupil } from '../../../src/core/rpc';

function pupil(overrides: Partial<SidebarPupil>): SidebarPupil {
  return {
    id: 'P1',
    name: 'Amira Khan',
    year: '7',
    form: '7A',
    status: 'K',
    needArea: '',
    initials: 'AK',
    ...overrides,
  };
}

const PUPILS = [
  pupil({
    id: 'P1',
    name: 'Amira Khan',
    year: '7',
    form: '7A',
    status: 'E',
    needArea: 'Cognition and learning',
  }),
  pupil({ id: 'P2', name: 'Ben Lee', year: 'Year 8', form: '8B', status: 'K' }),
  pupil({ id: 'P3', name: 'Cara Khan', year: 'R', form: 'Robins', status: 'N' }),
  pupil({ id: 'P4', name: 'Dev Shah', year: '10', form: '10C', status: '' }),
];

describe('normaliseYear', () => {
  it.each([
    ['7', '7'],
    ['Year 7', '7'],
    ['Y7', '7'],
    ['yr 10', '10'],
    ['Reception', 'R'],
    ['YR', 'R'],
    ['N1', 'N1'],
    [' 8 ', '8'],
  ])('reads %p as %p', (input, expected) => {
    expect(normaliseYear(input)).toBe(expected);
  });
});

describe('year labels', () => {
  it('shortens years for rows', () => {
    expect([yearLabel('7'), yearLabel('Reception'), yearLabel('N2'), yearLabel('')]).toEqual([
      'Y7',
      'YR',
      'N2',
      '',
    ]);
  });

  it('spells years out for screen readers and filters', () => {
    expect([yearWords('Y9'), yearWords('R'), yearWords('N1')]).toEqual(['Year 9', 'Reception', 'N1']);
  });

  it('orders nursery, reception, then years by number', () => {
    expect(['10', '2', 'R', 'N1', '13', 'N2'].sort(compareYears)).toEqual(['N1', 'N2', 'R', '2', '10', '13']);
  });
});

describe('filter options', () => {
  it('lists each year once, in school order', () => {
    expect(yearOptions(PUPILS).map((o) => o.label)).toEqual([
      'All years',
      'Reception',
      'Year 7',
      'Year 8',
      'Year 10',
    ]);
  });

  it('offers E or K, each code, and "Not recorded" when a status is blank', () => {
    expect(statusOptions(PUPILS).map((o) => o.value)).toEqual(['', ANY_SEN, 'E', 'K', 'N', NOT_RECORDED]);
  });

  it('offers the legacy S code only when a pupil has it', () => {
    expect(statusOptions([pupil({ status: 'S' })]).map((o) => o.value)).toContain('S');
  });

  it('lists need areas present and "No need recorded"', () => {
    expect(areaOptions(PUPILS).map((o) => o.value)).toEqual(['', 'Cognition and learning', NOT_RECORDED]);
  });
});

describe('filterPupils', () => {
  const index = indexPupils(PUPILS);
  const none = new Set<string>();

  it('matches every search word against name, id and form', () => {
    expect(filterPupils(index, { ...EMPTY_FILTER, query: 'khan 7a' }, none).map((p) => p.id)).toEqual(['P1']);
    expect(filterPupils(index, { ...EMPTY_FILTER, query: 'p2' }, none).map((p) => p.id)).toEqual(['P2']);
    expect(filterPupils(index, { ...EMPTY_FILTER, query: 'ROBINS' }, none).map((p) => p.id)).toEqual(['P3']);
  });

  it('filters by normalised year', () => {
    expect(filterPupils(index, { ...EMPTY_FILTER, year: '8' }, none).map((p) => p.id)).toEqual(['P2']);
  });

  it('filters by status, including E or K together and blanks', () => {
    expect(filterPupils(index, { ...EMPTY_FILTER, status: ANY_SEN }, none).map((p) => p.id)).toEqual([
      'P1',
      'P2',
    ]);
    expect(filterPupils(index, { ...EMPTY_FILTER, status: NOT_RECORDED }, none).map((p) => p.id)).toEqual([
      'P4',
    ]);
  });

  it('filters by need area', () => {
    const filter = { ...EMPTY_FILTER, area: 'Cognition and learning' };
    expect(filterPupils(index, filter, none).map((p) => p.id)).toEqual(['P1']);
  });

  it('shows just the selection when asked, whatever the search says', () => {
    const filter = { ...EMPTY_FILTER, query: 'nobody', selectedOnly: true };
    expect(filterPupils(index, filter, new Set(['P3', 'P1'])).map((p) => p.id)).toEqual(['P1', 'P3']);
  });

  it('filters 2,000 pupils quickly', () => {
    const many = Array.from({ length: 2000 }, (_, i) => pupil({ id: `P${i}`, name: `Pupil ${i}` }));
    const big = indexPupils(many);
    const started = performance.now();

    for (let i = 0; i < 50; i += 1) filterPupils(big, { ...EMPTY_FILTER, query: `pupil ${i}` }, none);

    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('pupilLabel', () => {
  const amira = pupil({ id: 'P1', name: 'Amira Khan', initials: 'AK' });

  it('follows the Settings pupil identifier', () => {
    expect([pupilLabel(amira, 'initials'), pupilLabel(amira, 'id'), pupilLabel(amira, 'full name')]).toEqual([
      'AK',
      'P1',
      'Amira Khan',
    ]);
  });

  it('falls back to the id when there are no initials', () => {
    expect(pupilLabel(pupil({ initials: '' }), 'initials')).toBe('P1');
  });
});
