import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authorKind, parseCommentUrn, toEngagement, toMemberMetrics, toOrganizationMetrics, unescapeLittleText } from './mapping.js';

test('author kind and comment URNs', () => {
  assert.equal(authorKind('urn:li:organization:5'), 'organization');
  assert.equal(authorKind('urn:li:person:abc'), 'person');
  assert.deepEqual(parseCommentUrn('urn:li:comment:(urn:li:activity:123,456)'), { thread: 'urn:li:activity:123', id: '456' });
  assert.deepEqual(parseCommentUrn('urn:li:comment:(urn:li:ugcPost:9,7)'), { thread: 'urn:li:ugcPost:9', id: '7' });
  assert.equal(parseCommentUrn('urn:li:share:1'), null);
});

test('organization statistics: impressions, reach (unique impressions), link clicks', () => {
  const m = toOrganizationMetrics('urn:li:share:1', { impressionCount: 10, uniqueImpressionsCount: 8, clickCount: 3, likeCount: 2, commentCount: 1, shareCount: 4 }, new Date(0));
  assert.deepEqual([m.impressions, m.reach, m.linkClicks, m.likes, m.replies, m.reposts], [10, 8, 3, 2, 1, 4]);
});

test('member metrics: likes and comments only', () => {
  const m = toMemberMetrics('urn:li:share:1', { likesSummary: { totalLikes: 2, aggregatedTotalLikes: 3 }, commentsSummary: { totalFirstLevelComments: 1, aggregatedTotalComments: 2 } }, new Date(0));
  assert.deepEqual([m.likes, m.replies, m.impressions], [3, 2, null]);
});

test('comments become engagement; our own are skipped; escapes are removed', () => {
  const c = { actor: 'urn:li:person:z', commentUrn: 'urn:li:comment:(urn:li:share:1,2)', message: { text: 'Hi \\(there\\)' }, created: { time: 1000 } };
  const item = toEngagement(c, 'urn:li:share:1', 'urn:li:organization:5');
  assert.equal(item?.text, 'Hi (there)');
  assert.equal(item?.inReplyTo, 'urn:li:share:1');
  assert.equal(toEngagement({ ...c, actor: 'urn:li:organization:5' }, 'urn:li:share:1', 'urn:li:organization:5'), null);
  assert.equal(unescapeLittleText('a\\_b\\\\c'), 'a_b\\c');
});
