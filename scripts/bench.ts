/**
 * Spreadsheet calls and time per use case at several register sizes, running dist/Code.js (what
 * Google runs) in node:vm on the emulator. Calls must not grow with the register or the log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createEmulator } from '../emulator';
import { register, staff, taskLog } from './benchData';

const SIZES = [200, 2_000, 10_000];
const TASKS = 20_000;
const STAFF = 60;
const NOW = new Date('2027-01-13T08:00:00Z');
const dist = join(process.cwd(), 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');

interface Row {
  useCase: string;
  pupils: number;
  calls: number;
  wallMs: number;
  cpuMs: number;
}

function workbook(pupils: number) {
  const emu = createEmulator({ spreadsheetName: 'Bench Academy' });
  emu.clock.set(NOW);
  const ss = emu.spreadsheet;
  emu.uncounted(() => {
    const put = (name: string, rows: unknown[][]) => {
      const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
      const width = rows[0]?.length ?? 1;
      if (rows.length > sheet.getMaxRows())
        sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
      sheet.getRange(1, 1, rows.length, width).setValues(rows as never);
    };
    ss.getSheets()[0]?.setName('Register');
    put('Register', register(pupils));
    put('Staff', staff(STAFF));
  });
  const context = vm.createContext({ Date, ...emu.globals, console });
  vm.runInContext(code, context);
  const call = (name: string, ...args: unknown[]) => (context[name] as (...a: unknown[]) => unknown)(...args);
  call('setUpWorkbook');
  emu.uncounted(() => {
    const sheet = ss.getSheetByName('Tasks')!;
    const rows = taskLog(TASKS, pupils, STAFF, NOW);
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length);
    sheet.getRange(1, 1, rows.length, rows[0]?.length ?? 1).setValues(rows as never);
  });
  return { emu, call };
}

function measure(
  useCase: string,
  pupils: number,
  run: () => unknown,
  emu: ReturnType<typeof createEmulator>,
): Row {
  emu.resetCalls();
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { useCase, pupils, calls: emu.calls, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const rows: Row[] = [];
for (const pupils of SIZES) {
  const { emu, call } = workbook(pupils);
  rows.push(measure('getSidebarState', pupils, () => call('getSidebarState'), emu));
  const ids = Array.from({ length: 10 }, (_, i) => `P-${String(i * 7 + 1).padStart(5, '0')}`);
  rows.push(
    measure(
      'delegateTask (10 pupils)',
      pupils,
      () =>
        call('delegateTask', {
          requestId: `bench-delegate-${pupils}`,
          pupilIds: ids,
          assigneeEmails: ['staff1@example.school'],
          title: 'Gather work samples',
          dueDate: '2027-01-29',
        }),
      emu,
    ),
  );
  // Steady state: every assignee tab exists (made once, uncounted), then 60 people edit a row each.
  emu.uncounted(() => call('menuSyncTaskStatuses'));
  emu.uncounted(() => {
    for (let person = 1; person <= STAFF; person++) {
      const tab = emu.spreadsheet.getSheetByName(`Tasks – S Member${person}`);
      tab?.getRange(2, 6, 1, 2).setValues([['In progress', `Note from person ${person}`]]);
    }
  });
  rows.push(measure('syncTaskStatuses (60 edits)', pupils, () => call('menuSyncTaskStatuses'), emu));
  emu.setMailQuota(1500, 1500);
  rows.push(measure('sendReminders', pupils, () => call('sendReminders'), emu));
  rows.push(measure('getDashboard', pupils, () => call('getDashboard'), emu));
  rows.push(
    measure(
      'listTasks (open, one person)',
      pupils,
      () => call('listTasks', { assigneeEmail: 'staff2@example.school', status: 'open' }),
      emu,
    ),
  );
  rows.push(
    measure(
      'updateTask (reassign)',
      pupils,
      () =>
        call('updateTask', {
          taskId: 'T-000002',
          action: 'reassign',
          assigneeEmail: 'staff3@example.school',
        }),
      emu,
    ),
  );
}

console.log(`Bench: dist/Code.js on the emulator, ${TASKS.toLocaleString('en-GB')} tasks, ${STAFF} staff\n`);
console.log('use case                    pupils   Spreadsheet calls   wall ms   CPU ms');
for (const row of rows) {
  console.log(
    `${row.useCase.padEnd(26)} ${String(row.pupils).padStart(7)} ${String(row.calls).padStart(19)} ${row.wallMs
      .toFixed(0)
      .padStart(9)} ${row.cpuMs.toFixed(0).padStart(8)}`,
  );
}
const byCase = new Map<string, number[]>();
for (const row of rows) byCase.set(row.useCase, [...(byCase.get(row.useCase) ?? []), row.calls]);
const growing = [...byCase].filter(([, calls]) => new Set(calls).size > 1);
console.log(
  growing.length === 0
    ? '\nCalls are constant across register sizes.'
    : `\nCalls grow with size: ${growing.map(([name]) => name).join(', ')}`,
);
