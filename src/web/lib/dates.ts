/**
 * Calendar arithmetic in the browser's time zone, and the conversion between a `datetime-local` input (wall-clock
 * time where the user is) and the UTC ISO strings the API stores.
 */

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `2024-05-01T14:30` (local wall-clock) → `2024-05-01T12:30:00.000Z`; null when empty or invalid. */
export function localInputToUtcIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A UTC ISO string → the `datetime-local` value for the same instant where the user is. */
export function utcIsoToLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);
}

export function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** 0 = Sunday. English (US) weeks start on Sunday, French ones on Monday. */
export function firstDayOfWeek(language: string): number {
  return language.startsWith('en') ? 0 : 1;
}

export function startOfWeek(d: Date, firstDay: number): Date {
  const offset = (d.getDay() - firstDay + 7) % 7;
  return addDays(startOfDay(d), -offset);
}

/** The days shown for the month of `d`: whole weeks from the week of the 1st to the week of the last day. */
export function monthGrid(d: Date, firstDay: number): Date[] {
  const first = new Date(d.getFullYear(), d.getMonth(), 1);
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0);
  const start = startOfWeek(first, firstDay);
  const days: Date[] = [];
  for (let day = start; day <= last || days.length % 7 !== 0; day = addDays(day, 1)) days.push(day);
  return days;
}

export function weekDays(d: Date, firstDay: number): Date[] {
  const start = startOfWeek(d, firstDay);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** `YYYY-MM-DD` of a local date, for URLs. */
export function dayKey(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function parseDayKey(key: string | null): Date | null {
  const m = key?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** An instant as the person's language writes a date and time ("5 Dec 2026, 14:30"). */
export function formatWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
