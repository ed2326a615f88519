/**
 * The composer's segment tabs without markup: which tabs a post's variants make and back, the same local time in
 * each segment's zone (computed with Intl, so the person sees "12:00 in Asia/Singapore = 05:00 your time" before
 * saving), and which tab a server error is about.
 *
 * @example
 *   variantsOfTabs([{ segmentId: 's1', text: 'Hi', url: '' }]); // [{ segmentId: 's1', text: 'Hi' }]
 *   zonedToUtc('2026-12-10', '12:00', 'Asia/Singapore')?.toISOString(); // '2026-12-10T04:00:00.000Z'
 */
import type { Variant, Violation } from '../../api';

/** One segment tab: `text` null while it shows the post's shared text. */
export interface SegmentTab {
  segmentId: string;
  text: string | null;
  url: string;
}

/** A tab per variant that applies to a whole segment (one limited to a network or channel is kept as it is). */
export function tabsOfVariants(variants: Variant[]): { tabs: SegmentTab[]; kept: Variant[] } {
  const whole = (v: Variant) => Boolean(v.segmentId) && !v.network && !v.channelId;
  return {
    tabs: variants.filter(whole).map((v) => ({ segmentId: v.segmentId!, text: v.text ?? null, url: v.url ?? '' })),
    kept: variants.filter((v) => Boolean(v.segmentId) && !whole(v)),
  };
}

/** The variants the API takes for these tabs: an untouched text or an empty link is not sent. */
export function variantsOfTabs(tabs: SegmentTab[]): Variant[] {
  return tabs.map((tab) => ({
    segmentId: tab.segmentId,
    ...(tab.text !== null ? { text: tab.text } : {}),
    ...(tab.url.trim() ? { url: tab.url.trim() } : {}),
  }));
}

/** The tabs without the one of `segmentId` (its variant goes with it). */
export function withoutTab(tabs: SegmentTab[], segmentId: string): SegmentTab[] {
  return tabs.filter((t) => t.segmentId !== segmentId);
}

/** `2026-12-10T12:00` (a datetime-local value) → `{date, time}` of `scheduledLocal`; null when incomplete. */
export function scheduledLocalOf(local: string): { date: string; time: string } | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  return match ? { date: match[1]!, time: match[2]! } : null;
}

function wallClock(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
}

/**
 * The instant a wall-clock date and time has in an IANA zone; null for an unknown zone or a bad date. Guess the
 * instant as if the zone were UTC, then correct by the zone's offset twice (the second pass settles a guess that
 * fell on the other side of a summer-time change).
 */
export function zonedToUtc(date: string, time: string, zone: string): Date | null {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wanted)) return null;
  try {
    let guess = wanted;
    for (let i = 0; i < 2; i++) guess += wanted - wallClock(new Date(guess), zone);
    return new Date(guess);
  } catch {
    return null; // RangeError: Intl does not know the zone
  }
}

/** `HH:MM` of an instant on a zone's clock. */
export function clockIn(instant: Date, zone: string): string {
  return new Date(wallClock(instant, zone)).toISOString().slice(11, 16);
}

/** The segment tab a 422 is about: `params.segment` names it, `params.segmentId` identifies it (unknown_segment). */
export function segmentOfError(params: Record<string, unknown> | undefined, names: Map<string, string>): string | null {
  if (!params) return null;
  if (typeof params['segmentId'] === 'string') return params['segmentId'];
  const name = params['segment'];
  if (typeof name !== 'string') return null;
  return [...names].find(([, n]) => n === name)?.[0] ?? null;
}

/** The violations about one segment's variant (the network tabs show the others). */
export function segmentViolations(violations: Violation[], segmentId: string): Violation[] {
  return violations.filter((v) => v.segmentId === segmentId);
}

/** The text a segment's publication will carry: its link goes at the end unless written in it (as the server does). */
export function textWithUrl(text: string, url: string): string {
  const link = url.trim();
  return link && !text.includes(link) ? `${text.trimEnd()}\n\n${link}` : text;
}
