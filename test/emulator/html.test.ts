import { fresh } from './setup';

describe('HtmlService', () => {
  it('serves a project file by name without .html', () => {
    const { emu } = fresh({ htmlFiles: { 'Sidebar.html': '<h1>Sidebar</h1>' } });

    expect(emu.globals.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<h1>Sidebar</h1>');
  });

  it('serves a project file by name with .html', () => {
    const { emu } = fresh({ htmlFiles: { Sidebar: '<h1>Sidebar</h1>' } });

    expect(emu.globals.HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe(
      '<h1>Sidebar</h1>',
    );
  });

  it('serves files added after creation', () => {
    const { emu } = fresh();

    emu.files.Sidebar = 'rebuilt';

    expect(emu.globals.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('rebuilt');
  });

  it('says which file is missing', () => {
    const { emu } = fresh();

    expect(() => emu.globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
  });

  it('chains output settings', () => {
    const { emu } = fresh();
    const html = emu.globals.HtmlService;

    const output = html
      .createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .setTitle('T')
      .setWidth(300)
      .setHeight(500)
      .setSandboxMode(html.SandboxMode.IFRAME)
      .setXFrameOptionsMode(html.XFrameOptionsMode.DEFAULT)
      .addMetaTag('viewport', 'width=device-width')
      .setFaviconUrl('https://example.school/icon.png');

    expect([output.getContent(), output.getTitle(), output.getWidth(), output.getHeight()]).toEqual([
      '<p>a</p><p>b</p>',
      'T',
      300,
      500,
    ]);
  });

  it('evaluates printing scriptlets of template properties, escaping <?= ?>', () => {
    const { emu } = fresh({ htmlFiles: { Page: '<b><?= name ?></b><?!= raw ?>' } });
    const template = emu.globals.HtmlService.createTemplateFromFile('Page');
    template.name = '<Jo>';
    template.raw = '<i>x</i>';

    expect(template.evaluate().getContent()).toBe('<b>&lt;Jo&gt;</b><i>x</i>');
  });
});
