import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase, insertChannelRow } from '../../db/testing.js';
import { comment } from '../../../test/fakes/inbox-network.js';
import { engagementsRepository } from './repository.js';
import { repliesRepository, type NewReply } from './replies-repository.js';

forEachDatabase('engagement replies repository', (getDb) => {
  let mine: Omit<NewReply, 'text' | 'status'>;
  let theirs: Omit<NewReply, 'text' | 'status'>;

  before(async () => {
    const db = getDb().db;
    const setup = async (external: string) => {
      const { workspaceId, channelId } = await insertChannelRow(db, 'bluesky', external);
      const [item] = await engagementsRepository.upsertMany(db, { id: channelId, workspace_id: workspaceId, network: 'bluesky' }, [comment(`c-${external}`, null)]);
      const user = await db.insertInto('users').values({ email: `${external}@example.com`, name: external, password_hash: 'x' }).returning('id').executeTakeFirstOrThrow();
      return { workspaceId, channelId, engagementId: item!.id, authorId: user.id, approvedBy: null };
    };
    mine = await setup('acct-a');
    theirs = await setup('acct-b');
  });

  it('lists an item\'s replies oldest first and only the workspace\'s pending ones, with the item they answer', async () => {
    const db = getDb().db;
    const first = await repliesRepository.insert(db, { ...mine, text: 'First', status: 'queued' });
    const pending = await repliesRepository.insert(db, { ...mine, text: 'Waiting', status: 'pending_approval' });
    await repliesRepository.insert(db, { ...theirs, text: 'Elsewhere', status: 'pending_approval' });
    assert.deepEqual((await repliesRepository.listForEngagement(db, mine.workspaceId, mine.engagementId)).map((r) => r.text), ['First', 'Waiting']);
    assert.deepEqual(await repliesRepository.listForEngagement(db, theirs.workspaceId, mine.engagementId), [], 'another workspace sees none');
    const listed = await repliesRepository.listPending(db, mine.workspaceId);
    assert.deepEqual(listed.map((r) => [r.id, r.engagement_text, r.network]), [[pending.id, 'comment c-acct-a', 'bluesky']]);
    assert.equal(await repliesRepository.countPending(db, mine.workspaceId), 1);
    assert.equal(await repliesRepository.find(db, theirs.workspaceId, first.id), undefined);
  });

  it('records attempts before sending; a superseded attempt cannot mark the reply sent or failed', async () => {
    const db = getDb().db;
    const row = await repliesRepository.insert(db, { ...mine, text: 'Once', status: 'queued' });
    const lease = new Date(Date.now() + 60_000);
    const one = await db.transaction().execute((trx) => repliesRepository.startAttempt(trx, row.id, lease));
    assert.equal(one.status, 'sending');
    assert.equal(one.attempt, 1);
    assert.equal(one.lease_until?.getTime(), lease.getTime());
    const two = await db.transaction().execute((trx) => repliesRepository.startAttempt(trx, row.id, lease));
    assert.equal(two.attempt, 2);
    const ref = { externalId: 'r-1', url: 'https://example.test/r-1' };
    assert.equal(await repliesRepository.markSent(db, row.id, 1, ref, new Date()), undefined, 'attempt 1 was superseded');
    await repliesRepository.markFailed(db, row.id, 1, { code: 'network_refused', message: 'late' });
    assert.equal((await repliesRepository.find(db, mine.workspaceId, row.id))?.status, 'sending');
    const sent = await repliesRepository.markSent(db, row.id, 2, ref, new Date());
    assert.equal(sent?.status, 'sent');
    assert.equal(sent?.external_id, 'r-1');
    assert.equal(sent?.lease_until, null);
    await repliesRepository.markFailed(db, row.id, null, { code: 'network_refused', message: 'never after sent' });
    assert.equal((await repliesRepository.find(db, mine.workspaceId, row.id))?.status, 'sent');
  });

  it('a retry stays `sending` (asked about first) when the attempt may have landed, and goes back to `queued` when not, both not before their time', async () => {
    const db = getDb().db;
    const at = new Date(Date.now() + 5_000);
    for (const reached of [true, false]) {
      const row = await repliesRepository.insert(db, { ...mine, text: `Retry ${reached}`, status: 'queued' });
      await db.transaction().execute((trx) => repliesRepository.startAttempt(trx, row.id, new Date(Date.now() + 60_000)));
      await repliesRepository.retryLater(db, row.id, 1, { at, reached, message: 'outage' });
      const after = (await repliesRepository.find(db, mine.workspaceId, row.id))!;
      assert.equal(after.status, reached ? 'sending' : 'queued');
      assert.equal(after.lease_until?.getTime(), at.getTime());
      assert.equal(after.error, 'outage');
    }
  });

  it('approves and rejects under a lock; the like state is kept on the item', async () => {
    const db = getDb().db;
    const row = await repliesRepository.insert(db, { ...mine, text: 'Please', status: 'pending_approval' });
    const decided = await db.transaction().execute(async (trx) => {
      const locked = await repliesRepository.lockInWorkspace(trx, mine.workspaceId, row.id);
      assert.ok(locked);
      assert.equal(await repliesRepository.lockInWorkspace(trx, theirs.workspaceId, row.id), undefined);
      return repliesRepository.decide(trx, row.id, { status: 'rejected', reason: 'Tone' });
    });
    assert.equal(decided.status, 'rejected');
    assert.equal(decided.error, 'Tone');
    assert.equal((await engagementsRepository.setLiked(db, mine.engagementId, true)).liked, true);
  });
});
