import type { PupilIdentifier } from './types';

/** Initials of a display name: "Amara Okafor-Jones" → "AO". */
export function initialsOfName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.charAt(0) ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.charAt(0) ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/** How a pupil is named in an email, per the Settings identifier (initials by default). */
export function pupilInEmail(pupil: { id: string; name: string }, identifier: PupilIdentifier): string {
  switch (identifier) {
    case 'id':
      return pupil.id;
    case 'full name':
      return pupil.name;
    case 'initials':
      return initialsOfName(pupil.name) || pupil.id;
    default:
      return identifier satisfies never;
  }
}
