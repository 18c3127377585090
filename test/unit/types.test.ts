import { ASSIGNEE_STATUSES, STAFF_ROLES, TASK_STATUSES } from '../../src/core/types';

describe('TASK_STATUSES', () => {
  it('lists the statuses a task moves through', () => {
    const statuses = [...TASK_STATUSES];

    expect(statuses).toEqual(['Not started', 'In progress', 'Done', "Can't do", 'Cancelled']);
  });
});

describe('ASSIGNEE_STATUSES', () => {
  it('lets an assignee choose every status except Cancelled', () => {
    const statuses = [...ASSIGNEE_STATUSES];

    expect(statuses).toEqual(TASK_STATUSES.filter((status) => status !== 'Cancelled'));
  });
});

describe('STAFF_ROLES', () => {
  it('covers the people a SENCO delegates to', () => {
    const roles = [...STAFF_ROLES];

    expect(roles).toEqual(['TA', 'HLTA', 'Teacher', 'Pastoral', 'Office', 'SENCO', 'SLT']);
  });
});
