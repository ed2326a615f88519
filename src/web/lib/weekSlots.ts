/**
 * Weekday × hour slots for people: a weekday's name in their language (ISO 1 = Monday … 7 = Sunday), a slot as
 * "Tuesday 18:00", and the best-times heat map (ECharts) of a channel's week.
 *
 * @example
 *   slotName({ weekday: 2, time: '18:00' }, 'en'); // "Tuesday 18:00"
 */
import type { BestTimeSlot } from '../api-queue';
import type { ChartOption } from '../components/Chart';

/** The weekday's name in `lng`; `style` 'short' gives "Tue" / "mar.". */
export function weekdayName(weekday: number, lng: string, style: 'long' | 'short' = 'long'): string {
  // 1 January 2024 was a Monday: weekday n is n - 1 days later.
  const name = new Intl.DateTimeFormat(lng, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
  return name.charAt(0).toLocaleUpperCase(lng) + name.slice(1);
}

export function slotName(slot: { weekday: number; time: string }, lng: string): string {
  return `${weekdayName(slot.weekday, lng)} ${slot.time}`;
}

export const hourTime = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/** The best slot of the estimate (the server sends them best first). */
export function bestSlot(slots: readonly BestTimeSlot[]): BestTimeSlot | null {
  return slots.reduce<BestTimeSlot | null>((best, s) => (best && best.score >= s.score ? best : s), null);
}

/** A heat map of the week: hours across, weekdays down (Monday on top), colour by expected engagement. */
export function heatmapOption(slots: readonly BestTimeSlot[], lng: string, scoreLabel: string): ChartOption {
  const days = [1, 2, 3, 4, 5, 6, 7];
  const scores = slots.map((s) => s.score);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    tooltip: {
      formatter: (p: unknown) => {
        const [hour, day, score] = (p as { value: [number, number, number] }).value;
        return `${weekdayName(days[6 - day]!, lng)} ${hourTime(hour)} — ${scoreLabel} ${score}`;
      },
    },
    grid: { left: 48, right: 12, top: 8, bottom: 56 },
    xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')), splitArea: { show: true } },
    yAxis: { type: 'category', data: [...days].reverse().map((d) => weekdayName(d, lng, 'short')), splitArea: { show: true } },
    visualMap: {
      min: round(Math.min(...scores, 1)),
      max: round(Math.max(...scores, 1)),
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      inRange: { color: ['#eef2fb', '#3b5bdb'] },
    },
    // Monday on the top row: the y axis counts from the bottom.
    series: [{ type: 'heatmap', data: slots.map((s) => [s.hour, 7 - s.weekday, round(s.score)]) }],
  };
}
