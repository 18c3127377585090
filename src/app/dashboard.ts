/** The Dashboard tab (refreshed on demand and by the daily run) and its compact sidebar form. */
import { buildDashboard, type Dashboard, dashboardGrid } from '../core/dashboard';
import type { Settings } from '../core/types';
import { DASHBOARD_TAB } from './layouts';
import { loadRegister, loadSettings, loadTaskLog, type TaskLog, today } from './load';
import type { Ports } from './ports';

export function computeDashboard(ports: Ports, log: TaskLog, settings: Settings): Dashboard {
  const pupils = loadRegister(ports.workbook, settings)?.pupils ?? [];
  return buildDashboard({
    tasks: log.tasks,
    pupils: pupils.map((pupil) => ({ id: pupil.id, name: pupil.name, provision: pupil.provision })),
    today: today(ports),
    holidays: settings.holidays,
  });
}

/** Rewrites the Dashboard tab (made the first time) from the log. */
export function refreshDashboardTab(ports: Ports, log: TaskLog, settings: Settings): Dashboard {
  const { workbook } = ports;
  const dashboard = computeDashboard(ports, log, settings);
  if (workbook.hasTab(DASHBOARD_TAB)) workbook.clearFrom(DASHBOARD_TAB, 1);
  else {
    workbook.createTab(DASHBOARD_TAB, { headers: [], frozenRows: 0 });
    workbook.protect(DASHBOARD_TAB, { kind: 'senco-only', description: 'SEND Delegate: the dashboard' });
  }
  workbook.write(DASHBOARD_TAB, 1, 1, dashboardGrid(dashboard, today(ports)));
  return dashboard;
}

export function refreshDashboard(ports: Ports): Dashboard {
  return ports.lock.withLock(() =>
    refreshDashboardTab(ports, loadTaskLog(ports.workbook), loadSettings(ports.workbook)),
  );
}

/** For the sidebar: read-only, no tab written. */
export function getDashboard(ports: Ports): Dashboard {
  return computeDashboard(ports, loadTaskLog(ports.workbook), loadSettings(ports.workbook));
}
