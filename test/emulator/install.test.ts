import vm from 'node:vm';
import { createEmulator } from '../../emulator';

const host = globalThis as unknown as Record<string, unknown>;

describe('install', () => {
  afterEach(() => {
    delete host.SpreadsheetApp;
  });

  it('puts the services on globalThis and takes them away again', () => {
    const emu = createEmulator();

    emu.install();
    const installed = host.SpreadsheetApp;
    emu.uninstall();

    expect(installed).toBe(emu.globals.SpreadsheetApp);
    expect('SpreadsheetApp' in host).toBe(false);
  });

  it('restores what was there before', () => {
    const previous = { previous: true };
    host.SpreadsheetApp = previous;
    const emu = createEmulator();

    emu.install();
    emu.uninstall();

    expect(host.SpreadsheetApp).toBe(previous);
  });

  it('leaves the real console alone on globalThis', () => {
    const emu = createEmulator();
    const realConsole = host.console;

    emu.install();
    const during = host.console;
    emu.uninstall();

    expect(during).toBe(realConsole);
  });

  it('records Logger and console output', () => {
    const emu = createEmulator();

    emu.globals.Logger.log('Sent %s emails', 3);
    emu.globals.console.warn('careful', { n: 1 });

    expect(emu.logs).toEqual([
      { level: 'log', message: 'Sent 3 emails' },
      { level: 'warn', message: 'careful { n: 1 }' },
    ]);
  });
});

describe('a node:vm context', () => {
  it('runs a script against the globals', () => {
    const emu = createEmulator();
    const context = vm.createContext({ ...emu.globals });

    vm.runInContext(
      "SpreadsheetApp.getActiveSheet().getRange('A1').setValue('from vm'); console.log('done')",
      context,
    );

    expect(emu.readSheet('Sheet1')?.values).toEqual([['from vm']]);
    expect(emu.logs).toEqual([{ level: 'log', message: 'done' }]);
  });

  it("hands out the context's own Dates and Errors once told its realm", () => {
    const emu = createEmulator();
    const context = vm.createContext({ ...emu.globals });
    emu.useRealm({ Date: vm.runInContext('Date', context), Error: vm.runInContext('Error', context) });

    const result = vm.runInContext(
      `const range = SpreadsheetApp.getActiveSheet().getRange('A1');
       range.setValue(new Date(0));
       let caught;
       try { range.setValues([['a', 'b']]); } catch (e) { caught = e; }
       [range.getValue() instanceof Date, caught instanceof Error, caught.message]`,
      context,
    );

    expect(result).toEqual([
      true,
      true,
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 1.',
    ]);
  });
});
