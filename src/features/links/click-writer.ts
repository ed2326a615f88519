/**
 * Turns the redirector's queue of clicks into what clicks-repository.ts writes, in one transaction per batch. This
 * runs in the redirector's process, so the per-click cost on the JavaScript side is what matters:
 *
 * - Queued clicks live in columns (redirect/click-ring.ts) that point at what the redirector holds anyway — the
 *   cached link row and the remembered visitor — so queuing allocates nothing that outlives the request.
 * - PostgreSQL: at write time each click becomes a line of COPY's text format, from parts built once per link and
 *   per visitor, and the rollups are folded here (click-rollups.ts: a batch holds few links and visitor profiles),
 *   so PostgreSQL only stores: 13.5 → ~7 µs of its CPU per click (bench/RESULTS.md).
 * - PGlite (one process, small volumes): the batch goes as click events, and PostgreSQL does the counting.
 *
 * @example
 * const clicks = createClickQueue(database, log);    // COPY on PostgreSQL, JSON on PGlite
 * const id = clicks.push({ atMs, link, visitor, visitorHash, referrerHost, trigger, ruleIndex, variant });
 * await clicks.drain();                               // at shutdown
 */
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Database } from '../../db/database.js';
import { toClickEvent, type PendingClick } from './click.js';
import { rollupsOf } from './click-rollups.js';
import { clicksRepository } from './clicks-repository.js';
import { ClickRing, type ClickBatch } from './redirect/click-ring.js';

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
 * The batch as COPY text, one line per click in `COLUMNS` order (clicks-repository.ts), written straight into
 * bytes: the link's and the visitor's columns are encoded once per object, the id is hex-written from the queue's
 * bytes, and most other values are cached. Building a string and converting it to bytes for the socket cost ~0.9 µs
 * a click of the redirector's CPU; this is ~0.3 (scratch measurement in bench/RESULTS.md, 2026-11-25).
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

/** Writes a batch on PostgreSQL: raw clicks as COPY text and their rollups folded here (clicks-repository.ts). */
export async function writeClickRows(pool: pg.Pool, batch: ClickBatch): Promise<void> {
  if (batch.length === 0) return;
  await clicksRepository.copyBatch(pool, encodeClickRows(batch), rollupsOf(batch));
}

/** The click queue for this database: written with COPY on PostgreSQL, as one JSON parameter on PGlite. */
export function createClickQueue(database: Database, log: Logger): ClickRing {
  const pool = database.pgPool;
  return new ClickRing({
    write: pool
      ? (batch) => writeClickRows(pool, batch)
      : (batch) => clicksRepository.insertEvents(database.db, Array.from({ length: batch.length }, (_, i) => toClickEvent(batch.get(i)))),
    log,
  });
}
