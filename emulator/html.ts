/**
 * HtmlService: outputs from strings or from the project's HTML files (options.htmlFiles; a name
 * works with or without ".html"). Templates support printing scriptlets of template properties
 * only (<?= name ?> escaped, <?!= name ?> raw); anything else in a scriptlet is an error.
 */
import type { EmuContext } from './context';
import { SandboxMode, XFrameOptionsMode } from './enums';
import { asGas, type GasHtmlOutput } from './gas';
import { instrument } from './meter';

type OutputMethods =
  | 'addMetaTag'
  | 'append'
  | 'clear'
  | 'getContent'
  | 'getFaviconUrl'
  | 'getHeight'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setFaviconUrl'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode';

export class EmuHtmlOutput implements Pick<GasHtmlOutput, OutputMethods> {
  private title = '';
  private width = 0;
  private height = 0;
  private favicon = '';
  readonly metaTags: Array<{ name: string; content: string }> = [];
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';

  constructor(
    readonly ctx: EmuContext,
    private content: string,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  private self(): GasHtmlOutput {
    return asGas<GasHtmlOutput>(this);
  }

  addMetaTag(name: string, content: string): GasHtmlOutput {
    this.metaTags.push({ name, content });
    return this.self();
  }
  append(addedContent: string): GasHtmlOutput {
    this.content += addedContent;
    return this.self();
  }
  clear(): GasHtmlOutput {
    this.content = '';
    return this.self();
  }
  getContent(): string {
    return this.content;
  }
  getFaviconUrl(): string {
    return this.favicon;
  }
  getHeight(): number {
    return this.height;
  }
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width;
  }
  setContent(content: string): GasHtmlOutput {
    this.content = content;
    return this.self();
  }
  setFaviconUrl(iconUrl: string): GasHtmlOutput {
    this.favicon = iconUrl;
    return this.self();
  }
  setHeight(height: number): GasHtmlOutput {
    this.height = height;
    return this.self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GasHtmlOutput {
    this.sandboxMode = String(mode);
    return this.self();
  }
  setTitle(title: string): GasHtmlOutput {
    this.title = String(title);
    return this.self();
  }
  setWidth(width: number): GasHtmlOutput {
    this.width = width;
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

export class EmuHtmlTemplate {
  [property: string]: unknown;

  constructor(
    readonly ctx: EmuContext,
    private readonly source: string,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  getRawContent(): string {
    return this.source;
  }

  evaluate(): GasHtmlOutput {
    const html = this.source.replace(
      /<\?(!?=)?([\s\S]*?)\?>/g,
      (_match, kind: string | undefined, body: string) => {
        const name = body.trim();
        if (!kind || !/^[A-Za-z_$][\w$]*$/.test(name)) {
          throw new Error(
            `The emulator's HtmlTemplate only prints template properties: <?${kind ?? ''}${body}?>`,
          );
        }
        const value = this[name];
        const text = value === undefined || value === null ? '' : String(value);
        return kind === '=' ? escapeHtml(text) : text;
      },
    );
    return asGas<GasHtmlOutput>(new EmuHtmlOutput(this.ctx, html));
  }
}

type ServiceMethods =
  | 'createHtmlOutput'
  | 'createHtmlOutputFromFile'
  | 'createTemplate'
  | 'createTemplateFromFile';

export class EmuHtmlService
  implements Pick<GoogleAppsScript.HTML.HtmlService, ServiceMethods | 'SandboxMode' | 'XFrameOptionsMode'>
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    readonly ctx: EmuContext,
    private readonly files: Readonly<Record<string, string>>,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GasHtmlOutput {
    const content =
      html === undefined ? '' : typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return asGas<GasHtmlOutput>(new EmuHtmlOutput(this.ctx, content));
  }

  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    return asGas<GasHtmlOutput>(new EmuHtmlOutput(this.ctx, this.file(filename)));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlTemplate {
    const source = typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return asGas<GoogleAppsScript.HTML.HtmlTemplate>(new EmuHtmlTemplate(this.ctx, source));
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return asGas<GoogleAppsScript.HTML.HtmlTemplate>(new EmuHtmlTemplate(this.ctx, this.file(filename)));
  }

  private file(filename: string): string {
    const name = String(filename);
    const content = this.files[name] ?? this.files[`${name}.html`] ?? this.files[name.replace(/\.html$/, '')];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return content;
  }
}

instrument(EmuHtmlOutput.prototype, 'HtmlOutput', { counted: false, needsAuth: false });
instrument(EmuHtmlTemplate.prototype, 'HtmlTemplate', { counted: false, needsAuth: false });
instrument(EmuHtmlService.prototype, 'HtmlService', { counted: false, needsAuth: false });
