/**
 * The playground page's script. It runs in the browser from its source text (page.ts inlines
 * `playgroundClient.toString()`), so it uses nothing from outside its own body. Plain DOM and
 * fetch; every piece of workbook or email data goes in through textContent or an attribute,
 * and email HTML only into a sandboxed iframe without scripts.
 */
export function playgroundClient(): void {
  interface MenuEntry {
    kind: 'item' | 'separator' | 'submenu';
    caption?: string;
    functionName?: string;
    items?: MenuEntry[];
  }
  interface Menu {
    title: string;
    addon: boolean;
    items: MenuEntry[];
  }
  interface Mail {
    id: number;
    to: string;
    subject: string;
    sent: string;
  }
  interface MailDetail extends Mail {
    from: string;
    replyTo: string;
    cc: string;
    body: string;
    htmlBody: string | null;
  }
  interface State {
    version: number;
    spreadsheetName: string;
    now: string;
    tabs: { name: string; active: boolean; color: string | null }[];
    menus: Menu[];
    sidebar: { open: boolean; serial: number; title: string };
    outbox: Mail[];
    remindersAvailable: boolean;
    notices: Notice[];
  }
  interface Grid {
    name: string;
    columns: { letter: string; width: number }[];
    rows: { number: number; cells: { text: string; align?: string }[] }[];
    frozenRows: number;
  }
  interface Notice {
    id: number;
    kind: 'alert' | 'toast' | 'error';
    title: string;
    text: string;
  }

  const byId = <T extends HTMLElement>(id: string): T => {
    const node = document.getElementById(id);
    if (!node) throw new Error(`#${id} is missing`);
    return node as T;
  };

  type Child = Node | string | null | undefined | false;
  function el(tag: string, attrs: Record<string, string> = {}, children: Child[] = []): HTMLElement {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  async function getJson<T>(url: string): Promise<T> {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  async function postJson<T>(url: string, body: unknown): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const reply = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(reply.error ?? `${url}: HTTP ${response.status}`);
    return reply;
  }

  let state: State | null = null;
  let currentTab = '';
  let selectedMail: number | null = null;
  let showPlain = false;
  let shownSidebarSerial = -1;
  let focusSidebarOnLoad = false;
  /** The newest notice already seen; null until the first load (older ones are not replayed). */
  let seenNotice: number | null = null;

  // ---------- messages (alerts the script raised, errors) and toasts ----------

  const dialog = byId<HTMLDialogElement>('message-dialog');
  byId('message-ok').addEventListener('click', () => dialog.close());

  /** Alerts and failures in one dialog (as Sheets shows an alert), toasts in the corner. */
  function showNotices(notices: Notice[]): void {
    for (const toast of notices.filter((n) => n.kind === 'toast')) showToast(toast.title, toast.text);
    const shown = notices.filter((n) => n.kind !== 'toast');
    if (shown.length === 0) return;
    const single = shown.length === 1 ? shown[0] : undefined;
    byId('message-title').textContent = single ? single.title || 'Message' : 'Messages from the add-on';
    byId('message-list').replaceChildren(
      ...shown.map((notice) =>
        el('div', { class: notice.kind === 'error' ? 'message message-error' : 'message' }, [
          single ? null : el('h3', { text: notice.title }),
          el('p', { class: 'message-text', text: notice.text }),
        ]),
      ),
    );
    dialog.classList.toggle(
      'dialog-error',
      shown.some((n) => n.kind === 'error'),
    );
    if (!dialog.open) dialog.showModal();
    byId('message-ok').focus();
  }

  function showFailure(error: unknown): void {
    showNotices([{ id: 0, kind: 'error', title: 'Something went wrong', text: String(error) }]);
  }

  function showToast(title: string, message: string): void {
    const toast = el('div', { class: 'toast', role: 'status' }, [
      title ? el('strong', { text: title }) : null,
      el('span', { text: message }),
    ]);
    byId('toasts').append(toast);
    setTimeout(() => toast.remove(), 6000);
  }

  // ---------- the add-on menu ----------

  const menuBar = byId('menu-bar');

  function closeMenus(focusTrigger?: HTMLElement): void {
    for (const open of Array.from(menuBar.querySelectorAll('[aria-expanded="true"]'))) {
      open.setAttribute('aria-expanded', 'false');
    }
    for (const list of Array.from(menuBar.querySelectorAll<HTMLElement>('[role="menu"]'))) list.hidden = true;
    focusTrigger?.focus();
  }

  function itemsOf(list: HTMLElement): HTMLElement[] {
    return Array.from(list.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]'));
  }

  function openMenu(trigger: HTMLElement, list: HTMLElement, focusFirst: boolean): void {
    trigger.setAttribute('aria-expanded', 'true');
    list.hidden = false;
    if (focusFirst) itemsOf(list)[0]?.focus();
  }

  function menuKeys(list: HTMLElement, parentTrigger: HTMLElement, isSubmenu: boolean) {
    return (event: KeyboardEvent): void => {
      const items = itemsOf(list);
      const index = items.indexOf(document.activeElement as HTMLElement);
      if (index < 0) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        event.stopPropagation();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        items[(index + step + items.length) % items.length]?.focus();
      } else if ((event.key === 'ArrowLeft' && isSubmenu) || event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        list.hidden = true;
        parentTrigger.setAttribute('aria-expanded', 'false');
        parentTrigger.focus();
      } else if (event.key === 'Tab') {
        closeMenus();
      }
    };
  }

  function buildMenuList(
    entries: MenuEntry[],
    label: string,
    trigger: HTMLElement,
    isSubmenu: boolean,
  ): HTMLElement {
    const list = el('ul', { role: 'menu', 'aria-label': label, class: isSubmenu ? 'menu submenu' : 'menu' });
    list.hidden = true;
    for (const entry of entries) {
      if (entry.kind === 'separator') {
        list.append(el('li', { role: 'separator', class: 'menu-separator' }));
        continue;
      }
      const caption = entry.caption ?? '';
      if (entry.kind === 'submenu') {
        const parent = el(
          'button',
          {
            type: 'button',
            role: 'menuitem',
            'aria-haspopup': 'menu',
            'aria-expanded': 'false',
            class: 'menu-item has-submenu',
          },
          [caption],
        );
        parent.tabIndex = -1;
        const child = buildMenuList(entry.items ?? [], caption, parent, true);
        const open = (focus: boolean) => {
          for (const other of Array.from(list.querySelectorAll<HTMLElement>(':scope > li > [role="menu"]'))) {
            if (other !== child) other.hidden = true;
          }
          openMenu(parent, child, focus);
        };
        parent.addEventListener('click', () => open(true));
        parent.addEventListener('mouseenter', () => open(false));
        parent.addEventListener('keydown', (event) => {
          if (event.key === 'ArrowRight' || event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            event.stopPropagation();
            open(true);
          }
        });
        list.append(el('li', { role: 'none', class: 'has-submenu-item' }, [parent, child]));
        continue;
      }
      const item = el('button', { type: 'button', role: 'menuitem', class: 'menu-item' }, [caption]);
      item.tabIndex = -1;
      item.addEventListener('click', () => {
        closeMenus();
        void runMenuItem(entry.functionName ?? '');
      });
      list.append(el('li', { role: 'none' }, [item]));
    }
    list.addEventListener('keydown', menuKeys(list, trigger, isSubmenu));
    return list;
  }

  function renderMenus(menus: Menu[]): void {
    const signature = JSON.stringify(menus);
    if (menuBar.dataset.signature === signature) return;
    menuBar.dataset.signature = signature;
    menuBar.replaceChildren();
    const addons = menus.filter((menu) => menu.addon);
    const groups: { title: string; entries: MenuEntry[] }[] = [
      {
        title: 'Extensions',
        entries:
          addons.length > 0
            ? addons.map((menu) => ({ kind: 'submenu' as const, caption: menu.title, items: menu.items }))
            : [],
      },
      ...menus.filter((menu) => !menu.addon).map((menu) => ({ title: menu.title, entries: menu.items })),
    ];
    for (const group of groups) {
      const trigger = el(
        'button',
        { type: 'button', class: 'menu-trigger', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
        [group.title],
      );
      const list =
        group.entries.length > 0
          ? buildMenuList(group.entries, group.title, trigger, false)
          : el('ul', { role: 'menu', 'aria-label': group.title, class: 'menu' }, [
              el('li', { role: 'none' }, [
                el('span', { class: 'menu-empty', text: 'No add-on menu: onOpen did not add one.' }),
              ]),
            ]);
      list.hidden = true;
      trigger.addEventListener('click', () => {
        const wasOpen = trigger.getAttribute('aria-expanded') === 'true';
        closeMenus();
        if (!wasOpen) openMenu(trigger, list, false);
      });
      trigger.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          closeMenus();
          openMenu(trigger, list, true);
        }
      });
      menuBar.append(el('div', { class: 'menu-group' }, [trigger, list]));
    }
  }

  document.addEventListener('click', (event) => {
    if (!menuBar.contains(event.target as Node)) closeMenus();
  });

  async function runMenuItem(functionName: string): Promise<void> {
    setBusy(`Running ${functionName}…`);
    try {
      const outcome = await postJson<{ sidebarOpened: boolean }>('/menu', { functionName });
      if (outcome.sidebarOpened) focusSidebarOnLoad = true;
      await refresh();
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy('');
    }
  }

  // ---------- header: clock and Next school day ----------

  function setBusy(text: string): void {
    byId('busy').textContent = text;
  }

  byId('next-day').addEventListener('click', async () => {
    const button = byId<HTMLButtonElement>('next-day');
    button.disabled = true;
    setBusy('Moving to the next school day…');
    try {
      const outcome = await postJson<{ message: string }>('/clock/next-school-day', {});
      await refresh();
      byId('clock-status').textContent = outcome.message;
    } catch (error) {
      showFailure(error);
    } finally {
      button.disabled = false;
      setBusy('');
    }
  });

  // ---------- workbook: tab strip and read-only grid ----------

  const tabStrip = byId('sheet-tabs');

  /** Marks the current tab selected, without rebuilding the strip (focus stays where it is). */
  function markSelectedTab(): void {
    for (const button of Array.from(tabStrip.querySelectorAll<HTMLElement>('[role="tab"]'))) {
      const selected = button.dataset.name === currentTab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
  }

  function renderTabs(tabs: State['tabs']): void {
    if (!tabs.some((tab) => tab.name === currentTab)) {
      currentTab = (tabs.find((tab) => tab.active) ?? tabs[0])?.name ?? '';
    }
    const signature = JSON.stringify(tabs.map((tab) => [tab.name, tab.color]));
    if (tabStrip.dataset.signature !== signature) {
      tabStrip.dataset.signature = signature;
      const focused = (document.activeElement as HTMLElement | null)?.dataset?.name;
      const hadFocus = tabStrip.contains(document.activeElement);
      const buttons = tabs.map((tab) => {
        const button = el('button', {
          type: 'button',
          role: 'tab',
          class: 'sheet-tab',
          'aria-controls': 'grid-panel',
          'data-name': tab.name,
          text: tab.name,
        });
        if (tab.color) button.style.borderBottomColor = tab.color;
        button.addEventListener('click', () => {
          currentTab = tab.name;
          markSelectedTab();
          void renderGrid();
        });
        return button;
      });
      tabStrip.replaceChildren(...buttons);
      if (hadFocus) buttons.find((button) => button.dataset.name === focused)?.focus();
    }
    markSelectedTab();
  }

  tabStrip.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = Array.from(tabStrip.querySelectorAll<HTMLElement>('[role="tab"]'));
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
    next?.click();
    next?.focus();
  });

  /**
   * A row's cells. As in Sheets, left-aligned text runs on over the empty cells to its right
   * (one cell spanning them); otherwise a cell is cut at its column's width.
   */
  function rowCells(cells: Grid['rows'][number]['cells'], columns: Grid['columns']): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i]!;
      let span = 1;
      if (cell.text !== '' && !cell.align) {
        while (i + span < cells.length && cells[i + span]?.text === '') span += 1;
      }
      const width = columns.slice(i, i + span).reduce((sum, column) => sum + column.width, 0);
      const td = el('td', { style: `max-width:${width}px`, text: cell.text });
      if (cell.align) td.classList.add(`align-${cell.align}`);
      if (span > 1) td.setAttribute('colspan', String(span));
      if (cell.text.length > 20) td.title = cell.text;
      out.push(td);
      i += span - 1;
    }
    return out;
  }

  async function renderGrid(): Promise<void> {
    const panel = byId('grid-panel');
    if (!currentTab) {
      panel.replaceChildren(el('p', { class: 'empty', text: 'This spreadsheet has no tabs.' }));
      return;
    }
    const grid = await getJson<Grid | null>(`/api/sheet?name=${encodeURIComponent(currentTab)}`);
    panel.setAttribute('aria-label', currentTab);
    if (!grid || grid.rows.length === 0) {
      panel.replaceChildren(el('p', { class: 'empty', text: `${currentTab} is empty.` }));
      return;
    }
    const head = el('thead', {}, [
      el('tr', {}, [
        el('th', { class: 'corner', 'aria-hidden': 'true' }),
        ...grid.columns.map((column) =>
          el('th', {
            scope: 'col',
            class: 'col-head',
            style: `width:${column.width}px;max-width:${column.width}px`,
            text: column.letter,
          }),
        ),
      ]),
    ]);
    const body = el(
      'tbody',
      {},
      grid.rows.map((row) =>
        el('tr', { class: row.number <= grid.frozenRows ? 'frozen' : '' }, [
          el('th', { scope: 'row', class: 'row-head', text: String(row.number) }),
          ...rowCells(row.cells, grid.columns),
        ]),
      ),
    );
    // Fixed layout at the tab's own column widths: columns never squeeze to fit the window.
    const width = 44 + grid.columns.reduce((sum, column) => sum + column.width, 0);
    const table = el(
      'table',
      { class: 'grid', style: `width:${width}px`, 'aria-label': `${grid.name} (read only)` },
      [head, body],
    );
    const scroll = { top: panel.scrollTop, left: panel.scrollLeft };
    panel.replaceChildren(table);
    panel.scrollTop = scroll.top;
    panel.scrollLeft = scroll.left;
  }

  // ---------- outbox ----------

  function markSelectedMail(): void {
    for (const button of Array.from(byId('outbox-list').querySelectorAll<HTMLElement>('button.mail'))) {
      button.setAttribute('aria-pressed', String(button.dataset.id === String(selectedMail)));
    }
  }

  /** The outbox list, newest first; rebuilt only when it changed, keeping keyboard focus. */
  function renderOutbox(mails: Mail[]): void {
    byId('outbox-count').textContent = String(mails.length);
    const list = byId('outbox-list');
    const signature = JSON.stringify(mails);
    if (list.dataset.signature === signature) return;
    list.dataset.signature = signature;
    if (mails.length === 0) {
      list.replaceChildren(el('li', { class: 'empty', text: 'No emails yet.' }));
      return;
    }
    const focused = list.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.id
      : undefined;
    list.replaceChildren(
      ...mails
        .slice()
        .reverse()
        .map((mail) => {
          const button = el('button', { type: 'button', class: 'mail', 'data-id': String(mail.id) }, [
            el('span', { class: 'mail-to', text: mail.to }),
            el('span', { class: 'mail-time', text: mail.sent }),
            el('span', { class: 'mail-subject', text: mail.subject }),
          ]);
          button.addEventListener('click', () => {
            selectedMail = mail.id;
            markSelectedMail();
            void showMail(mail.id);
          });
          return el('li', {}, [button]);
        }),
    );
    markSelectedMail();
    if (focused !== undefined) list.querySelector<HTMLElement>(`button[data-id="${focused}"]`)?.focus();
  }

  async function showMail(id: number): Promise<void> {
    const mail = await getJson<MailDetail | null>(`/api/outbox/${id}`);
    const viewer = byId('mail-viewer');
    if (!mail) {
      viewer.replaceChildren(el('p', { class: 'empty', text: 'That email is no longer in the outbox.' }));
      return;
    }
    const field = (label: string, value: string) =>
      value ? [el('dt', { text: label }), el('dd', { text: value })] : [];
    const hasHtml = mail.htmlBody !== null && mail.htmlBody !== '';
    const plain = !hasHtml || showPlain;
    const toggle = el('button', {
      type: 'button',
      class: 'button',
      'aria-pressed': String(plain),
      text: 'Plain text',
    });
    if (!hasHtml) toggle.setAttribute('disabled', '');
    toggle.addEventListener('click', () => {
      showPlain = !showPlain;
      void showMail(id);
    });
    let body: HTMLElement;
    if (plain) {
      body = el('pre', { class: 'mail-plain', text: mail.body });
    } else {
      const frame = el('iframe', {
        class: 'mail-html',
        title: `Email to ${mail.to}`,
        sandbox: '',
      }) as HTMLIFrameElement;
      frame.srcdoc = mail.htmlBody ?? '';
      body = frame;
    }
    viewer.replaceChildren(
      el('div', { class: 'mail-head' }, [el('h3', { id: 'mail-subject', text: mail.subject }), toggle]),
      el('dl', { class: 'mail-fields' }, [
        ...field('From', mail.from),
        ...field('To', mail.to),
        ...field('Cc', mail.cc),
        ...field('Reply to', mail.replyTo),
        ...field('Sent', mail.sent),
      ]),
      body,
    );
  }

  // ---------- the sidebar ----------

  const sidebarPanel = byId('sidebar-panel');
  const sidebarFrame = byId<HTMLIFrameElement>('sidebar-frame');

  sidebarFrame.addEventListener('load', () => {
    if (!focusSidebarOnLoad) return;
    focusSidebarOnLoad = false;
    sidebarFrame.focus();
  });

  byId('sidebar-close').addEventListener('click', async () => {
    await postJson('/sidebar/close', {});
    await refresh();
  });

  function renderSidebar(sidebar: State['sidebar']): void {
    sidebarPanel.hidden = !sidebar.open;
    byId('sidebar-title').textContent = sidebar.title || 'Sidebar';
    if (!sidebar.open) {
      if (shownSidebarSerial !== -1) sidebarFrame.src = 'about:blank';
      shownSidebarSerial = -1;
      return;
    }
    if (sidebar.serial !== shownSidebarSerial) {
      shownSidebarSerial = sidebar.serial;
      sidebarFrame.src = `/sidebar?v=${sidebar.serial}`;
    }
  }

  // ---------- refresh ----------

  let refreshing: Promise<void> | null = null;
  let again = false;

  async function load(): Promise<void> {
    const next = await getJson<State>('/api/state');
    state = next;
    document.title = `${next.spreadsheetName} – SEND Delegate playground`;
    byId('spreadsheet-name').textContent = next.spreadsheetName;
    byId('now').textContent = next.now;
    byId('next-day').title = next.remindersAvailable
      ? 'Moves the clock to 07:00 on the next weekday and runs the daily reminders.'
      : 'Moves the clock to 07:00 on the next weekday (this build has no sendReminders).';
    renderMenus(next.menus);
    renderTabs(next.tabs);
    renderOutbox(next.outbox);
    renderSidebar(next.sidebar);
    const newest = next.notices[next.notices.length - 1]?.id ?? 0;
    if (seenNotice !== null) showNotices(next.notices.filter((notice) => notice.id > (seenNotice ?? 0)));
    seenNotice = newest;
    await renderGrid();
    document.body.dataset.version = String(next.version);
  }

  /** Reloads everything; calls made while a reload runs fold into one more reload. */
  function refresh(): Promise<void> {
    if (refreshing) {
      again = true;
      return refreshing;
    }
    refreshing = (async () => {
      try {
        do {
          again = false;
          await load();
        } while (again);
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  // The sidebar's google.script.run says when a call finished, so the workbook updates at once.
  window.addEventListener('message', (event) => {
    if (event.origin === location.origin && event.data === 'send-delegate-playground:changed') void refresh();
  });

  setInterval(async () => {
    try {
      const { version } = await getJson<{ version: number }>('/api/version');
      if (state && version !== state.version) await refresh();
    } catch {
      // The server stopped: keep showing the last state.
    }
  }, 1000);

  void refresh();
}
