/**
 * `npm run bench -- ingest` — storing inbox items in bursts (issue 12 asks for ≥ 5,000 events/s). 50,000 items of one
 * channel (comments on 50 of our publications, replies to earlier comments, mentions; the texts are real tweets, so
 * sentiment costs what it costs in production) go through storeEngagement in rounds as polls deliver them: 1,000 (a
 * full Bluesky poll, 10 pages of 100) and 100 (one page); every round also repeats the last 5 % of the previous one,
 * as a poll's cursor overlap does. On PGlite (a data folder on disk, as `chorus start` without DATABASE_URL) and on
 * PostgreSQL. Then the same on PostgreSQL from several channels at once (BENCH_INGEST_CHANNELS, default 4), as a server
 * meets it: polls of different channels and webhook calls store concurrently, so one batch's sentiment runs in Node
 * while another's rows are written by PostgreSQL. Measured in the same run, on the same table emptied before each run:
 * - the ceiling: the same rows, sentiment computed beforehand, in bare INSERTs of 500 of the product's shape (one array
 *   per column, unnest) with no conflict handling, no parent lookups, no events, in the same rounds and concurrency;
 * - the per-row upsert this replaced (one INSERT … ON CONFLICT per item, its parent found by subqueries), on 10,000;
 * - rows per INSERT statement 100 / 250 / 500 / 1,000 on rounds of 1,000.
 * Events/s counts new items stored (repeats are not events). Appends the results, dated, to bench/RESULTS.md.
 * BENCH_INGEST_ITEMS changes the 50,000.
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase, type Database, type Queryable } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createScratchPostgres } from '../src/db/testing.js';
import { createTestApp, type TestApp } from '../src/testing/app.js';
import { NetworkRegistry } from '../src/networks/registry.js';
import type { EngagementItem } from '../src/networks/connector.js';
import { channelsRepository } from '../src/features/channels/repository.js';
import { workspacesRepository } from '../src/features/workspaces/repository.js';
import { engagementsRepository, onEngagementConflict, unnestOf, UPSERT_COLUMNS, type InsertedEngagement, type NewEngagementRow, type EngagementChannel, type EngagementInput, type EngagementRow } from '../src/features/engagement/repository.js';
import { storeEngagement } from '../src/features/engagement/service.js';
import { analyseTexts } from '../src/features/sentiment/analyse.js';
import { emitEvents } from '../src/features/outgoing-webhooks/events.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ITEMS = Number(process.env.BENCH_INGEST_ITEMS ?? 50_000);
const CHANNELS = Math.max(1, Number(process.env.BENCH_INGEST_CHANNELS ?? 4));
const PER_ROW_ITEMS = Math.min(ITEMS, 10_000);
const PUBLICATIONS = 50;
const start = Date.UTC(2026, 11, 6, 9);

const texts = readFileSync(path.join(here, 'data/sentiment/en-vader-tweets.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.includes('\t'))
  .map((line) => line.slice(line.indexOf('\t') + 1));
// The inbox's French share, with the emoticons French texts are scored on.
texts.push('Merci pour la réponse rapide :)', 'Toujours pas livré, service client injoignable :(', 'Quelle est la date de sortie ?', 'Bravo à toute l’équipe !');

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Items in time order with the publication each one belongs to (its thread's root), for the ceiling's rows. */
function generate(n: number): Array<{ item: EngagementItem; publication: number | null }> {
  const rand = random(12);
  const out: Array<{ item: EngagementItem; publication: number | null }> = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    const fan = Math.floor(rand() * 5000);
    const author = { externalId: `fan-${fan}`, handle: `@fan${fan}.bsky.social`, displayName: `Fan ${fan}`, avatarUrl: null };
    const base = { externalId: `at://did:plc:fan${fan}/app.bsky.feed.post/${i}`, author, text: texts[Math.floor(rand() * texts.length)]!, url: null, createdAt: new Date(start + i * 20) };
    if (r < 0.6 || i === 0) {
      const p = Math.floor(rand() * PUBLICATIONS);
      out.push({ item: { ...base, kind: 'reply', inReplyTo: `post-${p}` }, publication: p });
    } else if (r < 0.85) {
      // A reply to a comment of the last 2,000: often in the same round, else already stored.
      const parent = out[Math.max(0, i - 1 - Math.floor(rand() * 2000))]!;
      out.push({ item: { ...base, kind: 'reply', inReplyTo: parent.item.externalId }, publication: parent.publication });
    } else {
      out.push({ item: { ...base, kind: 'mention', inReplyTo: null }, publication: null });
    }
  }
  return out;
}

