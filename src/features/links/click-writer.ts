/**
 * Writes batches of raw clicks and folds them into the rollups, in one transaction per batch. This runs in the
 * redirector's process, so the per-click cost on the JavaScript side is what matters:
 *
 * - Queued clicks live in columns (redirect/click-ring.ts) that point at what the redirector holds anyway — the
 *   cached link row and the remembered visitor — so queuing allocates nothing that outlives the request.
 * - PostgreSQL: at write time each click becomes a line of COPY's text format, from parts built once per link and
 *   per visitor, and the batch goes straight into `clicks` over `COPY … FROM STDIN` (pg-copy-streams). The rollups
 *   are folded here (click-rollups.ts: a batch holds few links and visitor profiles) and sent as a few arrays, so
 *   PostgreSQL only stores: 13.5 → ~7 µs of its CPU per click (bench/RESULTS.md).
 * - PGlite (one process, small volumes): the batch travels as one JSON parameter into a temporary table and
 *   PostgreSQL does the counting with INSERT … SELECT … GROUP BY — PGlite has no COPY FROM STDIN through the pg
 *   protocol. The PostgreSQL path falls back to the same statements for a batch partly stored already.
 *
 * Rollup rows are sorted before they are written, so concurrent flushes from several redirectors lock rows in the
 * same order and cannot deadlock.
 *
 * @example
 * const clicks = createClickQueue(database, log);    // COPY on PostgreSQL, JSON on PGlite
 * const id = clicks.push({ atMs, link, visitor, visitorHash, referrerHost, trigger, ruleIndex, variant });
 * await clicks.drain();                               // at shutdown
 */
import type pg from 'pg';
import type { Logger } from 'pino';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'kysely';
import type { Database, DB } from '../../db/database.js';
import type { Visitor } from '../audience/index.js';
import { rollupsOf } from './click-rollups.js';
import { ClickRing, type ClickBatch } from './redirect/click-ring.js';
import type { LinkRow } from './repository.js';
import type { ClickEvent } from './stats-repository.js';

/** One queued click as an object (the queue itself keeps columns: redirect/click-ring.ts). */
export interface PendingClick {
  id: string;
  /** When, in epoch milliseconds. */
  atMs: number;
  link: Pick<LinkRow, 'id' | 'workspace_id' | 'publication_id' | 'network' | 'channel_id'>;
  visitor: Pick<Visitor, 'country' | 'region' | 'device' | 'os' | 'browser' | 'isBot'>;
  visitorHash: string;
  referrerHost: string | null;
  trigger: 'link' | 'qr';
  ruleIndex: number | null;
  variant: string | null;
}

/** The click as the embedded writer and tests see it. */
export function toClickEvent(c: PendingClick): ClickEvent {
  return {
    id: c.id,
    at: new Date(c.atMs),
    linkId: c.link.id,
    workspaceId: c.link.workspace_id,
    publicationId: c.link.publication_id,
    network: c.link.network,
    channelId: c.link.channel_id,
    country: c.visitor.country,
    region: c.visitor.region,
    device: c.visitor.device,
    os: c.visitor.os,
    browser: c.visitor.browser,
    referrerHost: c.referrerHost,
    trigger: c.trigger,
    ruleIndex: c.ruleIndex,
    variant: c.variant,
    visitorHash: c.visitorHash,
    isBot: c.visitor.isBot,
  };
}

/** The columns of `clicks` in the order rows are encoded. */
export const COLUMNS = [
  'id',
  'at',
  'link_id',
  'workspace_id',
  'publication_id',
  'network',
  'channel_id',
  'country',
  'region',
  'device',
  'os',
  'browser',
  'referrer_host',
  'trigger',
  'rule_index',
  'visitor_hash',
  'is_bot',
  'variant',
] as const;

export const CREATE_BATCH_TABLE = 'CREATE TEMP TABLE IF NOT EXISTS click_batch (LIKE clicks) ON COMMIT DELETE ROWS';

