/** The add-on menu as data (Extensions → SEND Delegate): caption and the global function it runs. */
export interface MenuItem {
  caption: string;
  functionName: string;
}

export const MENU: readonly (MenuItem | 'separator')[] = [
  { caption: 'Delegate task', functionName: 'showSidebar' },
  { caption: 'Sync task statuses', functionName: 'menuSyncTaskStatuses' },
  { caption: 'Refresh dashboard', functionName: 'menuRefreshDashboard' },
  'separator',
  { caption: 'Send reminders now', functionName: 'menuSendRemindersNow' },
  { caption: 'Turn on daily reminders', functionName: 'menuTurnOnReminders' },
  { caption: 'Turn off daily reminders', functionName: 'menuTurnOffReminders' },
  'separator',
  { caption: 'Set up register', functionName: 'menuSetUpRegister' },
];
