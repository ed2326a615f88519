import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { channelsRepository } from '../channels/repository.js';
import { workspacesRepository } from '../workspaces/repository.js';
import { publishingRepository as repo } from './repository.js';

/** Slow enough that the refill during a test is below a tenth of a token. */
const RATE = { requests: 1000, perSeconds: 36_000 };

forEachDatabase('publishing rate buckets', (getDb) => {
  let channelIds: string[] = [];
  before(async () => {
    const { db } = getDb();
    const ws = await workspacesRepository.create(db, 'Buckets');
    channelIds = [];
    for (let i = 0; i < 12; i++) {
      const channel = { workspaceId: ws.id, network: 'memory', externalId: `b${i}`, handle: `b${i}`, displayName: `b${i}` };
      const { row } = await channelsRepository.upsert(db, { ...channel, avatarUrl: null, serviceUrl: null, credentialsEnc: 'x', limits: {} });
      channelIds.push(row.id);
    }
  });

  /** Each claim asks for its channels in its own order, as batches of different jobs do. */
  const shuffled = (ids: string[], seed: number) => ids.map((id, i) => ({ id, k: (i * 7919 + seed * 104729) % 97 })).sort((a, b) => a.k - b.k).map((x) => x.id);

  it('several claims at once on buckets that do not exist yet never deadlock, and every token is counted once', async () => {
    const { db } = getDb();
    for (let round = 0; round < 6; round++) {
      await db.deleteFrom('channel_rate').execute();
      const asks = Array.from({ length: 6 }, (_, c) => shuffled(channelIds, round * 10 + c).slice(0, 8 + (c % 4)));
      const claims = asks.map((ids) =>
        db.transaction().execute((trx) => repo.takeTokens(trx, ids.map((channelId) => ({ channelId, rate: RATE, count: 2 })))),
      );
      const results = await Promise.allSettled(claims);
      const refused = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
      assert.deepEqual(refused, [], `round ${round}`);
      const left = await db.selectFrom('channel_rate').select(['channel_id', 'tokens']).execute();
      for (const bucket of left) {
        const taken = 2 * asks.filter((ids) => ids.includes(bucket.channel_id)).length;
        assert.ok(Math.abs(bucket.tokens - (RATE.requests - taken)) < 0.1, `round ${round}: ${bucket.tokens} left, ${taken} taken`);
      }
    }
  });
});
