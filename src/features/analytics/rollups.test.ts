/**
 * The analytics rollups on PGlite and PostgreSQL: points become daily increases per publication and per channel,
 * a retried point adds nothing, a late point (older than the latest) is folded in right, and the first point of a
 * publication counts it as published on its channel's day.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { useTenantApp } from '../../testing/scenario.js';
import { metricsRepository } from '../metrics/repository.js';
import { metricsAt, seedPublication } from './analytics.testing.js';

forEachDatabase('analytics rollups', (getDb) => {
  const { a } = useTenantApp(getDb);

  const daily = (publicationId: string) =>
    getDb().db.selectFrom('publication_daily').select(['day', 'impressions', 'views', 'engagements', 'link_clicks']).where('publication_id', '=', publicationId).orderBy('day').execute();
  const channel = () =>
    getDb().db.selectFrom('channel_daily').select(['day', 'impressions', 'engagements', 'link_clicks', 'published']).where('channel_id', '=', a.channelId).orderBy('day').execute();

  it('rolls points up into daily increases, and a retried point adds nothing', async () => {
    const db = getDb().db;
    const { publicationId } = await seedPublication(db, { workspaceId: a.workspaceId, channelId: a.channelId, publishedAt: new Date('2026-11-01T22:00:00Z') });
    await metricsRepository.addPoints(db, [{ publicationId, metrics: metricsAt('2026-11-01T23:00:00Z', { likes: 2, replies: 1, impressions: 100, linkClicks: 3 }) }]);
    await metricsRepository.addPoints(db, [{ publicationId, metrics: metricsAt('2026-11-02T01:00:00Z', { likes: 5, replies: 1, quotes: 1, impressions: 250, linkClicks: 4 }) }]);
    // The same fetch again (a retried job): the point is kept once, and so are its increases.
    await metricsRepository.addPoints(db, [{ publicationId, metrics: metricsAt('2026-11-02T01:00:00Z', { likes: 5, replies: 1, quotes: 1, impressions: 250, linkClicks: 4 }) }]);
    await metricsRepository.addPoints(db, [{ publicationId, metrics: metricsAt('2026-11-02T20:00:00Z', { likes: 6, replies: 2, quotes: 1, saves: 1, impressions: 300, linkClicks: 4 }) }]);
    assert.deepEqual(await daily(publicationId), [
      { day: '2026-11-01', impressions: 100, views: 0, engagements: 3, link_clicks: 3 },
      { day: '2026-11-02', impressions: 200, views: 0, engagements: 7, link_clicks: 1 },
    ]);
    assert.deepEqual(await channel(), [
      { day: '2026-11-01', impressions: 100, engagements: 3, link_clicks: 3, published: 1 },
      { day: '2026-11-02', impressions: 200, engagements: 7, link_clicks: 1, published: 0 },
    ]);
    const totals = await db.selectFrom('publication_totals').selectAll().where('publication_id', '=', publicationId).executeTakeFirstOrThrow();
    assert.deepEqual([totals.impressions, totals.engagements, totals.link_clicks, totals.fetched_at.toISOString()], [300, 10, 4, '2026-11-02T20:00:00.000Z']);
  });

  it('folds a late point into the right days, and sums several publications per channel', async () => {
    const db = getDb().db;
    const { publicationId } = await seedPublication(db, { workspaceId: a.workspaceId, channelId: a.channelId, publishedAt: new Date('2026-11-01T10:00:00Z') });
    // Two points in one batch, then one that arrives late (between them).
    await metricsRepository.addPoints(db, [
      { publicationId, metrics: metricsAt('2026-11-01T11:00:00Z', { likes: 1, views: 10 }) },
      { publicationId, metrics: metricsAt('2026-11-03T11:00:00Z', { likes: 9, views: 90 }) },
    ]);
    assert.deepEqual((await daily(publicationId)).map((d) => [d.day, d.impressions, d.views, d.engagements]), [['2026-11-01', 10, 10, 1], ['2026-11-03', 80, 80, 8]]);
    await metricsRepository.addPoints(db, [{ publicationId, metrics: metricsAt('2026-11-02T11:00:00Z', { likes: 4, views: 50 }) }]);
    assert.deepEqual((await daily(publicationId)).map((d) => [d.day, d.impressions, d.engagements]), [['2026-11-01', 10, 1], ['2026-11-02', 40, 3], ['2026-11-03', 40, 5]]);
    // The channel's days are the sums of both publications' days (the first test's and this one's).
    assert.deepEqual((await channel()).map((d) => [d.day, d.impressions, d.engagements, d.published]), [
      ['2026-11-01', 110, 4, 2],
      ['2026-11-02', 240, 10, 0],
      ['2026-11-03', 40, 5, 0],
    ]);
    // The totals stay the latest point, whatever order points came in.
    const totals = await db.selectFrom('publication_totals').select(['impressions', 'engagements']).where('publication_id', '=', publicationId).executeTakeFirstOrThrow();
    assert.deepEqual(totals, { impressions: 90, engagements: 9 });
  });

  it('adds up the same inside a transaction the caller opened', async () => {
    const db = getDb().db;
    const { publicationId } = await seedPublication(db, { workspaceId: a.workspaceId, channelId: a.channelId, publishedAt: new Date('2026-10-01T10:00:00Z') });
    await db.transaction().execute((trx) => metricsRepository.addPoints(trx, [{ publicationId, metrics: metricsAt('2026-10-01T12:00:00Z', { likes: 2, impressions: 20 }) }]));
    assert.deepEqual((await daily(publicationId)).map((d) => [d.day, d.impressions, d.engagements]), [['2026-10-01', 20, 2]]);
  });
});
