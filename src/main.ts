/** Entry points: each export becomes a top-level Apps Script function. One line each. */
import { getDashboard as dashboard, refreshDashboard } from './app/dashboard';
import { delegateTask as delegate } from './app/delegateTask';
import { getSidebarState as sidebarState } from './app/getSidebarState';
import { getPupilTasks as pupilTasks, listTasks as tasks, updateTask as update } from './app/manageTasks';
import { turnOffDailyReminders, turnOnDailyReminders } from './app/reminderSchedule';
import { sendReminders as remind } from './app/sendReminders';
import { setUpWorkbook as setUp } from './app/setUpWorkbook';
import { syncEditedTab, syncTaskStatuses } from './app/syncTaskStatuses';
import type {
  DashboardSummary,
  DelegateResult,
  PupilHistory,
  SetUpResult,
  SidebarState,
  TaskList,
  TaskUpdateResult,
} from './core/rpc';
import { serve } from './gas/serve';
import { buildMenu, openSidebar, showMessage } from './gas/ui';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;
const tell = (message: string): void => showMessage('SEND Delegate', message);

export const onOpen = (_e?: GoogleAppsScript.Events.SheetsOnOpen): void => buildMenu();
export const onInstall = (_e?: GoogleAppsScript.Events.AddonOnInstall): void => buildMenu();
export const showSidebar = (): void => openSidebar();
export const setUpWorkbook = (): SetUpResult => serve('setUpWorkbook', setUp);
export const getSidebarState = (): SidebarState => serve('getSidebarState', sidebarState);
export const delegateTask = (request: unknown): DelegateResult =>
  serve('delegateTask', (p) => delegate(p, request));
export const getDashboard = (): DashboardSummary => serve('getDashboard', dashboard);
export const listTasks = (query: unknown): TaskList => serve('listTasks', (p) => tasks(p, query));
export const getPupilTasks = (pupilId: unknown): PupilHistory =>
  serve('getPupilTasks', (p) => pupilTasks(p, pupilId));
export const updateTask = (change: unknown): TaskUpdateResult =>
  serve('updateTask', (p) => update(p, change));
export const sendReminders = (): string => serve('sendReminders', remind).message;
export const onAssigneeEdit = (e: EditEvent): void =>
  void serve('onAssigneeEdit', (p) =>
    syncEditedTab(p, e.range.getSheet().getName(), e.range.getColumn(), e.range.getLastColumn()),
  );
export const menuSetUpRegister = (): void => tell(setUpWorkbook().message);
export const menuSyncTaskStatuses = (): void => tell(serve('sync', syncTaskStatuses).message);
export const menuRefreshDashboard = (): void => void serve('refreshDashboard', refreshDashboard);
export const menuSendRemindersNow = (): void => tell(sendReminders());
export const menuTurnOnReminders = (): void => tell(serve('turnOnReminders', turnOnDailyReminders));
export const menuTurnOffReminders = (): void => tell(serve('turnOffReminders', turnOffDailyReminders));
