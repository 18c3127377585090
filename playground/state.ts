/**
 * The playground's memory between runs: `<stateDir>/state.json`, the emulator's toJSON().
 * The clock is saved stopped at the moment of saving and ticks again from there on the next
 * start, so time in the playground passes only while it runs (and when "Next school day" jumps).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator, EmulatorState } from '../emulator';

export const STATE_FILE = 'state.json';

export function statePath(stateDir: string): string {
  return join(stateDir, STATE_FILE);
}

/** The saved state, or null when there is none (or it is unreadable, which is reported). */
export function loadState(stateDir: string, warn: (message: string) => void): EmulatorState | null {
  const path = statePath(stateDir);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EmulatorState;
  } catch (error) {
    warn(
      `Could not read ${path} (${error instanceof Error ? error.message : String(error)}); starting afresh.`,
    );
    return null;
  }
}

/** Writes atomically (a temporary file, then rename), so a crash never leaves half a file. */
export function saveState(stateDir: string, emu: Emulator): void {
  mkdirSync(stateDir, { recursive: true });
  const state = emu.toJSON();
  state.clock = { offsetMs: 0, frozenAtMs: emu.clock.nowMs() };
  const path = statePath(stateDir);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, path);
}