/** After the batch is in `click_batch`: raw rows, then each rollup. No parameters, so both paths share them. */
export const FOLD_STATEMENTS = [
  'INSERT INTO clicks SELECT * FROM click_batch ON CONFLICT DO NOTHING',
  `INSERT INTO link_stats_hourly (link_id, hour, clicks, bots, qr)
   SELECT link_id, date_trunc('hour', at),
          count(*) FILTER (WHERE NOT is_bot), count(*) FILTER (WHERE is_bot), count(*) FILTER (WHERE NOT is_bot AND trigger = 'qr')
   FROM click_batch GROUP BY 1, 2 ORDER BY 1, 2
   ON CONFLICT (link_id, hour) DO UPDATE SET clicks = link_stats_hourly.clicks + excluded.clicks,
     bots = link_stats_hourly.bots + excluded.bots, qr = link_stats_hourly.qr + excluded.qr`,
  // Grouped by the whole visitor profile first (a batch holds few distinct ones), then spread into the seven
  // dimensions: 7 rows per profile instead of 7 rows per click (measured: 4.1 → ~1 µs of PostgreSQL CPU a click).
  `INSERT INTO link_stats_daily_dims (link_id, day, dim, value, clicks)
   SELECT g.link_id, g.day, d.dim, left(d.value, 200), sum(g.n)
   FROM (
     SELECT link_id, (at AT TIME ZONE 'UTC')::date AS day, country, device, os, browser, referrer_host, network, rule_index, count(*) AS n
     FROM click_batch WHERE NOT is_bot GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
   ) g CROSS JOIN LATERAL (VALUES
     ('country', coalesce(g.country, 'unknown')), ('device', coalesce(g.device, 'unknown')),
     ('os', coalesce(g.os, 'unknown')), ('browser', coalesce(g.browser, 'unknown')),
     ('referrer', coalesce(g.referrer_host, 'direct')), ('network', coalesce(g.network, 'none')),
     ('rule', coalesce(g.rule_index::text, 'default'))) AS d(dim, value)
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
   ON CONFLICT (link_id, day, dim, value) DO UPDATE SET clicks = link_stats_daily_dims.clicks + excluded.clicks`,
  `WITH fresh AS (
     INSERT INTO link_visitors_daily (link_id, day, visitor_hash)
     SELECT DISTINCT link_id, (at AT TIME ZONE 'UTC')::date, visitor_hash FROM click_batch WHERE NOT is_bot ORDER BY 1, 2, 3
     ON CONFLICT DO NOTHING
     RETURNING link_id, day)
   INSERT INTO link_stats_daily (link_id, day, uniques)
   SELECT link_id, day, count(*) FROM fresh GROUP BY 1, 2 ORDER BY 1, 2
   ON CONFLICT (link_id, day) DO UPDATE SET uniques = link_stats_daily.uniques + excluded.uniques`,
];

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A value in COPY's text format: `\N` for null, and backslash, tab, newline and carriage return escaped. */
function field(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  // Almost every value (ids, country codes, device names, host names) needs nothing: test before replacing.
  return NEEDS_ESCAPE.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : value;
}

const linkParts = new WeakMap<PendingClick['link'], Buffer>();
const visitorParts = new WeakMap<PendingClick['visitor'], Buffer>();
/** Referrer hosts and A/B arms as COPY bytes: few distinct values, seen again and again. */
const valueParts = new Map<string, Buffer>();
const NULL = Buffer.from('\\N');
const HEX = Buffer.from('0123456789abcdef');
const TAB = 9;
const NEWLINE = 10;

function valuePart(value: string | null): Buffer {
  if (value === null) return NULL;
  let bytes = valueParts.get(value);
  if (bytes === undefined) {
    if (valueParts.size >= 10_000) valueParts.clear();
    valueParts.set(value, (bytes = Buffer.from(field(value))));
  }
  return bytes;
}

/**
 * The batch as COPY text, one line per click in `COLUMNS` order, written straight into bytes: the link's and the
 * visitor's columns are encoded once per object, the id is hex-written from the queue's bytes, and most other values
 * are cached. Building a string and converting it to bytes for the socket cost ~0.9 µs a click of the redirector's
 * CPU; this is ~0.3 (scratch measurement in bench/RESULTS.md, 2026-11-25).
 */
