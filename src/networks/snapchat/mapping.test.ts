import assert from 'node:assert/strict';
import { createDecipheriv } from 'node:crypto';
import { test } from 'node:test';
import { createdSnapSchema, fromExternalId, parse, profileAnswerSchema, statsSchema, statTotals, toExternalId, toMetrics } from './mapping.js';
import { encryptMedia, mediaName } from './media.js';

test('AES-256-CBC as the reference\'s openssl sample: decrypts back with the same key and IV', () => {
  const plain = Buffer.from('not a real video, but bytes all the same');
  const { encrypted, key, iv } = encryptMedia(plain);
  assert.equal(key.length, 32);
  assert.equal(iv.length, 16);
  assert.equal(encrypted.length % 16, 0);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  assert.deepEqual(Buffer.concat([decipher.update(encrypted), decipher.final()]), plain);
  assert.equal(mediaName('pub-1'), mediaName('pub-1'));
  assert.notEqual(mediaName('pub-1'), mediaName('pub-2'));
});

test('external ids keep the kind', () => {
  assert.equal(toExternalId('saved_story', 'abc'), 'saved_story:abc');
  assert.deepEqual(fromExternalId('spotlight:a:b'), { kind: 'spotlight', id: 'a:b' });
  assert.equal(fromExternalId('reel:1'), null);
});

test('answers: enveloped and flat profiles, new post ids, stats totals', () => {
  const profile = { id: 'p1', display_name: 'Ann' };
  assert.deepEqual(parse(profileAnswerSchema, { public_profiles: [{ public_profile: profile }] }, 'p').map((p) => p.id), ['p1']);
  assert.deepEqual(parse(profileAnswerSchema, { public_profile: profile }, 'p').map((p) => p.id), ['p1']);
  assert.equal(parse(createdSnapSchema, { request_status: 'SUCCESS', spotlight_id: 's1' }, 'x'), 's1');
  assert.equal(parse(createdSnapSchema, { saved_stories: [{ saved_story: { id: 'ss' } }] }, 'x'), 'ss');
  const stats = parse(statsSchema, {
    assets: [
      { asset_id: 'a', timeseries: [{ fields: [{ field: { field_name: 'VIEWS' }, stats: [{ dimension_breakdown: 'DEFAULT', value: '10' }, { dimension_breakdown: 'AGE', value: '3' }] }] }, { fields: [{ field: { field_name: 'VIEWS' }, stats: [{ value: 5 }] }] }] },
      { id: 'b', timeseries: [{ fields: [{ field: { field_name: 'SHARES' }, stats: [{ value: 2 }] }] }] },
      { timeseries: [{ fields: [{ field: { field_name: 'VIEWS' }, stats: [{ value: 99 }] }] }] },
    ],
  }, 's');
  // Totals per asset id; an asset without an id cannot be told apart and is left out.
  assert.deepEqual([...statTotals(stats)], [['a', { VIEWS: 15 }], ['b', { SHARES: 2 }]]);
  const m = toMetrics('story:1', { VIEWS: 15, FAVORITES: 2 }, new Date(0));
  assert.deepEqual([m.views, m.impressions, m.likes, m.reach, m.replies], [15, 15, 2, null, 0]);
});
