import { normalise } from './census';
import type { Grid, StaffMember } from './types';

export const STAFF_HEADERS = ['Name', 'Email', 'Role', 'Active'] as const;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

export function domainOf(email: string): string {
  return email.includes('@') ? (email.split('@').pop() ?? '').toLowerCase() : '';
}

function isActive(cell: unknown): boolean {
  if (cell === '' || cell === undefined || cell === true) return true;
  return !['false', 'no', 'n', 'inactive', 'left', '0'].includes(normalise(String(cell)));
}

/** Reads the Staff tab (headers in row 1). Rows with no email are skipped; bad ones reported. */
export function readStaff(grid: Grid): { staff: StaffMember[]; warnings: string[] } {
  const headers = (grid[0] ?? []).map((cell) => normalise(String(cell)));
  const col = (...names: string[]) => headers.findIndex((header) => names.includes(header));
  const nameCol = col('name', 'staff name', 'full name');
  const emailCol = col('email', 'email address', 'e mail');
  const roleCol = col('role', 'job', 'job title');
  const activeCol = col('active', 'current');
  const staff: StaffMember[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  grid.slice(1).forEach((row, index) => {
    const email = String(row[emailCol] ?? '').trim();
    const name = String(row[nameCol] ?? '').trim();
    if (email === '' && name === '') return;
    const rowNumber = index + 2;
    if (!isEmailAddress(email)) {
      warnings.push(`Staff row ${rowNumber}: "${email || '(blank)'}" is not an email address.`);
      return;
    }
    const key = email.toLowerCase();
    if (seen.has(key)) {
      warnings.push(`Staff row ${rowNumber}: ${email} is listed twice; the first row is used.`);
      return;
    }
    seen.add(key);
    staff.push({
      name: name || email,
      email,
      role: String(row[roleCol] ?? '').trim(),
      active: activeCol < 0 ? true : isActive(row[activeCol]),
    });
  });
  return { staff, warnings };
}

/** "Jane Smith" → "J Smith"; a single word stays as it is. */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return name.trim();
  return `${parts[0]?.charAt(0).toUpperCase()} ${parts[parts.length - 1]}`;
}

/** The most common email domain on the Staff tab: a sensible default for Settings. */
export function commonDomain(staff: readonly StaffMember[]): string {
  const counts = new Map<string, number>();
  for (const member of staff)
    counts.set(domainOf(member.email), (counts.get(domainOf(member.email)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
