/** Boot: load the sidebar state from the server and show the view that fits it. */
import type { SidebarState } from '../src/core/rpc';
import { showLoadError, showLoading, showSetUp } from './bootViews';
import { mountOverview } from './delegated/overview';
import { mountDelegatedView } from './delegated/view';
import { mountDelegateView } from './delegateView';
import { byId, replaceChildren } from './dom';
import { type ServerClient, server } from './rpc';
import { wireTabs } from './tabs';

function showReady(
  root: HTMLElement,
  state: SidebarState,
  client: ServerClient,
  reload: () => void,
  flash: string,
): void {
  replaceChildren(root, [byId('tpl-ready', HTMLTemplateElement).content.cloneNode(true)]);
  root.removeAttribute('aria-busy');
  mountDelegateView(byId('panel-delegate', HTMLElement), byId('tpl-delegate', HTMLTemplateElement), {
    state,
    server: client,
    reload,
    ...(flash ? { flash } : {}),
  });
  const delegated = mountDelegatedView(
    byId('panel-delegated', HTMLElement),
    byId('tpl-delegated', HTMLTemplateElement),
    { state, server: client },
  );
  const overview = mountOverview(
    byId('panel-overview', HTMLElement),
    byId('tpl-overview', HTMLTemplateElement),
    {
      server: client,
      today: state.today,
      showAssignee: (email) => {
        tabs.select('tab-delegated', false);
        delegated.showAssignee(email);
      },
      showPupil: (pupilId) => {
        tabs.select('tab-delegated', false);
        delegated.showPupil(pupilId);
      },
    },
  );
  // The Delegated and Overview tabs load from the server each time they are shown.
  const tabs = wireTabs(byId('tab-delegate', HTMLElement).parentElement ?? root, (tabId) => {
    if (tabId === 'tab-delegated') delegated.shown();
    else if (tabId === 'tab-overview') overview.shown();
  });
}

export function start(root: HTMLElement, client: ServerClient): void {
  const load = (flash = ''): void => {
    showLoading(root, flash ? 'Reloading the register…' : 'Loading the register…');
    client.getSidebarState().then(
      (state) => {
        if (state.registerFound) showReady(root, state, client, () => load(), flash);
        else showSetUp(root, () => client.setUpWorkbook(), load);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        showLoadError(root, message, () => load());
      },
    );
  };
  load();
}

start(byId('app', HTMLElement), server);
