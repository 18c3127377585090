/** The add-on menu as data (Extensions → SEND Delegate): caption and the global function it runs. */
export interface MenuItem {
  caption: string;
  functionName: string;
}

export const MENU: readonly (MenuItem | 'separator')[] = [
  { caption: 'Delegate task', functionName: 'showSidebar' },
  { caption: 'Sync task statuses', functionName: 'menuSyncTaskStatuses' },
  'separator',
  { caption: 'Set up register', functionName: 'menuSetUpRegister' },
];
