/**
 * Dates and times as people type them in spreadsheets: "24/12/2026 09:05", "12/24/2026", "2026-12-24", "24.12.2026",
 * with 24-hour times. A date whose first two numbers could both be a month ("03/04/2027") is ambiguous unless the
 * import says its order or another row of the same file settles it (a 13 or more in one place).
 *
 * @example
 *   splitDateTime('24/12/2026 09:05');            // { date: '24/12/2026', time: '09:05' }
 *   fileDateOrder(['24/12/2026', '01/02/2027']);   // 'DMY'
 *   toIsoDate('01/02/2027', 'DMY');                // { date: '2027-02-01' }
 */

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** "date time" in one cell (Hootsuite's first column). */
export function splitDateTime(cell: string): { date: string; time: string } | null {
  const m = /^(\S+)[\sT]+(\S+)$/.exec(cell.trim());
  return m ? { date: m[1]!, time: m[2]! } : null;
}

function parts(date: string): [string, string, string] | null {
  const m = NUMERIC_DATE.exec(date.trim());
  return m ? [m[1]!, m[2]!, m[3]!] : null;
}

/**
 * The order a whole file's dates are written in, when its rows settle it: year first, a day over 12 first (DMY) or
 * second (MDY). Undefined when no row tells (every date could be read both ways) or rows disagree.
 */
export function fileDateOrder(dates: string[]): DateOrder | undefined {
  const found = new Set<DateOrder>();
  for (const date of dates) {
    const p = parts(date);
    if (!p) continue;
    if (p[0].length === 4) found.add('YMD');
    else if (Number(p[0]) > 12) found.add('DMY');
    else if (Number(p[1]) > 12) found.add('MDY');
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function validDay(y: number, m: number, d: number): boolean {
  const day = new Date(Date.UTC(y, m - 1, d));
  return y >= 1000 && day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A typed date as YYYY-MM-DD, or the reason it cannot be read (a sentence for the person who typed it). */
export function toIsoDate(date: string, order: DateOrder | undefined): { date: string } | { error: string } {
  const p = parts(date);
  if (!p) return { error: `"${date}" is not a date; write it as dd/mm/yyyy, mm/dd/yyyy or yyyy-mm-dd.` };
  let [y, m, d]: number[] = [];
  if (p[0].length === 4) [y, m, d] = [Number(p[0]), Number(p[1]), Number(p[2])];
  else {
    const [a, b, c] = p.map(Number) as [number, number, number];
    const resolved = order ?? (a === b ? 'DMY' : undefined);
    if (!resolved || resolved === 'YMD') {
      return { error: `"${date}" could be ${a}/${b} as day/month or as month/day; choose the date order (DMY or MDY).` };
    }
    [y, m, d] = resolved === 'DMY' ? [c, b, a] : [c, a, b];
  }
  if (!validDay(y!, m!, d!)) return { error: `"${date}" is not a calendar date${order ? ` in the ${order} order` : ''}.` };
  return { date: `${y}-${pad(m!)}-${pad(d!)}` };
}

/** A 24-hour time as HH:MM (seconds must be 00: a post is scheduled to the minute). */
export function toTime(time: string): { time: string } | { error: string } {
  const m = TIME.exec(time.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || (m[3] !== undefined && m[3] !== '00')) {
    return { error: `"${time}" is not a 24-hour time; write it as HH:MM, e.g. 09:05 or 17:30.` };
  }
  return { time: `${pad(Number(m[1]))}:${m[2]}` };
}

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
