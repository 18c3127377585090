/** Builders for unit tests. Every pupil and person here is invented. */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Pupil, Settings, StaffMember, Task } from '../../src/core/types';

export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 'T-000001',
    created: '2027-01-04T09:00:00.000Z',
    pupilId: 'P-0001',
    pupilLabel: 'Amara Okafor',
    taskType: 'pupil-voice',
    title: 'Collect pupil voice',
    instructions: 'Ask what helps in lessons.',
    assigneeEmail: 'jane.smith@example.sch.uk',
    assigneeName: 'Jane Smith',
    due: '2027-01-15',
    status: 'Not started',
    completed: '',
    notes: '',
    minutes: 30,
    requestId: 'req-1',
    notifiedAt: '',
    lastReminder: '',
    checkedBySenco: '',
    escalated: '',
    ...overrides,
  };
}

export function aPupil(overrides: Partial<Pupil> = {}): Pupil {
  return {
    id: 'P-0001',
    forename: 'Amara',
    surname: 'Okafor',
    name: 'Amara Okafor',
    year: '4',
    form: '4B',
    provision: 'K',
    needs: ['SEMH'],
    keyAdult: 'Jane Smith',
    nextReview: '',
    annualReviewDue: '',
    row: 2,
    ...overrides,
  };
}

export function aStaffMember(overrides: Partial<StaffMember> = {}): StaffMember {
  return { name: 'Jane Smith', email: 'jane.smith@example.sch.uk', role: 'TA', active: true, ...overrides };
}

export function someSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    schoolName: 'Example Academy',
    sencoName: 'Sam Patel',
    sencoEmail: 'senco@example.sch.uk',
    emailDomain: 'example.sch.uk',
    holidays: [],
    ...overrides,
  };
}

/** An English school year's holidays for 2026-27, with the early May bank holiday. */
export const HOLIDAYS_2026_27: Settings['holidays'] = [
  { start: '2026-10-26', end: '2026-10-30' },
  { start: '2026-12-21', end: '2027-01-01' },
  { start: '2027-02-15', end: '2027-02-19' },
  { start: '2027-03-29', end: '2027-04-09' },
  { start: '2027-05-03', end: '2027-05-03' },
  { start: '2027-07-22', end: '2027-09-01' },
];
