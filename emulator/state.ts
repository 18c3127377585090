/**
 * Everything the emulator persists, as JSON-safe data: the workbook, properties, outbox,
 * triggers, mail quota and clock. The playground saves this between restarts.
 */
import type { ClockState } from './clock';
import type { MailState, SentMessage } from './mail';
import type { PropertiesState } from './properties';
import type { SpreadsheetJson } from './spreadsheet/serialize';
import type { TriggerRecord } from './triggers';

export const STATE_VERSION = 1;

export type SentMessageJson = Omit<SentMessage, 'sentAt'> & { sentAt: string };

export interface EmulatorState {
  version: typeof STATE_VERSION;
  spreadsheet: SpreadsheetJson;
  properties: PropertiesState;
  outbox: SentMessageJson[];
  triggers: { list: TriggerRecord[]; sequence: number };
  mail: MailState;
  clock: ClockState;
}

export function encodeOutbox(outbox: readonly SentMessage[]): SentMessageJson[] {
  return outbox.map((message) => ({ ...message, sentAt: message.sentAt.toISOString() }));
}

export function decodeOutbox(json: readonly SentMessageJson[]): SentMessage[] {
  return json.map((message) => ({ ...message, sentAt: new Date(message.sentAt) }));
}

/** The state after a JSON round trip, checked enough to fail clearly on a foreign file. */
export function checkState(state: unknown): EmulatorState {
  const candidate = state as Partial<EmulatorState> | null;
  if (
    !candidate ||
    typeof candidate !== 'object' ||
    candidate.version !== STATE_VERSION ||
    !candidate.spreadsheet
  ) {
    throw new Error(`Not an emulator state (version ${STATE_VERSION}).`);
  }
  return JSON.parse(JSON.stringify(candidate)) as EmulatorState;
}
