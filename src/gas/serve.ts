/**
 * Runs a use case for an entry point: user mistakes pass through as they are; anything else is
 * logged with its context and rethrown as "Something went wrong: …" for the sidebar to show.
 */
import type { Ports } from '../app/ports';
import { isUserError, messageFor } from '../core/errors';
import { consoleLog, gasPorts } from './services';

export function serve<T>(context: string, useCase: (ports: Ports) => T): T {
  try {
    return useCase(gasPorts());
  } catch (error) {
    if (isUserError(error)) throw error;
    consoleLog.error(context, error);
    throw new Error(messageFor(error));
  }
}