export function encodeClickRows(batch: ClickBatch): Buffer {
  let out = Buffer.allocUnsafe(batch.length * 256);
  let p = 0;
  let lastMs = Number.NaN;
  let lastIso = NULL;
  const ids = batch.idBytes;
  const put = (bytes: Buffer) => {
    out.set(bytes, p);
    p += bytes.length;
  };
  for (let i = 0; i < batch.length; i++) {
    const l = batch.link(i);
    let link = linkParts.get(l);
    if (link === undefined) {
      link = Buffer.from(`${l.id}\t${l.workspace_id}\t${field(l.publication_id)}\t${field(l.network)}\t${field(l.channel_id)}`);
      linkParts.set(l, link);
    }
    const v = batch.visitor(i);
    let visitor = visitorParts.get(v);
    if (visitor === undefined) {
      visitor = Buffer.from(`${field(v.country)}\t${field(v.region)}\t${field(v.device)}\t${field(v.os)}\t${field(v.browser)}`);
      visitorParts.set(v, visitor);
    }
    // Clicks of one batch share milliseconds often: keep the last formatted time.
    const ms = batch.atMs(i);
    if (ms !== lastMs) {
      lastMs = ms;
      lastIso = Buffer.from(new Date(ms).toISOString());
    }
    const referrer = valuePart(batch.referrerHost(i));
    const hash = valuePart(batch.visitorHash(i));
    const variant = valuePart(batch.variant(i));
    // The id (32) and time (24), the cached parts, the trigger, a rule index, and the tabs and newline.
    const need = 32 + lastIso.length + link.length + visitor.length + referrer.length + hash.length + variant.length + 32;
    if (p + need > out.length) {
      const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, p + need));
      out.copy(bigger, 0, 0, p);
      out = bigger;
    }
    const from = batch.idOffset(i);
    for (let k = from; k < from + 16; k++) {
      const byte = ids[k]!;
      out[p++] = HEX[byte >> 4]!;
      out[p++] = HEX[byte & 15]!;
    }
    out[p++] = TAB;
    put(lastIso);
    out[p++] = TAB;
    put(link);
    out[p++] = TAB;
    put(visitor);
    out[p++] = TAB;
    put(referrer);
    out[p++] = TAB;
    p += out.write(batch.trigger(i), p, 'latin1');
    out[p++] = TAB;
    const rule = batch.ruleIndex(i);
    if (rule === null) put(NULL);
    else p += out.write(String(rule), p, 'latin1');
    out[p++] = TAB;
    put(hash);
    out[p++] = TAB;
    out[p++] = v.isBot ? 0x74 : 0x66; // t, f
    out[p++] = TAB;
    put(variant);
    out[p++] = NEWLINE;
  }
  return out.subarray(0, p);
}

/** The rollups from rows folded in the redirector (click-rollups.ts), sorted so concurrent writers lock in one order. */
const UPSERT_HOURLY = `
  INSERT INTO link_stats_hourly (link_id, hour, clicks, bots, qr)
  SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::int8[], $4::int8[], $5::int8[]) ORDER BY 1, 2
  ON CONFLICT (link_id, hour) DO UPDATE SET clicks = link_stats_hourly.clicks + excluded.clicks,
    bots = link_stats_hourly.bots + excluded.bots, qr = link_stats_hourly.qr + excluded.qr`;
const UPSERT_DIMS = `
  INSERT INTO link_stats_daily_dims (link_id, day, dim, value, clicks)
  SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], $5::int8[]) ORDER BY 1, 2, 3, 4
  ON CONFLICT (link_id, day, dim, value) DO UPDATE SET clicks = link_stats_daily_dims.clicks + excluded.clicks`;
const UPSERT_VISITORS = `
  WITH fresh AS (
    INSERT INTO link_visitors_daily (link_id, day, visitor_hash)
    SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[]) ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING
    RETURNING link_id, day)
  INSERT INTO link_stats_daily (link_id, day, uniques)
  SELECT link_id, day, count(*) FROM fresh GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (link_id, day) DO UPDATE SET uniques = link_stats_daily.uniques + excluded.uniques`;

/** Connections that already have the session's `click_batch` table (creating it again costs ~2 ms a batch). */
const withBatchTable = new WeakSet<pg.PoolClient>();

const UNIQUE_VIOLATION = '23505';

