import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engagementFromWebhook, metaVerificationChallenge, parseMetaWebhook, verifyMetaSignature } from './webhooks.js';

const body = '{"object":"page","entry":[]}';
// Computed with Python's hmac module, independently of node:crypto.
const signature = 'sha256=e6e9d7a842a48e17f43a34d6125d0d933e2aab92ee37f0993a4d493b50e3d438';

test('X-Hub-Signature-256 is checked against the raw body', () => {
  assert.equal(verifyMetaSignature(body, signature, 'app-secret'), true);
  assert.equal(verifyMetaSignature(Buffer.from(body), [signature], 'app-secret'), true);
  assert.equal(verifyMetaSignature(`${body} `, signature, 'app-secret'), false, 'one byte more');
  assert.equal(verifyMetaSignature(body, signature, 'other-secret'), false);
  assert.equal(verifyMetaSignature(body, signature.replace('sha256=', 'sha1='), 'app-secret'), false);
  assert.equal(verifyMetaSignature(body, 'sha256=abc', 'app-secret'), false);
  assert.equal(verifyMetaSignature(body, undefined, 'app-secret'), false);
  assert.equal(verifyMetaSignature(body, signature, ''), false);
});

test('the GET handshake echoes hub.challenge only for subscribe with our verify token', () => {
  const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'meatball', 'hub.challenge': '1158201444' };
  assert.equal(metaVerificationChallenge(query, 'meatball'), '1158201444');
  assert.equal(metaVerificationChallenge(new URLSearchParams(query), 'meatball'), '1158201444');
  assert.equal(metaVerificationChallenge({ ...query, 'hub.verify_token': 'meatbal' }, 'meatball'), null);
  assert.equal(metaVerificationChallenge({ ...query, 'hub.mode': 'unsubscribe' }, 'meatball'), null);
  assert.equal(metaVerificationChallenge(query, ''), null);
});

test('Page feed: others\' comments are replies to the post, visitor posts are mentions, our own are skipped', () => {
  const payload = {
    object: 'page',
    entry: [
      {
        id: '111',
        time: 1_764_000_000,
        changes: [
          { field: 'feed', value: { item: 'comment', verb: 'add', comment_id: '111_2_3', post_id: '111_2', message: 'Nice!', created_time: 1_764_000_000, from: { id: '9', name: 'Ana' } } },
          { field: 'feed', value: { item: 'comment', verb: 'add', comment_id: '111_2_4', post_id: '111_2', message: 'Thanks', created_time: 1_764_000_001, from: { id: '111', name: 'Us' } } },
          { field: 'feed', value: { item: 'comment', verb: 'remove', comment_id: '111_2_3', post_id: '111_2', from: { id: '9' } } },
          { field: 'feed', value: { item: 'post', verb: 'add', post_id: '111_5', message: 'Open Sunday?', created_time: 1_764_000_002, from: { id: '8', name: 'Bo' } } },
          { field: 'feed', value: { item: 'reaction', verb: 'add', post_id: '111_2', from: { id: '7' } } },
        ],
      },
    ],
  };
  const events = parseMetaWebhook(payload);
  assert.deepEqual(events.map((e) => [e.network, e.accountId, e.item.kind, e.item.externalId, e.item.inReplyTo, e.item.author.displayName]), [
    ['facebook', '111', 'reply', '111_2_3', '111_2', 'Ana'],
    ['facebook', '111', 'mention', '111_5', null, 'Bo'],
  ]);
  assert.equal(events[0]?.item.createdAt.toISOString(), new Date(1_764_000_000_000).toISOString());
});

test('Instagram comments and messaging webhooks; echoes and malformed payloads are skipped', () => {
  const instagram = {
    object: 'instagram',
    entry: [
      {
        id: '1784',
        time: 1_764_000_100,
        changes: [
          { field: 'comments', value: { id: '180', text: 'Where is this?', from: { id: '55', username: 'traveller' }, media: { id: '179', media_product_type: 'FEED' } } },
          { field: 'comments', value: { id: '181', text: 'Our reply', from: { id: '1784', username: 'us' }, media: { id: '179' } } },
          { field: 'mentions', value: { media_id: '1', comment_id: '2' } },
        ],
        messaging: [
          { sender: { id: '55' }, recipient: { id: '1784' }, timestamp: 1_764_000_200_000, message: { mid: 'm_1', text: 'Hi there' } },
          { sender: { id: '1784' }, recipient: { id: '55' }, timestamp: 1_764_000_201_000, message: { mid: 'm_2', text: 'Hello', is_echo: true } },
        ],
      },
    ],
  };
  const items = engagementFromWebhook(instagram);
  assert.deepEqual(items.map((i) => [i.kind, i.externalId, i.inReplyTo, i.author.handle, i.text]), [
    ['reply', '180', '179', 'traveller', 'Where is this?'],
    ['direct_message', 'm_1', null, '55', 'Hi there'],
  ]);
  assert.equal(items[1]?.createdAt.getTime(), 1_764_000_200_000);
  assert.deepEqual(parseMetaWebhook({ object: 'user', entry: [] }), []);
  assert.deepEqual(parseMetaWebhook('nonsense'), []);
  assert.deepEqual(parseMetaWebhook({ object: 'page', entry: [{ id: '1', changes: [{ field: 'feed', value: { nope: true } }] }] }), []);
});
