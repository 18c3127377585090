/**
 * Installable triggers. They run as the SENCO who turned them on, which is what lets an
 * assignee's edit reach the protected Tasks log and reminders go out when nobody opens the sheet.
 */
import type { TriggerPort } from '../app/ports';

export const EDIT_HANDLER = 'onAssigneeEdit';
export const REMINDER_HANDLER = 'sendReminders';

function handlersNamed(name: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === name);
}

export function scriptTriggers(timeZone: () => string): TriggerPort {
  return {
    ensureEditSync() {
      if (handlersNamed(EDIT_HANDLER).length > 0) return false;
      ScriptApp.newTrigger(EDIT_HANDLER)
        .forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
        .onEdit()
        .create();
      return true;
    },
    scheduleDailyReminders(hour) {
      for (const trigger of handlersNamed(REMINDER_HANDLER)) ScriptApp.deleteTrigger(trigger);
      ScriptApp.newTrigger(REMINDER_HANDLER)
        .timeBased()
        .atHour(hour)
        .everyDays(1)
        .inTimezone(timeZone())
        .create();
    },
    cancelDailyReminders() {
      const existing = handlersNamed(REMINDER_HANDLER);
      for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
      return existing.length > 0;
    },
  };
}
