import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { pino } from 'pino';
import { forEachDatabase, openTestDatabase, type TestDatabase } from '../../db/testing.js';
import type { PendingClick } from './click.js';
import { createClickQueue, encodeClickRows, writeClickRows } from './click-writer.js';
import { ClickRing } from './redirect/click-ring.js';

const WORKSPACE = '00000000-0000-4000-8000-000000000002';

/** A workspace and a link for the rollups' foreign keys. */
async function newLink(database: TestDatabase): Promise<string> {
  const id = randomUUID();
  await sql`INSERT INTO workspaces (id, name) VALUES (${WORKSPACE}::uuid, 'w') ON CONFLICT DO NOTHING`.execute(database.db);
  await sql`INSERT INTO links (id, workspace_id, code, url) VALUES (${id}::uuid, ${WORKSPACE}::uuid, ${id.slice(0, 8)}, 'https://example.com/')`.execute(
    database.db,
  );
  return id;
}

interface Over {
  linkId?: string;
  region?: string | null;
  country?: string | null;
  isBot?: boolean;
  visitorHash?: string;
  referrerHost?: string | null;
  ruleIndex?: number | null;
  variant?: string | null;
  trigger?: 'link' | 'qr';
}

const click = (o: Over = {}): Omit<PendingClick, 'id'> => ({
  atMs: Date.parse('2026-11-24T10:15:00.123Z'),
  link: { id: o.linkId ?? '00000000-0000-4000-8000-000000000001', workspace_id: WORKSPACE, publication_id: null, network: 'bluesky', channel_id: null },
  visitor: {
    country: o.country === undefined ? 'FR' : o.country,
    region: o.region ?? null,
    device: 'mobile',
    os: 'ios',
    browser: 'safari',
    isBot: o.isBot ?? false,
  },
  visitorHash: o.visitorHash ?? 'h1',
  referrerHost: o.referrerHost === undefined ? 't.co' : o.referrerHost,
  trigger: o.trigger ?? 'link',
  ruleIndex: o.ruleIndex ?? null,
  variant: o.variant ?? null,
});

it('encodes clicks as COPY text lines: nulls as \\N, special characters escaped', async () => {
  let text = '';
  const ring = new ClickRing({ write: async (batch) => void (text += encodeClickRows(batch)), log: pino({ level: 'silent' }), intervalMs: 60_000 });
  const id = ring.push(click({ region: 'Île\tde\nFrance\\', ruleIndex: 2, isBot: true, variant: 'b' }));
  ring.push(click());
  await ring.drain();
  const lines = text.split('\n');
  assert.equal(lines.length, 3, 'two lines, each ending in a newline');
  const fields = lines[0]!.split('\t');
  assert.equal(fields.length, 18);
  assert.equal(fields[0], id.replaceAll('-', ''));
  assert.equal(fields[1], '2026-11-24T10:15:00.123Z');
  assert.equal(fields[4], '\\N', 'no publication');
  assert.equal(fields[8], 'Île\\tde\\nFrance\\\\');
  assert.deepEqual(fields.slice(13), ['link', '2', 'h1', 't', 'b']);
});

