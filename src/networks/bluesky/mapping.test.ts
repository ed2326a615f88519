import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AppBskyNotificationListNotifications, BlobRef } from '@atproto/api';
import { buildPostRecord, engagementFromNotification, parsePostUri, postWebUrl, replyRefsFor } from './mapping.js';

const ROOT = { uri: 'at://did:plc:alice/app.bsky.feed.post/3jzfcijpj2z2a', cid: 'bafyroot' };
const PARENT = { uri: 'at://did:plc:bob/app.bsky.feed.post/3jzfcijpj2z2b', cid: 'bafyparent' };

describe('buildPostRecord', () => {
  it('writes text, createdAt and only the parts present', () => {
    const record = buildPostRecord({ text: 'hi', facets: [], createdAt: new Date('2025-01-02T03:04:05Z') });
    assert.deepEqual(record, { $type: 'app.bsky.feed.post', text: 'hi', createdAt: '2025-01-02T03:04:05.000Z' });
  });

  it('embeds images with alt text, and an aspect ratio only when both sides are known', () => {
    // Passed through as is; its inside does not matter here.
    const blob = { mimeType: 'image/png', size: 10 } as unknown as BlobRef;
    const record = buildPostRecord({
      text: '',
      facets: [],
      createdAt: new Date(0),
      images: [
        { blob, alt: 'a dot', width: 1200, height: 800 },
        { blob, alt: '', width: null, height: 800 },
      ],
    });
    assert.deepEqual(record['embed'], {
      $type: 'app.bsky.embed.images',
      images: [
        { image: blob, alt: 'a dot', aspectRatio: { width: 1200, height: 800 } },
        { image: blob, alt: '' },
      ],
    });
  });
});

describe('replyRefsFor', () => {
  it('uses the parent as root for a top-level post, and keeps the thread root otherwise', () => {
    assert.deepEqual(replyRefsFor(ROOT, { text: 'root' }), { root: ROOT, parent: ROOT });
    assert.deepEqual(replyRefsFor(PARENT, { text: 'reply', reply: { root: ROOT, parent: ROOT } }), { root: ROOT, parent: PARENT });
  });
});

describe('post addresses', () => {
  it('parses post at-uris and builds web URLs', () => {
    assert.deepEqual(parsePostUri(ROOT.uri), { did: 'did:plc:alice', rkey: '3jzfcijpj2z2a' });
    assert.throws(() => parsePostUri('at://did:plc:alice/app.bsky.feed.like/3jzfcijpj2z2a'), /Not a Bluesky post/);
    assert.throws(() => parsePostUri('https://bsky.app'), /Not a Bluesky post/);
    assert.equal(postWebUrl('alice.test', '3jzfcijpj2z2a'), 'https://bsky.app/profile/alice.test/post/3jzfcijpj2z2a');
  });
});

function notification(reason: string, record: Record<string, unknown>): AppBskyNotificationListNotifications.Notification {
  return {
    uri: 'at://did:plc:bob/app.bsky.feed.post/3kbobpost2222',
    cid: 'bafybob',
    author: { did: 'did:plc:bob', handle: 'bob.test', displayName: 'Bob' },
    reason,
    record,
    isRead: false,
    indexedAt: '2025-05-05T10:00:01.000Z',
  };
}

describe('engagementFromNotification', () => {
  it('maps a reply to the post it answers', () => {
    const item = engagementFromNotification(
      notification('reply', { text: 'Hello back', createdAt: '2025-05-05T10:00:00.000Z', reply: { root: ROOT, parent: ROOT } }),
    );
    assert.deepEqual(item, {
      kind: 'reply',
      externalId: 'at://did:plc:bob/app.bsky.feed.post/3kbobpost2222',
      inReplyTo: ROOT.uri,
      author: { externalId: 'did:plc:bob', handle: 'bob.test', displayName: 'Bob', avatarUrl: null },
      text: 'Hello back',
      url: 'https://bsky.app/profile/bob.test/post/3kbobpost2222',
      createdAt: new Date('2025-05-05T10:00:00.000Z'),
    });
  });

  it('maps quotes to the quoted post and mentions to nothing of ours', () => {
    const quote = engagementFromNotification(
      notification('quote', { text: 'q', createdAt: 'bad date', embed: { $type: 'app.bsky.embed.record', record: ROOT } }),
    );
    assert.equal(quote?.kind, 'quote');
    assert.equal(quote?.inReplyTo, ROOT.uri);
    assert.deepEqual(quote?.createdAt, new Date('2025-05-05T10:00:01.000Z'));
    const media = engagementFromNotification(
      notification('quote', { text: 'q', embed: { $type: 'app.bsky.embed.recordWithMedia', record: { record: ROOT } } }),
    );
    assert.equal(media?.inReplyTo, ROOT.uri);
    const mention = engagementFromNotification(notification('mention', { text: 'hey @alice.test' }));
    assert.equal(mention?.kind, 'mention');
    assert.equal(mention?.inReplyTo, null);
  });

  it('ignores likes, reposts and follows', () => {
    for (const reason of ['like', 'repost', 'follow']) assert.equal(engagementFromNotification(notification(reason, {})), null);
  });
});