/** Rounds of `size` new items, each repeating the last 5 % of the previous round unless `repeat` is false. */
function rounds<T>(items: T[], size: number, repeat = true): T[][] {
  const out: T[][] = [];
  const overlap = repeat ? Math.ceil(size * 0.05) : 0;
  for (let i = 0; i < items.length; i += size) out.push(items.slice(Math.max(0, i - overlap), i + size));
  return out;
}

/** The upsert as it was before batching (one statement per item), kept here as the baseline. */
async function perRowUpsert(db: Queryable, channel: EngagementChannel, items: EngagementInput[]): Promise<EngagementRow[]> {
  const inserted: EngagementRow[] = [];
  const seen = new Set<string>();
  for (const item of [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (!item.externalId || seen.has(item.externalId)) continue;
    seen.add(item.externalId);
    const parent = item.inReplyTo;
    const publication = parent
      ? sql<string | null>`COALESCE(
          (SELECT id FROM publications WHERE channel_id = ${channel.id} AND external_id = ${parent} LIMIT 1),
          (SELECT publication_id FROM engagements WHERE channel_id = ${channel.id} AND external_id = ${parent} LIMIT 1))`
      : null;
    const row = await db
      .insertInto('engagements')
      .values({ ...rowOf(channel, item, null), publication_id: publication })
      .onConflict(onEngagementConflict)
      .returningAll()
      .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
      .executeTakeFirst();
    if (row?.inserted) {
      const { inserted: _, ...stored } = row;
      inserted.push(stored);
    }
  }
  return inserted;
}

function rowOf(channel: EngagementChannel, item: EngagementInput, publicationId: string | null): NewEngagementRow {
  return {
    workspace_id: channel.workspace_id, channel_id: channel.id, publication_id: publicationId, network: channel.network, kind: item.kind,
    external_id: item.externalId, parent_external_id: item.inReplyTo ?? null, author_external_id: item.author.externalId, author_handle: item.author.handle,
    author_name: item.author.displayName, author_avatar_url: item.author.avatarUrl ?? null, text: item.text, url: item.url ?? null, created_at: item.createdAt,
    language: item.analysis?.language ?? null, sentiment_label: item.analysis?.label ?? null, sentiment_score: item.analysis?.score ?? null,
  };
}

type Upsert = (db: Queryable, channel: EngagementChannel, items: EngagementInput[]) => Promise<InsertedEngagement[]>;

/** storeEngagement's steps (service.ts) with the upsert given, so the per-row baseline and statement sizes run the same path. */
async function storeWith(t: TestApp, channel: EngagementChannel, items: EngagementItem[], upsert: Upsert): Promise<number> {
  return t.ctx.database.db.transaction().execute(async (trx) => {
    const analysed = analyseTexts(items.map((item) => item.text));
    const inserted = await upsert(trx, channel, items.map((item, i) => ({ ...item, analysis: analysed[i]! })));
    const data = (row: InsertedEngagement) => ({
      id: row.id, channelId: row.channel_id, network: row.network, kind: row.kind, publicationId: row.publication_id,
      author: { handle: row.author_handle, name: row.author_name }, text: row.text, url: row.url, createdAt: row.created_at.toISOString(),
    });
    await emitEvents(t.ctx, trx, inserted.map((row) => ({ workspaceId: row.workspace_id, type: 'engagement.created' as const, data: data(row) })));
    return inserted.length;
  });
}

interface Setup {
  t: TestApp;
  /** CHANNELS channels of one workspace, each with the same 50 published posts (external ids `post-0`…). */
  channels: EngagementChannel[];
  /** Per channel, its publications' ids by post number. */
  publicationIds: string[][];
}

async function setup(database: Database): Promise<Setup> {
  await migrateToLatest(database.db);
  const t = await createTestApp(database, { networks: new NetworkRegistry(), env: { CHORUS_SECRET_KEY: 'bench-secret-key-long-enough-0123456789abcdef' } });
  const db = database.db;
  const ws = await workspacesRepository.create(db, 'ingest');
  const channels: EngagementChannel[] = [];
  const publicationIds: string[][] = [];
  for (let c = 0; c < CHANNELS; c++) {
    const { row: channel } = await channelsRepository.upsert(db, {
      workspaceId: ws.id, network: 'bluesky', externalId: `did:plc:ours${c}`, handle: `ours${c}.bsky.social`, displayName: 'Ours', avatarUrl: null, serviceUrl: null, credentialsEnc: 'x', limits: {},
    });
    const ids: string[] = [];
    for (let p = 0; p < PUBLICATIONS; p++) {
      const post = await db.insertInto('posts').values({ workspace_id: ws.id, text: `Post ${p}`, media_ids: '[]', variants: '[]', status: 'published' }).returning('id').executeTakeFirstOrThrow();
      const row = await db
        .insertInto('publications')
        .values({ workspace_id: ws.id, post_id: post.id, channel_id: channel.id, network: 'bluesky', text: `Post ${p}`, media_ids: '[]', options: '{}', status: 'published', idempotency_key: `bench-${c}-${p}`, external_id: `post-${p}`, published_at: new Date(start - 3_600_000) })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    channels.push(channel);
    publicationIds.push(ids);
  }
  return { t, channels, publicationIds };
}

interface Measured {
  run: string;
  round: number;
  perStatement: number | null;
  /** Channels storing at the same time. */
  streams: number;
  items: number;
  seconds: number;
  cpuMs: number;
}

type Store<T> = (items: T[], stream: number) => Promise<number>;

/**
 * Empties the table, then times `store` over the rounds of every stream, the streams concurrently (each its rounds one
 * after the other, as one channel's polls are); checks every item was stored once.
 */
async function measure<T>(s: Setup, run: string, streams: T[][], round: number, perStatement: number | null, store: Store<T>, repeat = true): Promise<Measured> {
  const db = s.t.ctx.database.db;
  await sql`TRUNCATE engagements CASCADE`.execute(db);
  const items = streams.reduce((n, stream) => n + stream.length, 0);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const stored = await Promise.all(
    streams.map(async (stream, index) => {
      let n = 0;
      for (const batch of rounds(stream, round, repeat)) n += await store(batch, index);
      return n;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  const total = stored.reduce((a, b) => a + b, 0);
  const count = await db.selectFrom('engagements').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (total !== items || Number(count.n) !== items) throw new Error(`${run}: ${total} returned new, ${count.n} stored, of ${items}`);
  return { run, round, perStatement, streams: streams.length, items, seconds, cpuMs: (used.user + used.system) / 1000 };
}

/** The ceiling's INSERT: the product's statement shape without ON CONFLICT, parents or events, 500 rows a statement. */
function bareInsert(s: Setup) {
  return async (batch: NewEngagementRow[]) => {
    await s.t.ctx.database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < batch.length; i += 500) await trx.insertInto('engagements').columns(UPSERT_COLUMNS).expression(unnestOf(batch.slice(i, i + 500))).execute();
    });
    return batch.length;
  };
}

/** One channel's generated items as the ceiling inserts them: sentiment done beforehand, publications known. */
function bareRowsOf(s: Setup, stream: number, generated: ReturnType<typeof generate>, analysed: ReturnType<typeof analyseTexts>) {
  const ids = s.publicationIds[stream]!;
  return generated.map((g, i) => rowOf(s.channels[stream]!, { ...g.item, analysis: analysed[i]! }, g.publication === null ? null : ids[g.publication]!));
}

function tableRow(label: string, results: Measured[]): (r: Measured) => string {
  const ceiling = (r: Measured) => results.find((c) => c.run.startsWith('ceiling') && c.round === r.round && c.streams === r.streams)!;
  return (r) => {
    const perSecond = r.items / r.seconds;
    const c = ceiling(r);
    const ratio = perSecond / (c.items / c.seconds);
    return `| ${label} | ${r.run} | ${r.streams} | ${r.round.toLocaleString('en')} | ${r.perStatement?.toLocaleString('en') ?? '—'} | ${r.items.toLocaleString('en')} | ${r.seconds.toFixed(2)} | **${Math.round(perSecond).toLocaleString('en')}** | ${ratio.toFixed(2)}× | ${(r.cpuMs / (r.items / 1000)).toFixed(0)} |`;
  };
}

async function runOn(label: string, database: Database, generated: ReturnType<typeof generate>, concurrent: boolean): Promise<string[]> {
  const s = await setup(database);
  const items = generated.map((g) => g.item);
  try {
    const analysed = analyseTexts(items.map((item) => item.text));
    const bare = bareInsert(s);
    const store = (batch: EngagementItem[], stream: number) => storeEngagement(s.t.ctx, s.channels[stream]!, batch);
    const chunked = (n: number): Upsert => (db, channel, batch) => engagementsRepository.upsertMany(db, channel, batch, n);
    const results: Measured[] = [];
    results.push(await measure(s, 'ceiling: bare INSERT', [bareRowsOf(s, 0, generated, analysed)], 1000, 500, bare, false));
    results.push(await measure(s, 'storeEngagement', [items], 1000, 500, store));
    if (concurrent && CHANNELS > 1) {
      // The same number of items in all, split over the channels: each channel's share is the start of the same stream.
      const share = Math.ceil(items.length / CHANNELS);
      const part = generated.slice(0, share);
      const bareStreams = s.channels.map((_, c) => bareRowsOf(s, c, part, analysed));
      results.push(await measure(s, 'ceiling: bare INSERT', bareStreams, 1000, 500, bare, false));
      results.push(await measure(s, 'storeEngagement', s.channels.map(() => items.slice(0, share)), 1000, 500, store));
    }
    results.push(await measure(s, 'ceiling: bare INSERT', [bareRowsOf(s, 0, generated, analysed)], 100, 500, bare, false));
    results.push(await measure(s, 'storeEngagement', [items], 100, 500, store));
    for (const n of [100, 250, 500, 1000]) results.push(await measure(s, 'storeEngagement steps', [items], 1000, n, (batch) => storeWith(s.t, s.channels[0]!, batch, chunked(n))));
    results.push(await measure(s, 'before: one upsert per item', [items.slice(0, PER_ROW_ITEMS)], 1000, 1, (batch) => storeWith(s.t, s.channels[0]!, batch, perRowUpsert)));
    return results.map(tableRow(label, results));
  } finally {
    await s.t.close();
  }
}

const generated = generate(ITEMS);
// Sentiment alone, warmed up once as it is in a running server.
analyseTexts(generated.slice(0, 5000).map((g) => g.item.text));
const t0 = performance.now();
analyseTexts(generated.map((g) => g.item.text));
const sentimentPerSecond = ITEMS / ((performance.now() - t0) / 1000);
const load = os.loadavg()[0]!.toFixed(1);

const rows = [
  `| database | run | channels at once | items per round | rows per statement | items | seconds | events/s | ratio to the ceiling, same round size and channels | Node CPU ms per 1,000 |`,
  `| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
];
const folder = await mkdtemp(path.join(os.tmpdir(), 'chorus-bench-ingest-'));
const pglite = await openDatabase({ dataDir: path.join(folder, 'pglite') });
try {
  // PGlite runs in this process: channels at once would only take turns on its one connection.
  rows.push(...(await runOn('PGlite', pglite, generated, false)));
} finally {
  await pglite.close();
  await rm(folder, { recursive: true, force: true });
}
const scratch = await createScratchPostgres('chorus_bench');
const postgres = await openDatabase({ url: scratch.url, poolSize: 5 });
try {
  rows.push(...(await runOn('PostgreSQL', postgres, generated, true)));
} finally {
  await postgres.close();
  await scratch.drop();
}

const header = `Ingest: ${ITEMS.toLocaleString('en')} inbox items of one channel in rounds (each repeating 5 % of the previous), sentiment alone ${Math.round(sentimentPerSecond).toLocaleString('en')} texts/s, load average ${load} at start`;
console.log(`\n${header}\n`);
console.log(rows.join('\n'));
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
await appendFile(path.join(here, 'RESULTS.md'), `\n## ${date} UTC — ingest, ${os.cpus().length} cores\n\n${header}.\n\n${rows.join('\n')}\n`);
