import { fresh } from './setup';

describe('Ui', () => {
  it('records an add-on menu with items and separators', () => {
    const { emu, app } = fresh();

    app
      .getUi()
      .createAddonMenu()
      .addItem('Delegate task', 'showSidebar')
      .addSeparator()
      .addItem('Set up register', 'setUpWorkbook')
      .addToUi();

    expect(emu.menus).toEqual([
      {
        title: 'SEND Delegate',
        addon: true,
        items: [
          { kind: 'item', caption: 'Delegate task', functionName: 'showSidebar' },
          { kind: 'separator' },
          { kind: 'item', caption: 'Set up register', functionName: 'setUpWorkbook' },
        ],
      },
    ]);
  });

  it('records a named menu with a submenu', () => {
    const { emu, app } = fresh();
    const ui = app.getUi();

    ui.createMenu('Tools').addSubMenu(ui.createMenu('More').addItem('Help', 'showHelp')).addToUi();

    expect(emu.menus[0]).toEqual({
      title: 'Tools',
      addon: false,
      items: [
        {
          kind: 'submenu',
          caption: 'More',
          items: [{ kind: 'item', caption: 'Help', functionName: 'showHelp' }],
        },
      ],
    });
  });

  it('replaces a menu added again (onOpen runs on every open)', () => {
    const { emu, app } = fresh();

    app.getUi().createAddonMenu().addItem('Old', 'old').addToUi();
    app.getUi().createAddonMenu().addItem('New', 'new').addToUi();

    expect(emu.menus).toHaveLength(1);
    expect(emu.menus[0]?.items).toEqual([{ kind: 'item', caption: 'New', functionName: 'new' }]);
  });

  it('shows the last sidebar', () => {
    const { emu, app } = fresh();
    const output = emu.globals.HtmlService.createHtmlOutput('<p>Hi</p>').setTitle('SEND Delegate');

    app.getUi().showSidebar(output);

    expect(emu.sidebar).toEqual({ title: 'SEND Delegate', content: '<p>Hi</p>', width: 0, height: 0 });
  });

  it('has no sidebar until one is shown', () => {
    const { emu } = fresh();

    expect(emu.sidebar).toBeNull();
  });

  it('records a modal dialog with its title', () => {
    const { emu, app } = fresh();

    app
      .getUi()
      .showModalDialog(emu.globals.HtmlService.createHtmlOutput('x').setWidth(400).setHeight(200), 'Preview');

    expect(emu.dialogs).toEqual([{ title: 'Preview', content: 'x', width: 400, height: 200, modal: true }]);
  });

  it('records alerts and answers OK', () => {
    const { emu, app } = fresh();
    const ui = app.getUi();

    const answer = ui.alert('Done');

    expect(answer).toBe(ui.Button.OK);
    expect(emu.alerts).toEqual([{ title: null, prompt: 'Done', buttons: 'OK', response: 'OK' }]);
  });

  it('records a titled alert and answers YES to a yes/no question', () => {
    const { emu, app } = fresh();
    const ui = app.getUi();

    const answer = ui.alert('Set up', 'Add the Tasks tab?', ui.ButtonSet.YES_NO);

    expect(answer).toBe(ui.Button.YES);
    expect(emu.alerts[0]).toEqual({
      title: 'Set up',
      prompt: 'Add the Tasks tab?',
      buttons: 'YES_NO',
      response: 'YES',
    });
  });
});
