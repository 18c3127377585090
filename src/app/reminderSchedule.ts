/** Turning the daily reminder run on and off (menu items). */
import { loadSettings } from './load';
import type { Ports } from './ports';

export function turnOnDailyReminders(ports: Ports): string {
  const { reminderHour } = loadSettings(ports.workbook);
  ports.triggers.scheduleDailyReminders(reminderHour);
  const hour = `${String(reminderHour).padStart(2, '0')}:00`;
  return (
    `Daily reminders are on. Each school day between ${hour} and an hour later, assignees get a digest of ` +
    'tasks due soon or overdue, and you get escalations and a Monday summary. Weekends and the holidays ' +
    'listed in Settings are skipped. Change "Reminder hour" in Settings, then turn them on again to move the time.'
  );
}

export function turnOffDailyReminders(ports: Ports): string {
  return ports.triggers.cancelDailyReminders()
    ? 'Daily reminders are off. Nothing will be sent until you turn them on again.'
    : 'Daily reminders were already off.';
}
