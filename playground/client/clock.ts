/** The header's clock: today in the playground, and Next school day (07:00, then the reminders). */
import { nextSchoolDay } from './api';
import { setBusy } from './busy';
import { showFailure } from './dialog';
import { byId } from './dom';
import type { PageState } from './types';

export function renderClock(state: Pick<PageState, 'now' | 'remindersAvailable'>): void {
  byId('now').textContent = state.now;
  byId('next-day').title = state.remindersAvailable
    ? 'Moves the clock to 07:00 on the next weekday and runs the daily reminders.'
    : 'Moves the clock to 07:00 on the next weekday (this build has no sendReminders).';
}

export function wireNextSchoolDay(refresh: () => Promise<void>): void {
  const button = byId<HTMLButtonElement>('next-day');
  button.addEventListener('click', async () => {
    button.disabled = true;
    setBusy('Moving to the next school day…');
    try {
      const outcome = await nextSchoolDay();
      await refresh();
      byId('clock-status').textContent = outcome.message;
    } catch (error) {
      showFailure(error);
    } finally {
      button.disabled = false;
      setBusy('');
    }
  });
}
