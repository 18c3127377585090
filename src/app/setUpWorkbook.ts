/**
 * "Set up register": idempotent. Adds whichever of Staff, Tasks, Settings and Notices is missing,
 * a register template only when no register is found, ids for pupils who have none, and
 * protections. It never removes, reorders or rewrites existing data.
 */
import { ADDED_ID_HEADER, planPupilIds, type Register } from '../core/register';
import type { SetUpResult } from '../core/rpc';
import { DEFAULT_SETTINGS, settingsGrid } from '../core/settings';
import { asSheetText } from '../core/sheetText';
import { commonDomain } from '../core/staff';
import { TASK_HEADERS } from '../core/taskLog';
import {
  NOTICES_LAYOUT,
  NOTICES_TAB,
  REGISTER_TEMPLATE_LAYOUT,
  REGISTER_TEMPLATE_TAB,
  SETTINGS_LAYOUT,
  SETTINGS_TAB,
  STAFF_LAYOUT,
  STAFF_TAB,
  TASKS_LAYOUT,
  TASKS_TAB,
} from './layouts';
import { loadRegister, loadSettings, loadStaff } from './load';
import type { Ports, WorkbookPort } from './ports';

function addMissingTaskColumns(workbook: WorkbookPort): void {
  const headers = (workbook.readTop(TASKS_TAB, 1)[0] ?? []).map(String);
  const present = new Set(headers.map((header) => header.trim().toLowerCase()));
  const missing = TASK_HEADERS.filter((header) => !present.has(header.toLowerCase()));
  const lastUsed = headers.reduce((last, header, index) => (header.trim() === '' ? last : index + 1), 0);
  if (missing.length > 0) workbook.write(TASKS_TAB, 1, lastUsed + 1, [missing]);
}

/** Consecutive row numbers grouped into runs: [3,4,5,9] → [[3,4,5],[9]]. */
function runs(rows: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === row - 1) last.push(row);
    else out.push([row]);
  }
  return out;
}

/**
 * Gives every pupil row an id: a new "Pupil ID" column at the right when the register has no id
 * column, or the gaps in that column of ours. A school's own id column is never written to.
 */
function numberPupils(workbook: WorkbookPort, register: Register): number {
  const { location, rowsWithoutId, pupils } = register;
  if (rowsWithoutId.length === 0) return 0;
  const headerRow = workbook.readTop(location.tab, location.headerRow)[location.headerRow - 1] ?? [];
  const idColumn = location.columns.id;
  if (idColumn !== undefined && String(headerRow[idColumn]).trim() !== ADDED_ID_HEADER) return 0;
  const ids = planPupilIds(
    pupils.map((pupil) => pupil.id),
    rowsWithoutId.length,
  );
  const idFor = new Map(rowsWithoutId.map((row, i) => [row, ids[i] ?? '']));
  if (idColumn === undefined) {
    const rows = [location.headerRow, ...rowsWithoutId];
    const last = rows[rows.length - 1] ?? location.headerRow;
    const block = [];
    for (let row = location.headerRow; row <= last; row++) {
      block.push([row === location.headerRow ? ADDED_ID_HEADER : asSheetText(idFor.get(row) ?? '')]);
    }
    workbook.write(location.tab, location.headerRow, register.width + 1, block);
  } else {
    for (const run of runs(rowsWithoutId)) {
      workbook.write(
        location.tab,
        run[0] ?? 1,
        idColumn + 1,
        run.map((row) => [asSheetText(idFor.get(row) ?? '')]),
      );
    }
  }
  return ids.length;
}

export function setUpWorkbook(ports: Ports): SetUpResult {
  return ports.lock.withLock(() => {
    const { workbook } = ports;
    const names = workbook.tabNames();
    const created: string[] = [];
    const settings = loadSettings(workbook);
    let register = loadRegister(workbook, settings);
    if (!register) {
      workbook.createTab(REGISTER_TEMPLATE_TAB, REGISTER_TEMPLATE_LAYOUT);
      created.push(REGISTER_TEMPLATE_TAB);
    }
    if (!names.includes(STAFF_TAB)) {
      workbook.createTab(STAFF_TAB, STAFF_LAYOUT);
      created.push(STAFF_TAB);
    }
    if (names.includes(TASKS_TAB)) addMissingTaskColumns(workbook);
    else {
      workbook.createTab(TASKS_TAB, TASKS_LAYOUT);
      created.push(TASKS_TAB);
    }
    if (!names.includes(NOTICES_TAB)) {
      workbook.createTab(NOTICES_TAB, NOTICES_LAYOUT);
      created.push(NOTICES_TAB);
    }
    const registerTab = register?.location.tab ?? REGISTER_TEMPLATE_TAB;
    if (!names.includes(SETTINGS_TAB)) {
      const staff = loadStaff(workbook).staff;
      const fresh = { ...DEFAULT_SETTINGS, registerTab, emailDomain: commonDomain(staff) };
      workbook.createTab(SETTINGS_TAB, SETTINGS_LAYOUT);
      workbook.write(SETTINGS_TAB, 1, 1, settingsGrid(fresh));
      created.push(SETTINGS_TAB);
    }
    const numbered = register ? numberPupils(workbook, register) : 0;
    if (numbered > 0) register = loadRegister(workbook, { ...settings, registerTab });
    const syncTurnedOn = ports.triggers.ensureEditSync();
    workbook.protect(TASKS_TAB, { kind: 'senco-only', description: 'SEND Delegate: the task log' });
    workbook.protect(NOTICES_TAB, { kind: 'senco-only', description: 'SEND Delegate: the notice log' });
    workbook.protect(registerTab, { kind: 'senco-only', description: 'SEND Delegate: the SEND register' });
    const parts = [
      created.length > 0 ? `Added ${created.join(', ')}.` : 'Everything was already set up.',
      register ? `Register: "${registerTab}" with ${register.pupils.length} pupils.` : '',
      numbered > 0 ? `Gave ${numbered} pupils an id in the "${ADDED_ID_HEADER}" column.` : '',
      syncTurnedOn
        ? 'Status and notes typed in assignee tabs now copy into the Tasks log as they are edited.'
        : '',
      register ? '' : `Fill in the "${REGISTER_TEMPLATE_TAB}" tab or paste your register there.`,
    ];
    return { created, registerTab, message: parts.filter(Boolean).join(' ') };
  });
}
