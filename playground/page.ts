/**
 * The playground's main page: header with the clock, the add-on menu, the workbook as a
 * read-only grid with a tab strip, the outbox, and the real sidebar in a 300 px iframe.
 * No external assets: the styles and the script (built from client/, see pageScript.ts) are inline.
 */

const STYLES = `
:root {
  --ink: #1f1f1f; --muted: #5f6368; --line: #dadce0; --soft: #f1f3f4; --accent: #0b57d0;
  --accent-soft: #d3e3fd; --danger: #b3261e; --header: #f8fafd;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 14px; color: var(--ink);
}
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; background: #fff; }
button { font: inherit; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.app-header { display: flex; align-items: center; gap: 16px; padding: 8px 16px; background: var(--header); border-bottom: 1px solid var(--line); }
.brand { display: flex; flex-direction: column; min-width: 0; }
.brand h1 { font-size: 18px; font-weight: 500; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.brand .subtitle { color: var(--muted); font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.clock { margin-left: auto; display: flex; align-items: center; gap: 10px; }
.clock .today { font-variant-numeric: tabular-nums; white-space: nowrap; }
.clock > * { flex: none; }
.clock .status-line { flex: 0 1 auto; }
.app-header .button { white-space: nowrap; }
.clock-label { color: var(--muted); font-size: 12px; }
.status-line { color: var(--muted); font-size: 12px; max-width: 360px; }
.busy { color: var(--muted); font-size: 12px; min-width: 1px; }

.menu-bar { display: flex; gap: 2px; padding: 2px 12px; border-bottom: 1px solid var(--line); background: var(--header); }
.menu-group { position: relative; }
.menu-trigger { background: none; border: 0; border-radius: 4px; padding: 4px 8px; cursor: pointer; }
.menu-trigger:hover, .menu-trigger[aria-expanded="true"] { background: #e8eaed; }
.menu { position: absolute; top: 100%; left: 0; z-index: 20; min-width: 220px; margin: 2px 0 0; padding: 6px 0; list-style: none;
  background: #fff; border: 1px solid var(--line); border-radius: 4px; box-shadow: 0 2px 6px rgba(60,64,67,.3); }
.submenu { top: -7px; left: 100%; margin: 0 0 0 2px; }
.has-submenu-item { position: relative; }
.menu-item { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 6px 24px 6px 16px; cursor: pointer; white-space: nowrap; }
.menu-item:hover, .menu-item:focus, .menu-item[aria-expanded="true"] { background: var(--soft); outline: none; }
.menu-item:focus-visible { box-shadow: inset 0 0 0 2px var(--accent); }
.has-submenu::after { content: "▸"; float: right; margin-right: -12px; color: var(--muted); }
.menu-separator { border-top: 1px solid var(--line); margin: 6px 0; }
.menu-empty { display: block; padding: 6px 16px; color: var(--muted); }

.app-main { flex: 1; display: flex; min-height: 0; }
.workspace { flex: 1; display: flex; flex-direction: column; min-width: 0; overflow: auto; }
.workbook { flex: 1; display: flex; flex-direction: column; min-height: 200px; }
.grid-panel { flex: 1; overflow: auto; min-height: 0; background: #fff; }
.grid { border-collapse: separate; border-spacing: 0; font-size: 13px; table-layout: fixed; }
.grid th, .grid td { border-right: 1px solid #e2e3e3; border-bottom: 1px solid #e2e3e3; padding: 2px 6px; height: 22px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; text-align: left; }
.grid thead th { position: sticky; top: 0; z-index: 2; background: var(--soft); color: var(--muted); font-weight: 500; text-align: center; }
.grid .row-head { position: sticky; left: 0; z-index: 1; background: var(--soft); color: var(--muted); font-weight: 400; text-align: center; min-width: 44px; }
.grid .corner { left: 0; z-index: 3; width: 44px; }
.grid td.align-right { text-align: right; font-variant-numeric: tabular-nums; }
.grid td.align-center { text-align: center; }
.grid tr.frozen td { font-weight: 600; background: #fbfbfb; }
.sheet-tabs { display: flex; gap: 2px; padding: 0 8px; background: var(--soft); border-top: 1px solid var(--line); overflow-x: auto; flex: none; }
.sheet-tab { background: none; border: 0; border-bottom: 3px solid transparent; padding: 7px 14px; cursor: pointer; white-space: nowrap; color: var(--muted); }
.sheet-tab[aria-selected="true"] { background: #fff; color: var(--accent); border-bottom-color: var(--accent); font-weight: 500; }
.empty { color: var(--muted); padding: 12px 16px; margin: 0; }

.outbox { flex: none; height: 40%; min-height: 220px; display: flex; border-top: 2px solid var(--line); }
.outbox-list-wrap { width: 38%; min-width: 260px; display: flex; flex-direction: column; border-right: 1px solid var(--line); }
.outbox h2 { font-size: 14px; font-weight: 500; margin: 0; padding: 8px 12px; border-bottom: 1px solid var(--line); background: var(--header); }
.count { display: inline-block; min-width: 20px; padding: 0 6px; border-radius: 10px; background: var(--accent-soft); font-size: 12px; text-align: center; }
.outbox-list { list-style: none; margin: 0; padding: 0; overflow: auto; flex: 1; }
.mail { display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; width: 100%; text-align: left; background: none; border: 0;
  border-bottom: 1px solid var(--line); padding: 8px 12px; cursor: pointer; }
.mail:hover { background: var(--soft); }
.mail[aria-pressed="true"] { background: var(--accent-soft); }
.mail-to { font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.mail-time { color: var(--muted); font-size: 12px; white-space: nowrap; }
.mail-subject { grid-column: 1 / -1; color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.mail-viewer { flex: 1; display: flex; flex-direction: column; min-width: 0; overflow: auto; }
.mail-head { display: flex; align-items: center; gap: 12px; padding: 8px 12px; border-bottom: 1px solid var(--line); background: var(--header); }
.mail-head h3 { flex: 1; font-size: 14px; font-weight: 500; margin: 0; }
.mail-fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; padding: 8px 12px; font-size: 13px; }
.mail-fields dt { color: var(--muted); }
.mail-fields dd { margin: 0; overflow-wrap: anywhere; }
.mail-html { flex: 1; min-height: 240px; width: 100%; border: 0; border-top: 1px solid var(--line); background: #fff; }
.mail-plain { flex: 1; margin: 0; padding: 12px; border-top: 1px solid var(--line); white-space: pre-wrap; font-size: 13px; }

.button { border: 1px solid var(--line); background: #fff; color: var(--accent); border-radius: 16px; padding: 5px 14px; cursor: pointer; }
.button:hover { background: #f6f9fe; }
.button[aria-pressed="true"] { background: var(--accent-soft); border-color: var(--accent-soft); color: #041e49; }
.button:disabled { color: var(--muted); cursor: default; }
.button-primary { background: var(--accent); color: #fff; border-color: var(--accent); }
.button-primary:hover { background: #0842a0; }

.sidebar-panel { flex: none; width: 301px; display: flex; flex-direction: column; border-left: 1px solid var(--line); background: #fff; }
.sidebar-panel[hidden] { display: none; }
.sidebar-head { display: flex; align-items: center; justify-content: space-between; padding: 8px 8px 8px 16px; border-bottom: 1px solid var(--line); }
.sidebar-head h2 { font-size: 16px; font-weight: 400; margin: 0; }
.icon-button { background: none; border: 0; border-radius: 50%; width: 32px; height: 32px; cursor: pointer; font-size: 18px; color: var(--muted); }
.icon-button:hover { background: var(--soft); }
.sidebar-frame { flex: 1; width: 300px; border: 0; }

dialog { border: 0; border-radius: 8px; padding: 20px 24px; max-width: 520px; box-shadow: 0 4px 16px rgba(60,64,67,.35); }
dialog::backdrop { background: rgba(32,33,36,.4); }
dialog h2 { font-size: 18px; font-weight: 500; margin: 0 0 12px; }
.message h3 { font-size: 15px; font-weight: 500; margin: 0 0 6px; }
.message-text { white-space: pre-wrap; margin: 0 0 12px; line-height: 1.45; }
.message-error h3, .dialog-error h2 { color: var(--danger); }
.dialog-actions { display: flex; justify-content: flex-end; }
.toasts { position: fixed; right: 16px; bottom: 16px; display: flex; flex-direction: column; gap: 8px; z-index: 30; }
.toast { background: #323232; color: #fff; padding: 10px 14px; border-radius: 4px; max-width: 360px; display: flex; flex-direction: column; gap: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

const BODY = `
<header class="app-header">
  <div class="brand">
    <h1 id="spreadsheet-name">SEND Delegate</h1>
    <span class="subtitle">SEND Delegate playground: the built add-on on an in-memory spreadsheet</span>
  </div>
  <span id="busy" class="busy" role="status" aria-live="polite"></span>
  <div class="clock">
    <span id="clock-status" class="status-line" role="status" aria-live="polite"></span>
    <span><span class="clock-label">Today</span> <strong id="now" class="today"></strong></span>
    <button type="button" id="next-day" class="button button-primary">Next school day</button>
  </div>
