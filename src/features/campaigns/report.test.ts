import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MetricsPoint } from '../metrics/repository.js';
import { campaignReport, isSale, type CampaignReportInput } from './report.js';

const point = (publication_id: string, p: Partial<MetricsPoint>): MetricsPoint =>
  ({ publication_id, fetched_at: new Date(), likes: 0, reposts: 0, replies: 0, quotes: null, views: null, impressions: null, reach: null, saves: null, link_clicks: null, ...p }) as MetricsPoint;

const names = { channels: new Map([['ch-1', '@bakery']]), segments: new Map([['seg-1', 'Hot now']]), posts: new Map([['post-1', 'Spring menu']]) };

function input(over: Partial<CampaignReportInput> = {}): CampaignReportInput {
  return {
    publications: [
      { id: 'pub-1', post_id: 'post-1', channel_id: 'ch-1', network: 'bluesky', segment_id: null },
      { id: 'pub-2', post_id: 'post-1', channel_id: 'ch-1', network: 'bluesky', segment_id: 'seg-1' },
    ],
    links: [
      { id: 'l-1', post_id: 'post-1', publication_id: 'pub-1', channel_id: 'ch-1', network: 'bluesky' },
      { id: 'l-2', post_id: 'post-1', publication_id: 'pub-2', channel_id: 'ch-1', network: 'bluesky' },
      { id: 'hand', post_id: null, publication_id: null, channel_id: null, network: null },
    ],
    latest: [point('pub-1', { impressions: 100, likes: 5 }), point('pub-2', { reach: 50, likes: 2, reposts: 3 })],
    clicks: [
      { link_id: 'l-1', clicks: '4' },
      { link_id: 'l-2', clicks: 2 },
      { link_id: 'hand', clicks: 1 },
    ],
    conversions: [
      { link_id: 'l-1', name: 'lead', currency: '', conversions: '2', value: '0' },
      { link_id: 'l-2', name: 'sale', currency: '', conversions: '1', value: '0' },
      { link_id: 'hand', name: 'checkout', currency: 'EUR', conversions: '1', value: '10.5' },
    ],
    shareNodes: [
      { token: 'a', parent_token: null, visits: 1, link_id: 'l-1' },
      { token: 'b', parent_token: 'a', visits: 0, link_id: 'l-1' },
    ],
    names,
    ...over,
  };
}

describe('campaign report', () => {
  it('tells sales from leads: a value or a sale-like name makes a sale', () => {
    assert.equal(isSale({ name: 'lead', currency: '' }), false);
    assert.equal(isSale({ name: 'newsletter signup', currency: '' }), false);
    assert.equal(isSale({ name: ' Purchase ', currency: '' }), true);
    assert.equal(isSale({ name: 'checkout', currency: 'EUR' }), true);
  });

  it('sums the funnel once in total and splits it by network, channel, segment and post', () => {
    const r = campaignReport(input());
    assert.deepEqual(r.funnel.map((s) => [s.stage, s.value]), [['impressions', 100], ['engagements', 10], ['clicks', 7], ['leads', 2], ['sales', 2]]);
    assert.deepEqual([r.total.impressions, r.total.reach, r.total.engagements], [100, 50, 10]);
    assert.equal(r.total.engagementRate, 10 / 100);
    assert.deepEqual(r.total.sales, { count: 2, values: [{ currency: 'EUR', sum: '10.5' }] });
    assert.equal(r.total.shares, 1);
    assert.deepEqual(r.byNetwork.map((row) => [row.key, row.clicks, row.links]), [['bluesky', 6, 2], [null, 1, 1]]);
    assert.deepEqual(r.byChannel.map((row) => [row.key, row.label]), [['ch-1', '@bakery'], [null, null]]);
    const segments = new Map(r.bySegment.map((row) => [row.key, row]));
    assert.equal(segments.get('seg-1')!.label, 'Hot now');
    assert.equal(segments.get('seg-1')!.engagementRate, 5 / 50, 'by reach where no impressions are reported');
    assert.equal(segments.get(null)!.clicks, 5, 'the default publication and the link made by hand');
    assert.deepEqual(r.byPost.map((row) => [row.key, row.label, row.leads.count, row.sales.count]), [['post-1', 'Spring menu', 2, 1], [null, null, 0, 1]]);
  });

  it('answers zeros and nulls for a campaign with nothing yet', () => {
    const r = campaignReport(input({ publications: [], links: [], latest: [], clicks: [], conversions: [], shareNodes: [] }));
    assert.deepEqual(r.funnel.map((s) => s.value), [0, 0, 0, 0, 0]);
    assert.deepEqual([r.total.impressions, r.total.engagementRate, r.total.kFactor], [null, null, 0]);
    assert.deepEqual([r.byNetwork, r.byPost], [[], []]);
  });
});
