/**
 * A batch of clicks folded into the rows the rollup tables need, in the redirector's process: hourly counts per link,
 * daily counts per dimension value, and the day's distinct visitors. A batch of 2,000 clicks comes from a handful of
 * links and visitor profiles, so this is a few map updates per click here, where the same GROUP BY in PostgreSQL
 * cost ~5 µs of database CPU per click (bench/RESULTS.md) — and the database is what every redirector shares.
 *
 * @example
 * const rows = rollupsOf(batch);   // then INSERT … SELECT FROM unnest(…) ON CONFLICT … (click-writer.ts)
 */
import type { ClickBatch } from './redirect/click-ring.js';

export interface BatchRollups {
  hourly: { linkIds: string[]; hours: Date[]; clicks: number[]; bots: number[]; qr: number[] };
  dims: { linkIds: string[]; days: string[]; dims: string[]; values: string[]; clicks: number[] };
  visitors: { linkIds: string[]; days: string[]; hashes: string[] };
}

const HOUR_MS = 3_600_000;
/** Dimension values are cut to this many characters (a proxy's region header could be anything). */
const MAX_VALUE = 200;

interface Group {
  linkId: string;
  hourMs: number;
  day: string;
  bot: boolean;
  qr: boolean;
  rule: number | null;
  referrer: string | null;
  values: [country: string, device: string, os: string, browser: string, referrer: string, network: string, rule: string];
  n: number;
}

const DIMS = ['country', 'device', 'os', 'browser', 'referrer', 'network', 'rule'] as const;

type QueuedLink = ReturnType<ClickBatch['link']>;
type QueuedVisitor = ReturnType<ClickBatch['visitor']>;

/**
 * Clicks are grouped by the objects the queue points at — the cached link row and the remembered visitor — then by
 * hour, trigger, rule and referrer, compared as values: no key string is built per click (building and hashing one
 * was ~0.3 µs a click, bench/RESULTS.md 2026-11-25). Two objects for one link (a cache refresh) make two groups; the
 * second pass below merges them by id.
 */
export function rollupsOf(batch: ClickBatch): BatchRollups {
  const byLink = new Map<QueuedLink, Map<QueuedVisitor, Group[]>>();
  const groupList: Group[] = [];
  const visitors = new Map<string, { linkId: string; day: string; hash: string }>();
  const days = new Map<number, string>();
  let last: Group | undefined;
  let lastLink: QueuedLink | undefined;
  let lastVisitor: QueuedVisitor | undefined;
  let seenLinkId = '';
  let seenDay = '';
  let seenHash = '';
  for (let i = 0; i < batch.length; i++) {
    const link = batch.link(i);
    const visitor = batch.visitor(i);
    const atMs = batch.atMs(i);
    const hourMs = atMs - (atMs % HOUR_MS);
    const referrer = batch.referrerHost(i);
    const rule = batch.ruleIndex(i);
    const qr = batch.trigger(i) === 'qr';
    let group: Group | undefined;
    // Consecutive clicks often share everything (a busy link, a returning visitor): the last group first.
    if (last && link === lastLink && visitor === lastVisitor && last.hourMs === hourMs && last.qr === qr && last.rule === rule && last.referrer === referrer) {
      group = last;
    } else {
      let byVisitor = byLink.get(link);
      if (!byVisitor) byLink.set(link, (byVisitor = new Map()));
      let list = byVisitor.get(visitor);
      if (!list) byVisitor.set(visitor, (list = []));
      group = list.find((g) => g.hourMs === hourMs && g.qr === qr && g.rule === rule && g.referrer === referrer);
      if (!group) {
        let day = days.get(hourMs);
        if (day === undefined) days.set(hourMs, (day = new Date(hourMs).toISOString().slice(0, 10)));
        group = {
          linkId: link.id,
          hourMs,
          day,
          bot: visitor.isBot,
          qr,
          rule,
          referrer,
          values: [
            visitor.country ?? 'unknown',
            visitor.device ?? 'unknown',
            visitor.os ?? 'unknown',
            visitor.browser ?? 'unknown',
            referrer ?? 'direct',
            link.network ?? 'none',
            rule === null ? 'default' : String(rule),
          ],
          n: 0,
        };
        list.push(group);
        groupList.push(group);
      }
      last = group;
      lastLink = link;
      lastVisitor = visitor;
    }
    group.n++;
    if (!visitor.isBot) {
      const hash = batch.visitorHash(i);
      if (hash !== seenHash || link.id !== seenLinkId || group.day !== seenDay) {
        const visitorKey = `${link.id}\t${group.day}\t${hash}`;
        if (!visitors.has(visitorKey)) visitors.set(visitorKey, { linkId: link.id, day: group.day, hash });
        seenLinkId = link.id;
        seenDay = group.day;
        seenHash = hash;
      }
    }
  }

  const hourly = new Map<string, { linkId: string; hourMs: number; clicks: number; bots: number; qr: number }>();
  const dims = new Map<string, { linkId: string; day: string; dim: string; value: string; clicks: number }>();
  for (const g of groupList) {
    const hourKey = `${g.linkId}\t${g.hourMs}`;
    let h = hourly.get(hourKey);
    if (!h) hourly.set(hourKey, (h = { linkId: g.linkId, hourMs: g.hourMs, clicks: 0, bots: 0, qr: 0 }));
    if (g.bot) {
      h.bots += g.n;
      continue; // bots are counted apart and left out of every breakdown
    }
    h.clicks += g.n;
    if (g.qr) h.qr += g.n;
    for (let d = 0; d < DIMS.length; d++) {
      const value = g.values[d]!.slice(0, MAX_VALUE);
      const dimKey = `${g.linkId}\t${g.day}\t${DIMS[d]}\t${value}`;
      const row = dims.get(dimKey);
      if (row) row.clicks += g.n;
      else dims.set(dimKey, { linkId: g.linkId, day: g.day, dim: DIMS[d]!, value, clicks: g.n });
    }
  }

  const h = [...hourly.values()];
  const d = [...dims.values()];
  const v = [...visitors.values()];
  return {
    hourly: {
      linkIds: h.map((r) => r.linkId),
      hours: h.map((r) => new Date(r.hourMs)),
      clicks: h.map((r) => r.clicks),
      bots: h.map((r) => r.bots),
      qr: h.map((r) => r.qr),
    },
    dims: { linkIds: d.map((r) => r.linkId), days: d.map((r) => r.day), dims: d.map((r) => r.dim), values: d.map((r) => r.value), clicks: d.map((r) => r.clicks) },
    visitors: { linkIds: v.map((r) => r.linkId), days: v.map((r) => r.day), hashes: v.map((r) => r.hash) },
  };
}
