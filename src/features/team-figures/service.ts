/**
 * Team figures (issue 12): how fast the team first answers inbox items and gets them done, per teammate and per
 * channel, counted in the workspace's business hours; and how many items arrived per day, by sentiment.
 * First-reply time runs from when an item reached Chorus (a comment posted before its channel was connected could not
 * have been answered sooner) to its first reply sent through Chorus; time to done runs to when it was marked done.
 * No HTTP and no SQL here.
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import { auditRepository } from '../audit/repository.js';
import { BusinessCalendar, defaultBusinessHours, percentile, validateBusinessHours, wallClockToInstant, type BusinessHours } from '../engagement/business-time.js';
import { epochDay, localEpochMinutes } from '../audience/localTime.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { teamFiguresRepository, type HandledItem } from './repository.js';

const DAY_MS = 86_400_000;
/** A year and a day: enough for a yearly review, and the report stays one quick read. */
export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 30;
const SENTIMENTS = ['positive', 'neutral', 'negative', 'unknown'] as const;

/** The workspace's business hours, or the default ones in its time zone; `isDefault` says which. */
export async function businessHoursOf(ctx: AppContext, access: WorkspaceAccess) {
  const row = await teamFiguresRepository.businessHours(ctx.database.db, access.workspaceId);
  if (!row) return { ...defaultBusinessHours(access.timezone), isDefault: true, updatedAt: null };
  return { timeZone: row.time_zone, days: sortDays(row.days), isDefault: false, updatedAt: row.updated_at.toISOString() };
}

const sortDays = (days: BusinessHours['days']) => [...days].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));

/** Replaces the business hours (admins); refused as a whole, naming the day, when any interval is wrong. */
export async function saveBusinessHours(ctx: AppContext, access: WorkspaceAccess, hours: BusinessHours) {
  const problems = validateBusinessHours(hours);
  const first = problems[0];
  if (first) throw invalid('business_hours_invalid', first.message, first.field, { problems });
  const days = sortDays(hours.days);
  await ctx.database.db.transaction().execute(async (trx) => {
    await teamFiguresRepository.saveBusinessHours(trx, access.workspaceId, { timeZone: hours.timeZone, days }, access.userId);
    await auditRepository.recordBy(trx, access, {
      action: 'business_hours.updated',
      targetType: 'workspace',
      targetId: access.workspaceId,
      data: { timeZone: hours.timeZone, intervals: days.length },
    });
  });
  return businessHoursOf(ctx, access);
}

/** Days since 1970-01-01 of "YYYY-MM-DD", or null when it is not a calendar day. */
function dayNumber(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === value ? ms / DAY_MS : null;
}

const dayString = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The days asked for, both included, on the hours' clock: the last 30 days to today unless said. */
function resolveRange(timeZone: string, from: string | undefined, to: string | undefined, now: number) {
  const today = epochDay(localEpochMinutes(timeZone, now) ?? Math.floor(now / 60_000));
  const last = to === undefined ? today : dayNumber(to);
  if (last === null) throw invalid('invalid_date', `"${to}" is not a day; write it as 2026-11-30.`, 'to');
  const first = from === undefined ? last - (DEFAULT_RANGE_DAYS - 1) : dayNumber(from);
  if (first === null) throw invalid('invalid_date', `"${from}" is not a day; write it as 2026-11-01.`, 'from');
  if (first > last) throw invalid('range_reversed', `The range starts on ${dayString(first)}, after it ends on ${dayString(last)}; swap the days.`, 'from');
  if (last - first + 1 > MAX_RANGE_DAYS) {
    throw invalid('figures_range_too_long', `Choose at most ${MAX_RANGE_DAYS} days; ${dayString(first)} to ${dayString(last)} is ${last - first + 1}.`, 'from', undefined, { max: MAX_RANGE_DAYS });
  }
  return { first, last };
}

/** Median and 90th percentile, in whole seconds (null with nothing to measure). */
function spread(ms: number[]) {
  const round = (v: number | null) => (v === null ? null : Math.round(v / 1000));
  return { medianSeconds: round(percentile(ms, 50)), p90Seconds: round(percentile(ms, 90)) };
}

