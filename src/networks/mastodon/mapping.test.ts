import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToText, normalizeForMatch, notificationSchema, statusMatches, statusSchema, toEngagement, type MastodonStatus } from './mapping.js';

const account = { id: '1', username: 'me', acct: 'me', display_name: 'Me', avatar: 'https://x/a.png' };

function status(overrides: Record<string, unknown>): MastodonStatus {
  return statusSchema.parse({ id: '100', created_at: '2025-01-01T00:00:00.000Z', content: '', account, ...overrides });
}

test('Mastodon HTML becomes the text a person typed', () => {
  const html =
    '<p>Launch day &amp; more! Read <a href="https://example.org/blog/2025/launch?utm=x" rel="nofollow noopener" target="_blank">' +
    '<span class="invisible">https://</span><span class="ellipsis">example.org/blog/2025/lau</span>' +
    '<span class="invisible">nch?utm=x</span></a></p><p>Line one<br />line two &lt;3 &#39;quoted&#39; &#x1F600;</p>';
  assert.equal(
    htmlToText(html),
    "Launch day & more! Read https://example.org/blog/2025/launch?utm=x\n\nLine one\nline two <3 'quoted' 😀",
  );
});

test('findPublished matching compares plain text, whitespace-insensitive', () => {
  const html = '<p>Hello <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a></p><p>bye</p>';
  const s = status({ content: html });
  assert.ok(statusMatches(s, { text: 'Hello https://example.org/a?b=1&c=2\n\nbye', media: [] }));
  assert.ok(statusMatches(s, { text: '  Hello   https://example.org/a?b=1&c=2 bye ', media: [] }));
  assert.ok(!statusMatches(s, { text: 'Hello https://example.org/a?b=1&c=2', media: [] }));
});

test('a remote mention rendered as @user still matches @user@host in the source text', () => {
  const html =
    '<p><span class="h-card"><a href="https://other.example/@ann" class="u-url mention">@<span>ann</span></a></span> thanks!</p>';
  assert.ok(statusMatches(status({ content: html }), { text: '@ann@other.example thanks!', media: [] }));
  assert.equal(normalizeForMatch('mail me at a@b.example'), 'mail me at a@b.example');
});

test('snac2 leaves < unescaped in content but gives the source in `text`', () => {
  const s = status({ content: 'I <3 you & <b>you</b><br>', text: 'I <3 you & <b>you</b>' });
  assert.ok(statusMatches(s, { text: 'I <3 you & <b>you</b>', media: [] }));
  // Without `text`, the tag-like part is lost on both sides and the rest still matches.
  assert.ok(statusMatches(status({ content: 'I <3 you & <b>you</b><br>' }), { text: 'I <3 you & <b>you</b>', media: [] }));
});

test('attachments count, parent, and reblogs are part of the match', () => {
  const withImage = status({ content: '<p>pic</p>', media_attachments: [{ id: '9', type: 'image', url: 'https://x/9.png' }] });
  assert.ok(!statusMatches(withImage, { text: 'pic', media: [] }));
  const reply = status({ content: '<p>yes</p>', in_reply_to_id: '55' });
  assert.ok(statusMatches(reply, { text: 'yes', media: [], inReplyTo: '55' }));
  assert.ok(!statusMatches(reply, { text: 'yes', media: [], inReplyTo: '56' }));
  const reblog = status({ content: '', reblog: { id: '7', created_at: '2025-01-01T00:00:00Z', content: '<p>yes</p>', account } });
  assert.ok(!statusMatches(reblog, { text: 'yes', media: [] }));
});

test('numeric ids from some servers are read as strings', () => {
  const s = statusSchema.parse({ id: 123, created_at: '2025-01-01T00:00:00Z', content: '<p>x</p>', account: { ...account, id: 5 } });
  assert.equal(s.id, '123');
  assert.equal(s.account.id, '5');
});

function mention(statusFields: Record<string, unknown>) {
  return notificationSchema.parse({
    id: 'n1',
    type: 'mention',
    created_at: '2025-01-02T00:00:00Z',
    account: { id: '2', username: 'ann', acct: 'ann@other.example', display_name: '' },
    status: {
      id: '200',
      created_at: '2025-01-02T00:00:00Z',
      content: '<p>@me hi</p>',
      url: 'https://other.example/@ann/200',
      visibility: 'public',
      account: { id: '2', username: 'ann', acct: 'ann@other.example', display_name: '' },
      ...statusFields,
    },
  });
}

test('a mention answering one of ours is a reply; a direct one is a message; the rest are mentions', () => {
  const reply = toEngagement(mention({ in_reply_to_id: '100', in_reply_to_account_id: '1' }), '1', 'my.example');
  assert.equal(reply?.kind, 'reply');
  assert.equal(reply?.inReplyTo, '100');
  assert.equal(reply?.author.handle, 'ann@other.example');
  assert.equal(reply?.author.displayName, 'ann');
  assert.equal(reply?.text, '@me hi');

  const dm = toEngagement(mention({ visibility: 'direct' }), '1', 'my.example');
  assert.equal(dm?.kind, 'direct_message');

  const inThread = toEngagement(mention({ in_reply_to_id: '300', in_reply_to_account_id: '3' }), '1', 'my.example');
  assert.equal(inThread?.kind, 'mention');
  assert.equal(inThread?.inReplyTo, null);

  const favourite = notificationSchema.parse({ ...mention({}), type: 'favourite' });
  assert.equal(toEngagement(favourite, '1', 'my.example'), null);
});
