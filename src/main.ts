/** Entry points: each export becomes a top-level Apps Script function. One line each. */
import { delegateTask as delegate } from './app/delegateTask';
import { getSidebarState as sidebarState } from './app/getSidebarState';
import { setUpWorkbook as setUp } from './app/setUpWorkbook';
import { syncEditedTab, syncTaskStatuses } from './app/syncTaskStatuses';
import type { DelegateResult, SetUpResult, SidebarState } from './core/rpc';
import { serve } from './gas/serve';
import { buildMenu, openSidebar, showMessage } from './gas/ui';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

export const onOpen = (_e?: GoogleAppsScript.Events.SheetsOnOpen): void => buildMenu();
export const onInstall = (_e?: GoogleAppsScript.Events.AddonOnInstall): void => buildMenu();
export const showSidebar = (): void => openSidebar();
export const setUpWorkbook = (): SetUpResult => serve('setUpWorkbook', setUp);
export const getSidebarState = (): SidebarState => serve('getSidebarState', sidebarState);
export const delegateTask = (request: unknown): DelegateResult =>
  serve('delegateTask', (p) => delegate(p, request));
export const onAssigneeEdit = (e: EditEvent): void =>
  void serve('onAssigneeEdit', (p) =>
    syncEditedTab(p, e.range.getSheet().getName(), e.range.getColumn(), e.range.getLastColumn()),
  );
export const menuSetUpRegister = (): void => showMessage('SEND Delegate', setUpWorkbook().message);
export const menuSyncTaskStatuses = (): void =>
  showMessage('SEND Delegate', serve('sync', syncTaskStatuses).message);
