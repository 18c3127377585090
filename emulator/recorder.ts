/** What the emulated UI and logging produced, for tests and the playground to read. */

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  /** The caption of createMenu, or the add-on's name for createAddonMenu. */
  title: string;
  /** True for createAddonMenu (shown under Extensions). */
  addon: boolean;
  items: MenuEntry[];
}

export interface RecordedHtml {
  title: string;
  content: string;
  width: number;
  height: number;
}

export interface RecordedDialog extends RecordedHtml {
  modal: boolean;
}

export interface RecordedAlert {
  title: string | null;
  prompt: string;
  /** ButtonSet name: 'OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'. */
  buttons: string;
  /** Button name the emulator answered with. */
  response: string;
}

export interface RecordedToast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  message: string;
}

export class Recorder {
  readonly menus: RecordedMenu[] = [];
  sidebar: RecordedHtml | null = null;
  readonly dialogs: RecordedDialog[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly toasts: RecordedToast[] = [];
  readonly logs: LogEntry[] = [];

  addMenu(menu: RecordedMenu): void {
    const index = this.menus.findIndex((m) => m.title === menu.title && m.addon === menu.addon);
    if (index === -1) this.menus.push(menu);
    else this.menus[index] = menu;
  }
}
