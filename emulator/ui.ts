/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs and alerts, recorded for tests and the
 * playground. alert() answers OK (YES for yes/no button sets); prompt() answers OK with ''.
 */
import type { EmuContext } from './context';
import { Button, ButtonSet } from './enums';
import { asGas, type GasHtmlOutput, type GasMenu, type GasUi } from './gas';
import { EmuHtmlOutput } from './html';
import { instrument } from './meter';
import type { MenuEntry, RecordedHtml } from './recorder';

type MenuMethods = 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi';

export class EmuMenu implements Pick<GasMenu, MenuMethods> {
  readonly items: MenuEntry[] = [];

  constructor(
    readonly ctx: EmuContext,
    readonly title: string,
    readonly addon: boolean,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  addItem(caption: string, functionName: string): GasMenu {
    this.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return asGas<GasMenu>(this);
  }

  addSeparator(): GasMenu {
    this.items.push({ kind: 'separator' });
    return asGas<GasMenu>(this);
  }

  addSubMenu(menu: GasMenu): GasMenu {
    if (!(menu instanceof EmuMenu)) throw new Error('Invalid argument: menu');
    this.items.push({ kind: 'submenu', caption: menu.title, items: [...menu.items] });
    return asGas<GasMenu>(this);
  }

  /** Records the menu; adding a menu with the same title again replaces it (onOpen re-runs). */
  addToUi(): void {
    this.ctx.recorder.addMenu({ title: this.title, addon: this.addon, items: [...this.items] });
  }
}

type UiMethods =
  | 'alert'
  | 'createAddonMenu'
  | 'createMenu'
  | 'prompt'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'showSidebar';

function recorded(output: GasHtmlOutput, title?: string): RecordedHtml {
  if (!(output instanceof EmuHtmlOutput)) throw new Error('Invalid argument: userInterface');
  return {
    title: title ?? output.getTitle(),
    content: output.getContent(),
    width: output.getWidth(),
    height: output.getHeight(),
  };
}

function answerFor(buttons: string): GoogleAppsScript.Base.Button {
  return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? Button.YES : Button.OK;
}

export class EmuUi implements Pick<GasUi, UiMethods | 'Button' | 'ButtonSet'> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    readonly ctx: EmuContext,
    private readonly addonName: string,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(
    titleOrPrompt: string,
    promptOrButtons?: string | GoogleAppsScript.Base.ButtonSet,
    buttons?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button {
    const hasTitle = typeof promptOrButtons === 'string' && buttons !== undefined;
    const set = String(hasTitle ? buttons : (promptOrButtons ?? ButtonSet.OK));
    const response = answerFor(set);
    this.ctx.recorder.alerts.push({
      title: hasTitle ? String(titleOrPrompt) : null,
      prompt: String(hasTitle ? promptOrButtons : titleOrPrompt),
      buttons: set,
      response: String(response),
    });
    return response;
  }

  createAddonMenu(): GasMenu {
    return asGas<GasMenu>(new EmuMenu(this.ctx, this.addonName, true));
  }

  createMenu(caption: string): GasMenu {
    return asGas<GasMenu>(new EmuMenu(this.ctx, String(caption), false));
  }

  prompt(
    titleOrPrompt: string,
    promptOrButtons?: string | GoogleAppsScript.Base.ButtonSet,
    buttons?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.PromptResponse {
    const response = this.alert(titleOrPrompt, promptOrButtons, buttons);
    return { getResponseText: () => '', getSelectedButton: () => response };
  }

  showModalDialog(userInterface: GasHtmlOutput, title: string): void {
    this.ctx.recorder.dialogs.push({ ...recorded(userInterface, title), modal: true });
  }

  showModelessDialog(userInterface: GasHtmlOutput, title: string): void {
    this.ctx.recorder.dialogs.push({ ...recorded(userInterface, title), modal: false });
  }

  showSidebar(userInterface: GasHtmlOutput): void {
    this.ctx.recorder.sidebar = recorded(userInterface);
  }
}

instrument(EmuMenu.prototype, 'Menu', { counted: false, needsAuth: false });
instrument(EmuUi.prototype, 'Ui', { counted: false, needsAuth: false });

export function uiFacade(ctx: EmuContext, addonName: string): GasUi {
  return asGas<GasUi>(new EmuUi(ctx, addonName));
}
