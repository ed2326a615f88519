/** How the figures read: business durations as "1 h 10 min", weekday names in the person's language. */
import type { TFunction } from 'i18next';

/** A duration in business seconds, rounded to the minute; "—" when there was nothing to measure. */
export function duration(seconds: number | null, t: TFunction): string {
  if (seconds === null) return '—';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('figures.minutes', { m: minutes });
  return t('figures.hoursMinutes', { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, '0') });
}

/** The name of ISO weekday 1 (Monday) … 7 (Sunday); 2024-01-01 was a Monday. */
export function weekdayName(weekday: number, language: string): string {
  const name = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
  // French writes weekdays in lower case; as a field's label it starts with a capital.
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** "09:00-12:00, 13:00-17:00" → intervals; what cannot be read is passed on for the server to name. */
export function parseIntervals(text: string): Array<{ start: string; end: string }> {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [start = '', end = ''] = part.split(/\s*[-–]\s*/, 2);
      return { start: start.trim(), end: end.trim() };
    });
}

export function formatIntervals(intervals: Array<{ start: string; end: string }>): string {
  return intervals.map((i) => `${i.start}-${i.end}`).join(', ');
}
