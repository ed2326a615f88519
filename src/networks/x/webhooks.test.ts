import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { crcResponse, parseAccountActivity, verifySignature } from './webhooks.js';

const secret = 'consumer-secret';

test('CRC: sha256= + base64 HMAC-SHA256 of the token with the consumer secret', () => {
  const expected = `sha256=${createHmac('sha256', secret).update('challenge-123').digest('base64')}`;
  assert.equal(crcResponse('challenge-123', secret), expected);
  assert.notEqual(crcResponse('challenge-123', 'other'), expected);
});

test('signature: accepts the raw body signed with the secret, refuses anything else', () => {
  const body = '{"for_user_id":"1","tweet_create_events":[]}';
  const header = `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`;
  assert.ok(verifySignature(body, header, secret));
  assert.ok(verifySignature(Buffer.from(body), [header], secret));
  assert.ok(!verifySignature(`${body} `, header, secret));
  assert.ok(!verifySignature(body, header.slice(0, -2), secret));
  assert.ok(!verifySignature(body, undefined, secret));
  assert.ok(!verifySignature(body, header, ''));
});

test('Account Activity events become replies, quotes, mentions and DMs; our own and reposts are skipped', () => {
  const user = (id: string, name: string) => ({ id_str: id, screen_name: name, name: name.toUpperCase(), profile_image_url_https: `https://pbs.twimg.com/${name}.jpg` });
  const { forUserId, items } = parseAccountActivity({
    for_user_id: '1',
    tweet_create_events: [
      { id_str: '50', created_at: 'Wed Oct 10 20:19:24 +0000 2018', text: '@us thanks', user: user('2', 'ann'), in_reply_to_status_id_str: '40', in_reply_to_user_id_str: '1' },
      { id_str: '51', created_at: 'Wed Oct 10 20:20:00 +0000 2018', text: 'so true', user: user('3', 'ben'), quoted_status_id_str: '41', quoted_status: { user: { id_str: '1' } } },
      { id_str: '52', created_at: 'Wed Oct 10 20:21:00 +0000 2018', text: 'short', extended_tweet: { full_text: 'hello @us, the long version' }, user: user('2', 'ann') },
      { id_str: '53', created_at: 'Wed Oct 10 20:22:00 +0000 2018', text: 'my own post', user: user('1', 'us') },
      { id_str: '54', created_at: 'Wed Oct 10 20:23:00 +0000 2018', text: 'RT @us: x', user: user('2', 'ann'), retweeted_status: {} },
      { id_str: 'broken' },
    ],
    direct_message_events: [
      { type: 'message_create', id: '60', created_timestamp: '1539202764000', message_create: { target: { recipient_id: '1' }, sender_id: '2', message_data: { text: 'psst' } } },
      { type: 'message_create', id: '61', created_timestamp: '1539202765000', message_create: { target: { recipient_id: '2' }, sender_id: '1', message_data: { text: 'mine' } } },
    ],
    users: { '2': { id: '2', ...user('2', 'ann') } },
  });
  assert.equal(forUserId, '1');
  assert.deepEqual(
    items.map((i) => [i.kind, i.externalId, i.inReplyTo, i.text]),
    [
      ['reply', '50', '40', '@us thanks'],
      ['quote', '51', '41', 'so true'],
      ['mention', '52', null, 'hello @us, the long version'],
      ['direct_message', '60', null, 'psst'],
    ],
  );
  assert.equal(items[0]?.createdAt.toISOString(), '2018-10-10T20:19:24.000Z');
  assert.equal(items[0]?.url, 'https://x.com/ann/status/50');
  assert.deepEqual(items[3]?.author, { externalId: '2', handle: '@ann', displayName: 'ANN', avatarUrl: 'https://pbs.twimg.com/ann.jpg' });
  assert.equal(items[3]?.createdAt.getTime(), 1539202764000);
  assert.deepEqual(parseAccountActivity('nonsense'), { forUserId: null, items: [] });
});
