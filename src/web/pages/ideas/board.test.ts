import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Idea } from '../../api-ideas';
import { parseTags } from '../../lib/tags';
import { columns, positionFor, tagChoices } from './board';

const idea = (id: string, position: number, stage: Idea['stage'] = 'idea'): Idea =>
  ({ id, title: id, notes: '', tags: [], mediaIds: [], stage, position, postId: null, createdAt: '', updatedAt: '' });

describe('ideas board', () => {
  it('groups cards by column in their order', () => {
    const c = columns([idea('b', 2), idea('a', 1), idea('r', 5, 'ready')]);
    assert.deepEqual(c.idea.map((i) => i.id), ['a', 'b']);
    assert.deepEqual(c.ready.map((i) => i.id), ['r']);
    assert.deepEqual(c.used, []);
  });

  it('places a dropped card between its neighbours, first, last, or alone', () => {
    const col = [idea('a', 1), idea('b', 2), idea('c', 4)];
    assert.equal(positionFor(col, 'x', 'b'), 1.5);
    assert.equal(positionFor(col, 'x', 'a'), 0);
    assert.equal(positionFor(col, 'x', null), 5);
    assert.equal(positionFor([], 'x', null), 1);
    // Moving a card within its own column ignores its old place.
    assert.equal(positionFor(col, 'a', 'c'), 3);
    assert.equal(positionFor(col, 'c', null), 3);
  });

  it('reads tags separated by commas', () => {
    assert.deepEqual(parseTags(' summer, #Drinks ,, '), ['summer', '#Drinks']);
  });

  it("offers the ideas' tags and the drafts' tags in one list, counted together, most used first", () => {
    const choices = tagChoices([{ tag: 'summer', count: 2 }, { tag: 'winter', count: 1 }], [{ tags: ['summer'] }, { tags: ['drinks', 'summer'] }, { tags: [] }]);
    assert.deepEqual(choices, [
      { tag: 'summer', count: 4 },
      { tag: 'drinks', count: 1 },
      { tag: 'winter', count: 1 },
    ]);
  });
});
