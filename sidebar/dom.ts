/**
 * Tiny DOM helpers. User text only ever goes in through textContent (via `text` or string
 * children), never innerHTML, so names and titles from the register cannot become markup.
 */
type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (true → present, false/undefined → absent) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, children: Child[]): void {
  parent.textContent = '';
  append(parent, children);
}

/** The element with this id, checked to be of the expected kind (fails loudly if the HTML drifts). */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof kind)) throw new Error(`Sidebar markup is missing #${id} (${kind.name}).`);
  return node;
}

export function setHidden(node: HTMLElement, hidden: boolean): void {
  node.hidden = hidden;
}

/** Adds or removes one id in an element's aria-describedby list, keeping the others. */
export function toggleDescribedBy(node: Element, id: string, on: boolean): void {
  const ids = (node.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== id);
  if (on) ids.push(id);
  if (ids.length > 0) node.setAttribute('aria-describedby', ids.join(' '));
  else node.removeAttribute('aria-describedby');
}

/** A small inline spinner; aria-hidden because the text beside it says what is happening. */
export function spinner(): HTMLSpanElement {
  return el('span', { class: 'spinner', 'aria-hidden': 'true' });
}
