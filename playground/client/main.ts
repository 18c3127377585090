/**
 * The playground page's script (bundled by scripts/build.mjs into dist/playground/client.js and
 * inlined into the page): wires the page's parts, loads the server's state into them and keeps
 * it current. Plain DOM and fetch; every piece of workbook or email data goes in through
 * textContent or an attribute, and email HTML only into a sandboxed iframe without scripts.
 */
import { fetchState, runMenuFunction } from './api';
import { setBusy } from './busy';
import { renderClock, wireNextSchoolDay } from './clock';
import { showFailure, wireDialog } from './dialog';
import { byId } from './dom';
import { renderGrid } from './grid';
import { createMailViewer } from './mailViewer';
import { createMenuBar } from './menuBar';
import { createNoticeFeed } from './notices';
import { createOutboxList } from './outbox';
import { coalesce } from './refresh';
import { createSidebarPanel } from './sidebar';
import { createTabStrip } from './tabs';
import { watchForChanges } from './watch';

wireDialog();
const menuBar = createMenuBar((functionName) => void runMenuItem(functionName));
wireNextSchoolDay(() => refresh());
const tabs = createTabStrip((name) => void renderGrid(name));
const viewer = createMailViewer();
const outbox = createOutboxList((id) => void viewer.show(id));
const sidebar = createSidebarPanel(() => refresh());
const showNewNotices = createNoticeFeed();
/** The version of the state last loaded; null before the first load. */
let shownVersion: number | null = null;

async function load(): Promise<void> {
  const state = await fetchState();
  shownVersion = state.version;
  document.title = `${state.spreadsheetName} – SEND Delegate playground`;
  byId('spreadsheet-name').textContent = state.spreadsheetName;
  renderClock(state);
  menuBar.render(state.menus);
  tabs.render(state.tabs);
  outbox.render(state.outbox);
  sidebar.render(state.sidebar);
  showNewNotices(state.notices);
  await renderGrid(tabs.current());
  document.body.dataset.version = String(state.version);
}

/** Reloads everything; calls made while a reload runs fold into one more reload. */
const refresh = coalesce(load);

async function runMenuItem(functionName: string): Promise<void> {
  setBusy(`Running ${functionName}…`);
  try {
    const outcome = await runMenuFunction(functionName);
    if (outcome.sidebarOpened) sidebar.focusOnNextLoad();
    await refresh();
  } catch (error) {
    showFailure(error);
  } finally {
    setBusy('');
  }
}

watchForChanges(refresh, () => shownVersion);
void refresh();
