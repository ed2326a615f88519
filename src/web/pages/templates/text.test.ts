/** Run: node scripts/test.mjs src/web/pages/templates/text.test.ts */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendText, hashtagsOf } from './text';

test('an insertion goes on its own line after what is written', () => {
  assert.equal(appendText('', '#bread'), '#bread');
  assert.equal(appendText('Fresh today', '#bread'), 'Fresh today\n#bread');
  assert.equal(appendText('Fresh today ', '{{city}}'), 'Fresh today {{city}}');
});

test('hashtags typed with or without #, by comma or space', () => {
  assert.deepEqual(hashtagsOf('#bread, bakery  ##fresh,'), ['bread', 'bakery', 'fresh']);
  assert.deepEqual(hashtagsOf(' , '), []);
});
