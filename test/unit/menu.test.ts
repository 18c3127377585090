import { MENU } from '../../src/core/menu';

describe('MENU', () => {
  it('opens the sidebar from "Delegate task"', () => {
    const item = MENU.find((entry) => entry !== 'separator' && entry.caption === 'Delegate task');

    expect(item).toEqual({ caption: 'Delegate task', functionName: 'showSidebar' });
  });

  it('offers "Set up register"', () => {
    const captions = MENU.map((entry) => (entry === 'separator' ? '---' : entry.caption));

    expect(captions).toContain('Set up register');
  });

  it('names a different function for every item', () => {
    const names = MENU.flatMap((entry) => (entry === 'separator' ? [] : [entry.functionName]));

    expect(new Set(names).size).toBe(names.length);
  });

  it('names functions that can be Apps Script globals', () => {
    const names = MENU.flatMap((entry) => (entry === 'separator' ? [] : [entry.functionName]));

    expect(names.every((name) => /^[A-Za-z_$][\w$]*$/.test(name))).toBe(true);
  });
});
