/** Everything the sidebar needs in one JSON-safe snapshot: read-only, one read per tab. */
import { initialsOf, primaryNeedArea } from '../core/register';
import type { SidebarState } from '../core/rpc';
import { TASK_TEMPLATES } from '../core/templates';
import { loadRegister, loadSettings, loadStaff, today } from './load';
import { senderName } from './notices';
import type { Ports } from './ports';

const MAX_WARNINGS = 20;

function capped(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), `…and ${warnings.length - MAX_WARNINGS} more.`];
}

export function getSidebarState(ports: Ports): SidebarState {
  const { workbook } = ports;
  const settings = loadSettings(workbook);
  const register = loadRegister(workbook, settings);
  const { staff, warnings: staffWarnings } = loadStaff(workbook);
  return {
    registerFound: register !== null,
    registerTab: register?.location.tab ?? '',
    pupils: (register?.pupils ?? []).map((pupil) => ({
      id: pupil.id,
      name: pupil.name,
      year: pupil.year,
      form: pupil.form,
      status: pupil.provision,
      needArea: primaryNeedArea(pupil),
      initials: initialsOf(pupil),
    })),
    staff: staff
      .filter((member) => member.active)
      .map((member) => ({ name: member.name, email: member.email, role: member.role })),
    templates: TASK_TEMPLATES.map((template) => ({ ...template })),
    today: today(ports),
    schoolName: settings.schoolName,
    senderName: senderName(settings),
    pupilIdentifier: settings.pupilIdentifier,
    warnings: capped([...(register?.warnings ?? []), ...staffWarnings]),
  };
}
