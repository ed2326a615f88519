import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase, insertChannelRow } from '../../db/testing.js';
import type { DB } from '../../db/database.js';
import { comment } from '../../../test/fakes/inbox-network.js';
import type { EngagementItem } from '../../networks/connector.js';
import { engagementsRepository, ROWS_PER_STATEMENT, type EngagementChannel } from './repository.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 9, 0, minute));
const ids = (rows: Array<{ external_id: string }>) => rows.map((r) => r.external_id);

/** One of our posts, published on the channel as `externalId`. */
async function publication(db: DB, channel: EngagementChannel, externalId: string): Promise<string> {
  const post = await db
    .insertInto('posts')
    .values({ workspace_id: channel.workspace_id, text: 'Launch', media_ids: '[]', variants: '[]', status: 'published' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('publications')
    .values({
      workspace_id: channel.workspace_id, post_id: post.id, channel_id: channel.id, network: channel.network, text: 'Launch',
      media_ids: '[]', options: '{}', status: 'published', idempotency_key: `repo-test-${post.id}`, external_id: externalId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

forEachDatabase('engagements repository: upsertMany', (getDb) => {
  let channel: EngagementChannel;
  let other: EngagementChannel;
  let launch: string;
  const upsert = (items: EngagementItem[], into = channel) => getDb().db.transaction().execute((trx) => engagementsRepository.upsertMany(trx, into, items));
  const stored = (externalId: string, from = channel) => engagementsRepository.findByExternalId(getDb().db, from.id, externalId);

  before(async () => {
    const db = getDb().db;
    const a = await insertChannelRow(db, 'bluesky', 'acct-a');
    const b = await insertChannelRow(db, 'bluesky', 'acct-b');
    channel = { id: a.channelId, workspace_id: a.workspaceId, network: 'bluesky' };
    other = { id: b.channelId, workspace_id: b.workspaceId, network: 'bluesky' };
    launch = await publication(db, channel, 'post-1');
  });

  it('stores a repeat within the batch once, returns the new rows oldest first and equal times in the order given', async () => {
    const rows = await upsert([
      comment('o-3', null, at(3)),
      comment('o-1', null, at(1), 'first sighting'),
      comment('o-2b', null, at(2)),
      comment('o-1', null, at(1), 'second sighting'),
      comment('o-2a', null, at(2)),
    ]);
    assert.deepEqual(ids(rows), ['o-1', 'o-2b', 'o-2a', 'o-3']);
    assert.equal(rows[0]!.text, 'first sighting');
    const count = await getDb().db.selectFrom('engagements').select((eb) => eb.fn.countAll<number>().as('n')).where('external_id', '=', 'o-1').executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });

  it('returns nothing for items already stored, fills in what they lacked and keeps the inbox state', async () => {
    const anonymous = { ...comment('s-1', null, at(10)), author: { externalId: 'fan-9', handle: '', displayName: '', avatarUrl: null } };
    assert.deepEqual(ids(await upsert([anonymous, comment('s-2', null, at(11))])), ['s-1', 's-2']);
    await engagementsRepository.setHidden(getDb().db, (await stored('s-2'))!.id, true);
    const named = { ...comment('s-1', 'post-1', at(10)), author: { externalId: 'fan-9', handle: '@nine', displayName: 'Nine', avatarUrl: null } };
    const rows = await upsert([comment('s-2', null, at(11), 'edited'), named, comment('s-3', null, at(12))]);
    assert.deepEqual(ids(rows), ['s-3'], 'only the new item is returned');
    const s1 = (await stored('s-1'))!;
    assert.deepEqual([s1.author_handle, s1.author_name, s1.kind, s1.publication_id], ['@nine', 'Nine', 'reply', launch]);
    const s2 = (await stored('s-2'))!;
    assert.deepEqual([s2.text, s2.hidden], ['edited', true]);
  });

  it('threads a reply under the publication of its parent, stored or earlier in the same batch, never a later one', async () => {
    const rows = await upsert([
      comment('t-3', 't-2', at(23)),
      comment('t-1', 'post-1', at(21)),
      comment('t-0', 't-later', at(20)),
      comment('t-2', 't-1', at(22)),
      comment('t-later', 'post-1', at(25)),
    ]);
    assert.deepEqual(ids(rows), ['t-0', 't-1', 't-2', 't-3', 't-later']);
    const publications = Object.fromEntries(rows.map((r) => [r.external_id, r.publication_id]));
    assert.deepEqual(publications, { 't-0': null, 't-1': launch, 't-2': launch, 't-3': launch, 't-later': launch });
    // A stored parent in a later batch; and a stored parent without a publication that this batch gives one.
    await upsert([comment('u-1', null, at(30))]);
    const next = await upsert([comment('u-2', 't-3', at(31)), comment('u-3', 'u-1', at(33)), comment('u-1', 'post-1', at(30))]);
    assert.deepEqual(next.map((r) => [r.external_id, r.publication_id]), [['u-2', launch], ['u-3', launch]]);
    // The same external ids on another channel are not ours there.
    const elsewhere = await upsert([comment('t-1', 'post-1', at(21)), comment('v-1', 't-1', at(40))], other);
    assert.deepEqual(elsewhere.map((r) => [r.external_id, r.publication_id, r.channel_id]), [['t-1', null, other.id], ['v-1', null, other.id]]);
  });

  it('stores a batch of more rows than one statement holds, across statements, in the same order and threading', async () => {
    const n = 2 * ROWS_PER_STATEMENT + 37;
    // External ids that do not follow time order, so statement boundaries (by external id) cut threads apart.
    const name = (i: number) => `m-${(i * 7919) % n}`;
    const items = Array.from({ length: n }, (_, i) => comment(name(i), i % 2 === 0 ? 'post-1' : name(i - 1), new Date(at(50).getTime() + i * 1000)));
    const repeats = [comment('o-3', null, at(3)), comment('s-3', null, at(12)), items[5]!, items[n - 1]!];
    const rows = await upsert([...items].reverse().concat(repeats));
    assert.equal(rows.length, n);
    assert.deepEqual(ids(rows), items.map((item) => item.externalId), 'oldest first');
    assert.ok(rows.every((r) => r.publication_id === launch), 'every reply found its thread');
    assert.equal(new Set(rows.map((r) => r.id)).size, n);
    assert.deepEqual(await upsert(items.slice(0, ROWS_PER_STATEMENT + 1)), [], 'all re-seen');
  });

  it('answers an empty batch, and items without an external id, with nothing', async () => {
    assert.deepEqual(await upsert([]), []);
    assert.deepEqual(await upsert([comment('', null, at(1))]), []);
  });
});
