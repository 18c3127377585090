/** Loading, load-error and "no register" states, each cloned from its template in index.html. */
import type { SetUpResult } from '../src/core/rpc';
import { byId, replaceChildren } from './dom';

function clone(root: HTMLElement, templateId: string): void {
  replaceChildren(root, [byId(templateId, HTMLTemplateElement).content.cloneNode(true)]);
}

function part<T extends HTMLElement>(root: HTMLElement, selector: string, kind: new () => T): T {
  const node = root.querySelector(selector);
  if (!(node instanceof kind)) throw new Error(`Sidebar markup is missing ${selector}.`);
  return node;
}

export function showLoading(root: HTMLElement, text: string): void {
  clone(root, 'tpl-loading');
  part(root, '[data-text]', HTMLElement).textContent = text;
  root.setAttribute('aria-busy', 'true');
}

export function showLoadError(root: HTMLElement, message: string, retry: () => void): void {
  clone(root, 'tpl-load-error');
  root.removeAttribute('aria-busy');
  part(root, '[data-message]', HTMLElement).textContent = message;
  part(root, '[data-retry]', HTMLButtonElement).addEventListener('click', retry);
}

/** No register: offer to set the workbook up, then reload with what it did. */
export function showSetUp(
  root: HTMLElement,
  setUp: () => Promise<SetUpResult>,
  reload: (flash: string) => void,
): void {
  clone(root, 'tpl-setup');
  root.removeAttribute('aria-busy');
  const button = part(root, '[data-setup]', HTMLButtonElement);
  const error = part(root, '[data-error]', HTMLElement);
  let busy = false;
  button.addEventListener('click', () => {
    if (busy) return;
    busy = true;
    button.disabled = true;
    button.textContent = 'Setting up…';
    error.textContent = '';
    setUp().then(
      (result) => reload(result.message),
      (failure: unknown) => {
        busy = false;
        button.disabled = false;
        button.textContent = 'Set up register';
        error.textContent = failure instanceof Error ? failure.message : String(failure);
        button.focus();
      },
    );
  });
}
