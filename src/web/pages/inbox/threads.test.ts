/** The inbox's threading and shortcuts. Run: node --import tsx --test src/web/pages/inbox/threads.test.ts */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { InboxItem } from '../../api-inbox';
import { groupByPost, isTyping } from './threads';

const item = (id: string, postId: string | null) => ({ id, post: postId ? { id: postId, excerpt: postId, publicationUrl: null } : null }) as InboxItem;

it('threads items under their post in list order, items on no post together', () => {
  const groups = groupByPost([item('1', 'a'), item('2', null), item('3', 'b'), item('4', 'a'), item('5', null)]);
  assert.deepEqual(
    groups.map((g) => [g.key, g.items.map((i) => i.id)]),
    [
      ['a', ['1', '4']],
      ['none', ['2', '5']],
      ['b', ['3']],
    ],
  );
});

it('leaves keys typed in a field (or with a modifier) to the field', () => {
  const press = (tagName: string, extra: Partial<KeyboardEvent> = {}) => ({ target: { tagName, isContentEditable: false }, ...extra }) as unknown as KeyboardEvent;
  assert.equal(isTyping(press('BODY')), false);
  assert.equal(isTyping(press('BUTTON')), false);
  for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) assert.equal(isTyping(press(tag)), true, tag);
  assert.equal(isTyping(press('BODY', { ctrlKey: true })), true);
  assert.equal(isTyping({ target: { tagName: 'DIV', isContentEditable: true } } as unknown as KeyboardEvent), true);
});