/**
 * Writes a batch on PostgreSQL in one transaction: raw clicks by COPY straight into `clicks`, then the rollups
 * folded here. If some clicks are already stored — a batch whose commit went through but whose answer was lost,
 * retried with more clicks behind it — the batch goes through the staging table instead, where the stored ones are
 * dropped first, so neither raw clicks nor counts are doubled.
 */
export async function writeClickRows(pool: pg.Pool, batch: ClickBatch): Promise<void> {
  if (batch.length === 0) return;
  const text = encodeClickRows(batch);
  try {
    await inTransaction(pool, async (client) => {
      await copy(client, `COPY clicks (${COLUMNS.join(', ')}) FROM STDIN`, text);
      const { hourly, dims, visitors } = rollupsOf(batch);
      await client.query(UPSERT_HOURLY, [hourly.linkIds, hourly.hours, hourly.clicks, hourly.bots, hourly.qr]);
      if (dims.linkIds.length > 0) await client.query(UPSERT_DIMS, [dims.linkIds, dims.days, dims.dims, dims.values, dims.clicks]);
      if (visitors.linkIds.length > 0) await client.query(UPSERT_VISITORS, [visitors.linkIds, visitors.days, visitors.hashes]);
    });
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await inTransaction(pool, async (client) => {
      if (!withBatchTable.has(client)) await client.query(CREATE_BATCH_TABLE);
      withBatchTable.add(client);
      await copy(client, `COPY click_batch (${COLUMNS.join(', ')}) FROM STDIN`, text);
      await client.query('DELETE FROM click_batch b USING clicks c WHERE c.id = b.id AND c.at = b.at');
      for (const statement of FOLD_STATEMENTS) await client.query(statement);
    });
  }
}

/**
 * Runs `work` in a transaction on one pooled connection. Clicks are at-least-once from the redirector's memory
 * already (a SIGKILL loses its queue), so the commit does not wait for the WAL flush: a PostgreSQL crash may lose
 * the last fraction of a second of committed clicks, never corrupt them, and raw clicks and their counts go together.
 */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  let failed: unknown;
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL synchronous_commit = off');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    failed = error;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    // A connection whose COPY broke mid-way is not handed back to the pool.
    client.release(failed instanceof Error && (failed as { code?: string }).code !== UNIQUE_VIOLATION ? failed : undefined);
  }
}

function copy(client: pg.PoolClient, statement: string, text: Buffer): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream = client.query(copyFrom(statement));
    stream.on('finish', resolve);
    stream.on('error', reject);
    stream.end(text);
  });
}

/** The embedded path: the batch as one JSON parameter (JSON.stringify is native and cheap). */
export async function writeClickEvents(db: DB, batch: ClickEvent[]): Promise<void> {
  if (batch.length === 0) return;
  const json = JSON.stringify(
    batch.map((c) => ({
      id: c.id,
      at: c.at,
      link_id: c.linkId,
      workspace_id: c.workspaceId,
      publication_id: c.publicationId,
      network: c.network,
      channel_id: c.channelId,
      country: c.country,
      region: c.region,
      device: c.device,
      os: c.os,
      browser: c.browser,
      referrer_host: c.referrerHost,
      trigger: c.trigger,
      rule_index: c.ruleIndex,
      visitor_hash: c.visitorHash,
      is_bot: c.isBot,
      variant: c.variant ?? null,
    })),
  );
  await db.transaction().execute(async (trx) => {
    await sql.raw(CREATE_BATCH_TABLE).execute(trx);
    await sql`INSERT INTO click_batch SELECT * FROM json_populate_recordset(NULL::click_batch, ${json}::json)`.execute(trx);
    for (const statement of FOLD_STATEMENTS) await sql.raw(statement).execute(trx);
  });
}

/** The click queue for this database: written with COPY on PostgreSQL, as one JSON parameter on PGlite. */
export function createClickQueue(database: Database, log: Logger): ClickRing {
  const pool = database.pgPool;
  return new ClickRing({
    write: pool
      ? (batch) => writeClickRows(pool, batch)
      : (batch) => writeClickEvents(database.db, Array.from({ length: batch.length }, (_, i) => toClickEvent(batch.get(i)))),
    log,
  });
}
