/** A deterministic, invented SidebarState for driving the sidebar without a server. No real people. */
import type { SidebarPupil, SidebarStaff, SidebarState } from '../../../src/core/rpc';
import { TASK_TEMPLATES } from '../../../src/core/templates';

const FORENAMES = [
  'Amira',
  'Ben',
  'Chloe',
  'Dylan',
  'Ella',
  'Finn',
  'Grace',
  'Harvey',
  'Isla',
  'Jacob',
  'Kai',
  'Lily',
  'Mason',
  'Nia',
  'Oscar',
  'Poppy',
  'Rory',
  'Sofia',
  'Theo',
  'Zara',
];
const SURNAMES = [
  'Adebayo',
  'Brook',
  'Carver',
  'Dunmore',
  'Ellery',
  'Fenwick',
  'Garside',
  'Holloway',
  'Ingram',
  'Jessop',
  'Kettle',
  'Lomax',
  'Marlow',
  'Nuttall',
  'Oakes',
  'Pryce',
  'Quarry',
  'Rowntree',
];
const AREAS = [
  'Cognition and learning',
  'Communication and interaction',
  'Social, emotional and mental health',
  'Sensory and/or physical',
];

export const FAKE_STAFF: SidebarStaff[] = [
  { name: 'J Smith', email: 'j.smith@example.school', role: 'TA' },
  { name: 'A Khan', email: 'a.khan@example.school', role: 'HLTA' },
  { name: 'R Patel', email: 'r.patel@example.school', role: 'Teacher' },
  { name: 'School Office', email: 'office@example.school', role: 'Office' },
];

/** Pupil i of a made-up secondary school: years 7–11, about 1 in 8 with an EHCP. */
export function fakePupil(i: number): SidebarPupil {
  const forename = FORENAMES[i % FORENAMES.length] ?? 'Alex';
  const surname = SURNAMES[(i * 7) % SURNAMES.length] ?? 'Doe';
  const year = String(7 + (i % 5));
  const status = i % 8 === 0 ? 'E' : i % 3 === 0 ? 'N' : 'K';
  return {
    id: `P${String(1001 + i)}`,
    name: `${forename} ${surname}`,
    year,
    form: `${year}${'ABC'[i % 3]}`,
    status,
    needArea: status === 'N' ? '' : (AREAS[i % AREAS.length] ?? ''),
    initials: `${forename[0]}${surname[0]}`,
  };
}

export function fakeState(overrides: Partial<SidebarState> & { pupilCount?: number } = {}): SidebarState {
  const { pupilCount = 40, ...rest } = overrides;
  return {
    registerFound: true,
    registerTab: 'SEN Register',
    pupils: Array.from({ length: pupilCount }, (_, i) => fakePupil(i)),
    staff: FAKE_STAFF,
    templates: [...TASK_TEMPLATES],
    // A Wednesday, so suggested due dates cross a weekend.
    today: '2027-01-13',
    schoolName: 'Example Academy',
    senderName: 'Ms Rivera',
    pupilIdentifier: 'initials',
    warnings: [],
    ...rest,
  };
}
