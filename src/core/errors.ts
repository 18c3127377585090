/**
 * A mistake the user can fix, with a sentence that says how. Errors lose their prototype across
 * google.script.run, so the sidebar tells them apart by `name`, never by instanceof.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === 'UserError';
}

/** The sentence shown for a failure: user mistakes as they are, the unexpected prefixed. */
export function messageFor(error: unknown): string {
  if (isUserError(error)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `Something went wrong: ${message}`;
}