</header>
<nav id="menu-bar" class="menu-bar" aria-label="Spreadsheet menus"></nav>
<div class="app-main">
  <main class="workspace">
    <section class="workbook" aria-label="Workbook">
      <div id="grid-panel" class="grid-panel" role="tabpanel" tabindex="0"></div>
      <div id="sheet-tabs" class="sheet-tabs" role="tablist" aria-label="Tabs"></div>
    </section>
    <section class="outbox" aria-labelledby="outbox-title">
      <div class="outbox-list-wrap">
        <h2 id="outbox-title">Outbox <span id="outbox-count" class="count">0</span></h2>
        <ol id="outbox-list" class="outbox-list" aria-label="Emails sent, newest first"></ol>
      </div>
      <div id="mail-viewer" class="mail-viewer" aria-label="Email" role="region">
        <p class="empty">Choose an email to see it as the recipient does.</p>
      </div>
    </section>
  </main>
  <aside id="sidebar-panel" class="sidebar-panel" aria-labelledby="sidebar-title" hidden>
    <div class="sidebar-head">
      <h2 id="sidebar-title">SEND Delegate</h2>
      <button type="button" id="sidebar-close" class="icon-button" aria-label="Close sidebar">×</button>
    </div>
    <iframe id="sidebar-frame" class="sidebar-frame" title="SEND Delegate sidebar" src="about:blank"></iframe>
  </aside>
</div>
<dialog id="message-dialog" aria-labelledby="message-title">
  <h2 id="message-title">Message</h2>
  <div id="message-list"></div>
  <div class="dialog-actions"><button type="button" id="message-ok" class="button button-primary">OK</button></div>
</dialog>
<div id="toasts" class="toasts"></div>
`;

/** The page around `script` (the bundled client). */
export function pageHtml(script: string): string {
  // A literal "</script" would end the script element early (the build escapes it already).
  const inline = script.replace(/<\/script/gi, '<\\/script');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SEND Delegate playground</title>
<style>${STYLES}</style>
</head>
<body>${BODY}
<script>${inline}</script>
</body>
</html>
`;
}
