import { getSidebarState } from '../../src/app/getSidebarState';
import { setUpWorkbook } from '../../src/app/setUpWorkbook';
import { type Harness, harness } from '../support/harness';

let h: Harness;
beforeEach(() => {
  h = harness();
  setUpWorkbook(h.ports());
});
afterEach(() => h.done());

describe('getSidebarState', () => {
  it('lists every pupil with id, name, year, status and need area', () => {
    const state = getSidebarState(h.ports());

    expect(state.pupils).toHaveLength(6);
    expect(state.pupils[0]).toEqual({
      id: '007',
      name: 'Amara Okafor',
      year: '4',
      form: '4B',
      status: 'K',
      needArea: 'Communication and interaction',
      initials: 'AO',
    });
  });

  it('lists active staff only, with their roles', () => {
    const state = getSidebarState(h.ports());

    expect(state.staff.map((member) => member.email)).not.toContain('d.ford@example.school');
    expect(state.staff[0]).toEqual({ name: 'Jo Smith', email: 'jo.smith@example.school', role: 'TA' });
  });

  it('offers the built-in task templates', () => {
    const state = getSidebarState(h.ports());

    expect(state.templates.map((template) => template.title)).toContain('Collect pupil voice');
  });

  it('gives today in the spreadsheet time zone as YYYY-MM-DD', () => {
    expect(getSidebarState(h.ports()).today).toBe('2026-12-07');
  });

  it('reports census problems as warnings, not errors', () => {
    const state = getSidebarState(h.ports());

    expect(state.warnings.join(' ')).toContain('needs a primary type of need');
  });

  it('is JSON-safe: it survives a JSON round trip unchanged', () => {
    const state = getSidebarState(h.ports());

    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