interface Group {
  replied: number[];
  done: number[];
}

function figuresOf(group: Group) {
  return { replied: group.replied.length, firstReply: spread(group.replied), done: group.done.length, toDone: spread(group.done) };
}

/** Business time of each item, gathered by a key (teammate or channel). */
function gather(calendar: BusinessCalendar, replies: HandledItem[], done: HandledItem[], key: (item: HandledItem) => string) {
  const groups = new Map<string, Group>();
  const at = (k: string) => groups.get(k) ?? groups.set(k, { replied: [], done: [] }).get(k)!;
  for (const item of replies) at(key(item)).replied.push(calendar.between(item.received_at.getTime(), item.handled_at.getTime()));
  for (const item of done) at(key(item)).done.push(calendar.between(item.received_at.getTime(), item.handled_at.getTime()));
  return groups;
}

export interface FiguresQuery {
  from?: string;
  to?: string;
  channelId?: string;
}

export async function teamFigures(ctx: AppContext, access: WorkspaceAccess, query: FiguresQuery, now = Date.now()) {
  const db = ctx.database.db;
  const hours = await businessHoursOf(ctx, access);
  const { first, last } = resolveRange(hours.timeZone, query.from, query.to, now);
  const channels = await teamFiguresRepository.channels(db, access.workspaceId);
  if (query.channelId !== undefined && !(isUuid(query.channelId) && channels.some((c) => c.id === query.channelId))) throw notFound('Channel');
  const window = {
    workspaceId: access.workspaceId,
    from: new Date(wallClockToInstant(hours.timeZone, first * 1440)),
    to: new Date(wallClockToInstant(hours.timeZone, (last + 1) * 1440)),
    channelId: query.channelId,
  };
  const [replies, done, volume] = await Promise.all([
    teamFiguresRepository.firstReplies(db, window),
    teamFiguresRepository.done(db, window),
    teamFiguresRepository.dailyVolume(db, window, hours.timeZone),
  ]);
  const handled = [...replies, ...done];
  const earliest = handled.reduce((min, i) => Math.min(min, i.received_at.getTime()), window.from.getTime());
  const calendar = new BusinessCalendar(hours, earliest, window.to.getTime());

  const byPerson = gather(calendar, replies, done, (i) => i.user_id ?? '');
  const names = new Map((await teamFiguresRepository.people(db, [...byPerson.keys()].filter(Boolean))).map((p) => [p.id, p.name]));
  const teammates = [...byPerson].map(([id, group]) => ({ user: id ? { id, name: names.get(id) ?? '' } : null, ...figuresOf(group) }));
  teammates.sort((a, b) => b.replied + b.done - (a.replied + a.done) || (a.user?.name ?? '\uffff').localeCompare(b.user?.name ?? '\uffff'));

  const byChannel = gather(calendar, replies, done, (i) => i.channel_id);
  const perChannel = channels
    .filter((c) => byChannel.has(c.id))
    .map((c) => ({ channel: { id: c.id, network: c.network, handle: c.handle, name: c.display_name }, ...figuresOf(byChannel.get(c.id)!) }));

  const days = new Map<string, Record<(typeof SENTIMENTS)[number], number>>();
  for (let d = first; d <= last; d++) days.set(dayString(d), { positive: 0, neutral: 0, negative: 0, unknown: 0 });
  for (const row of volume) {
    const counts = days.get(row.day);
    if (counts) counts[row.sentiment] += row.items;
  }
  const all = gather(calendar, replies, done, () => 'all').get('all') ?? { replied: [], done: [] };
  return {
    from: dayString(first),
    to: dayString(last),
    timeZone: hours.timeZone,
    totals: { received: volume.reduce((sum, r) => sum + r.items, 0), ...figuresOf(all) },
    teammates,
    channels: perChannel,
    days: [...days].map(([day, counts]) => ({ day, ...counts })),
  };
}
