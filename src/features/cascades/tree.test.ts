import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { ShareNode } from './metrics.js';
import { drawableTree } from './tree.js';

const node = (id: string, parentId: string | null, visits = 0): ShareNode => ({ id, parentId, visits });

it('keeps the whole forest when it fits', () => {
  const nodes = [node('a', null, 2), node('b', 'a'), node('c', 'a')];
  assert.deepEqual(drawableTree(nodes, 10), { nodes, total: 3, capped: false });
});

it('keeps the oldest nodes up to the cap, never a node whose parent is not drawn', () => {
  const nodes = [node('a', null), node('b', null), node('c', 'a'), node('d', 'c'), node('e', 'b')];
  const tree = drawableTree(nodes, 3);
  assert.deepEqual(tree.nodes.map((n) => n.id), ['a', 'b', 'c']);
  assert.equal(tree.capped, true);
  assert.equal(tree.total, 5);
  const drawn = new Set(tree.nodes.map((n) => n.id));
  for (const n of tree.nodes) assert.ok(n.parentId === null || drawn.has(n.parentId));
});

it('draws 5,000 of a 200,000-node chain by default', () => {
  const nodes = Array.from({ length: 200_000 }, (_, i) => node(`n${i}`, i === 0 ? null : `n${i - 1}`));
  const tree = drawableTree(nodes);
  assert.equal(tree.nodes.length, 5000);
  assert.equal(tree.capped, true);
});
