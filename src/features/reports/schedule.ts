/**
 * When scheduled reports go out and which days they cover, in UTC like the analytics days: a weekly report on
 * Monday at 07:00 covers the seven days before (Monday to Sunday); a monthly one on the 1st at 07:00 covers the
 * previous calendar month.
 *
 * @example
 *   nextRun('weekly', new Date('2026-12-07T08:00:00Z'))   // 2026-12-14T07:00:00.000Z (the next Monday)
 *   periodBefore('monthly', new Date('2026-12-01T07:00:00Z'))  // { from: '2026-11-01', to: '2026-11-30' }
 */
export type Frequency = 'weekly' | 'monthly';

const SEND_HOUR_UTC = 7;
const DAY = 86_400_000;

/** The first send time strictly after `after`. */
export function nextRun(frequency: Frequency, after: Date): Date {
  const d = new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), SEND_HOUR_UTC));
  if (frequency === 'weekly') {
    // getUTCDay: 0 = Sunday … 1 = Monday.
    const toMonday = (8 - d.getUTCDay()) % 7;
    let run = new Date(d.getTime() + toMonday * DAY);
    if (run <= after) run = new Date(run.getTime() + 7 * DAY);
    return run;
  }
  let run = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1, SEND_HOUR_UTC));
  if (run <= after) run = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1, SEND_HOUR_UTC));
  return run;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The days a report sent at `at` covers. */
export function periodBefore(frequency: Frequency, at: Date): { from: string; to: string } {
  const today = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (frequency === 'weekly') return { from: day(today - 7 * DAY), to: day(today - DAY) };
  const firstOfThis = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
  const firstOfPrevious = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1);
  return { from: day(firstOfPrevious), to: day(firstOfThis - DAY) };
}
