/** Saved replies read as written for the person answered. Run: node --import tsx --test src/web/pages/inbox/savedReply.test.ts */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderSavedReply } from './savedReply';

it('fills first name, handle and post URL, with or without spaces inside the braces', () => {
  const text = 'Thanks {{first_name}} ({{ author_handle }})! More at {{post_url}}';
  assert.equal(
    renderSavedReply(text, { authorName: 'Ada Lovelace', authorHandle: 'ada.bsky.social', postUrl: 'https://bsky.app/p/1' }),
    'Thanks Ada (@ada.bsky.social)! More at https://bsky.app/p/1',
  );
});

it('falls back to the handle without a name, and leaves an unknown variable as written', () => {
  assert.equal(renderSavedReply('Hi {{first_name}} {{shoe_size}}', { authorName: '  ', authorHandle: '@fan', postUrl: null }), 'Hi @fan {{shoe_size}}');
  assert.equal(renderSavedReply('See {{post_url}}.', { authorName: 'A', authorHandle: '@a', postUrl: null }), 'See .');
});