forEachDatabase('click writer', (getDb, kind) => {
  it(`writes batches and folds them into the rollups (${kind === 'postgres' ? 'COPY' : 'JSON'})`, async () => {
    const database = getDb();
    const clicks = createClickQueue(database, pino({ level: 'silent' }));
    const linkId = await newLink(database);
    const oddId = clicks.push(click({ linkId, region: 'tab\there, new\nline, back\\slash', ruleIndex: 1, variant: 'b', trigger: 'qr' }));
    clicks.push(click({ linkId, visitorHash: 'h2', country: null, referrerHost: null }));
    clicks.push(click({ linkId, isBot: true, visitorHash: 'bot' }));
    clicks.push(click({ linkId })); // the same visitor again: not a new unique
    await clicks.drain();
    assert.equal(clicks.written, 4);

    const stored = await sql<{ region: string; rule_index: number; variant: string; trigger: string; at: Date }>`
      SELECT region, rule_index, variant, trigger, at FROM clicks WHERE id = ${oddId}::uuid`.execute(database.db);
    assert.deepEqual(stored.rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })), [
      { region: 'tab\there, new\nline, back\\slash', rule_index: 1, variant: 'b', trigger: 'qr', at: '2026-11-24T10:15:00.123Z' },
    ]);
    const hourly = await sql<{ clicks: number; bots: number; qr: number }>`
      SELECT clicks, bots, qr FROM link_stats_hourly WHERE link_id = ${linkId}`.execute(database.db);
    assert.deepEqual(hourly.rows, [{ clicks: 3, bots: 1, qr: 1 }]);
    const daily = await sql<{ uniques: number }>`SELECT uniques FROM link_stats_daily WHERE link_id = ${linkId}`.execute(database.db);
    assert.deepEqual(daily.rows, [{ uniques: 2 }]);
    const countries = await sql<{ value: string; clicks: number }>`
      SELECT value, clicks FROM link_stats_daily_dims WHERE link_id = ${linkId} AND dim = 'country' ORDER BY value`.execute(database.db);
    assert.deepEqual(countries.rows, [
      { value: 'FR', clicks: 2 },
      { value: 'unknown', clicks: 1 },
    ]);
  });

  it('keeps a batch the database refused and writes it once the database accepts it', async () => {
    const database = getDb();
    const clicks = createClickQueue(database, pino({ level: 'silent' }));
    const linkId = await newLink(database);
    await sql`ALTER TABLE link_stats_hourly ADD CONSTRAINT refuse_for_test CHECK (link_id <> ${sql.lit(linkId)}::uuid)`.execute(database.db);
    clicks.push(click({ linkId }));
    await clicks.flush();
    assert.equal(clicks.failures, 1);
    assert.equal(clicks.size, 1, 'kept');
    const none = await sql<{ n: number }>`SELECT count(*)::int AS n FROM clicks WHERE link_id = ${linkId}`.execute(database.db);
    assert.equal(none.rows[0]!.n, 0, 'nothing half-written: the raw click rolled back with the rollup');
    await sql`ALTER TABLE link_stats_hourly DROP CONSTRAINT refuse_for_test`.execute(database.db);
    await clicks.drain();
    const one = await sql<{ n: number }>`SELECT count(*)::int AS n FROM clicks WHERE link_id = ${linkId}`.execute(database.db);
    assert.equal(one.rows[0]!.n, 1);
  });
});

// PostgreSQL only: PGlite runs in-process, where a commit's answer cannot be lost on the way.
describe('click writer on PostgreSQL, a batch stored twice', () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase('postgres');
  });
  after(async () => database?.close());

  it('counts clicks once when a committed batch whose answer was lost comes back with more clicks behind it', async () => {
    const linkId = await newLink(database);
    let loseAnswer = true;
    const ring = new ClickRing({
      write: async (batch) => {
        await writeClickRows(database.pgPool!, batch);
        if (loseAnswer) {
          loseAnswer = false;
          throw new Error('connection lost after COMMIT');
        }
      },
      log: pino({ level: 'silent' }),
      intervalMs: 60_000,
    });
    ring.push(click({ linkId }));
    ring.push(click({ linkId, visitorHash: 'h2' }));
    await ring.flush();
    assert.equal(ring.size, 2, 'the redirector believes the batch failed and keeps it');
    ring.push(click({ linkId, visitorHash: 'h3', trigger: 'qr' }));
    await ring.drain();
    const raw = await sql<{ n: number }>`SELECT count(*)::int AS n FROM clicks WHERE link_id = ${linkId}`.execute(database.db);
    assert.equal(raw.rows[0]!.n, 3);
    const hourly = await sql<{ clicks: number; qr: number }>`SELECT clicks, qr FROM link_stats_hourly WHERE link_id = ${linkId}`.execute(database.db);
    assert.deepEqual(hourly.rows, [{ clicks: 3, qr: 1 }]);
    const daily = await sql<{ uniques: number }>`SELECT uniques FROM link_stats_daily WHERE link_id = ${linkId}`.execute(database.db);
    assert.deepEqual(daily.rows, [{ uniques: 3 }]);
    const countries = await sql<{ clicks: number }>`SELECT clicks FROM link_stats_daily_dims WHERE link_id = ${linkId} AND dim = 'country'`.execute(database.db);
    assert.deepEqual(countries.rows, [{ clicks: 3 }]);
  });
});
