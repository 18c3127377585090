/** The header's busy line: what the page is waiting for (a polite live region). */
import { byId } from './dom';

export function setBusy(text: string): void {
  byId('busy').textContent = text;
}
