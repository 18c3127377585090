/** Entry points: each export becomes a top-level Apps Script function. One line each. */
import { delegateTask as delegate } from './app/delegateTask';
import { getSidebarState as sidebarState } from './app/getSidebarState';
import { setUpWorkbook as setUp } from './app/setUpWorkbook';
import type { DelegateResult, SetUpResult, SidebarState } from './core/rpc';
import { serve } from './gas/serve';
import { buildMenu, openSidebar, showMessage } from './gas/ui';

export const onOpen = (_e?: GoogleAppsScript.Events.SheetsOnOpen): void => buildMenu();
export const onInstall = (e?: GoogleAppsScript.Events.AddonOnInstall): void => onOpen(e as never);
export const showSidebar = (): void => openSidebar();
export const setUpWorkbook = (): SetUpResult => serve('setUpWorkbook', setUp);
export const getSidebarState = (): SidebarState => serve('getSidebarState', sidebarState);
export const delegateTask = (request: unknown): DelegateResult =>
  serve('delegateTask', (p) => delegate(p, request));
export const menuSetUpRegister = (): void => showMessage('SEND Delegate', setUpWorkbook().message);
