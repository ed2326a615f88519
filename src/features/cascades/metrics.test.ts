import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CascadeInputError, cascadeMetrics, type ShareNode } from './metrics.js';
import { seededRandom as random } from '../../core/seeded-random.js';

const node = (id: string, parentId: string | null, visits = 0): ShareNode => ({ id, parentId, visits });

/** Chain r → 1 → 2 → … of `length` visitors, ids "c0".."c{length-1}". */
function chain(length: number): ShareNode[] {
  return Array.from({ length }, (_, i) => node(`c${i}`, i === 0 ? null : `c${i - 1}`, i === length - 1 ? 0 : 1));
}


/** Random forest: each node is a root with probability pRoot, else a child of a uniformly chosen earlier node. */
function randomForest(n: number, rand: () => number, pRoot: number): ShareNode[] {
  const nodes: ShareNode[] = [];
  for (let i = 0; i < n; i++) {
    const parentId = i === 0 || rand() < pRoot ? null : `n${Math.floor(rand() * i)}`;
    nodes.push(node(`n${i}`, parentId, Math.floor(rand() * 3)));
  }
  // Shuffle so parents do not always precede children in the input.
  for (let i = nodes.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [nodes[i], nodes[j]] = [nodes[j]!, nodes[i]!];
  }
  return nodes;
}

/** O(n²) reference: BFS from every vertex of the tree with the post as a virtual root. */
function bruteForceVirality(nodes: ShareNode[]): number {
  const ids = ['<post>', ...nodes.map((x) => x.id)];
  const adjacency = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const x of nodes) {
    const p = x.parentId ?? '<post>';
    adjacency.get(p)!.push(x.id);
    adjacency.get(x.id)!.push(p);
  }
  let sum = 0;
  for (const start of ids) {
    const distance = new Map([[start, 0]]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (const w of adjacency.get(v)!) {
        if (!distance.has(w)) {
          distance.set(w, distance.get(v)! + 1);
          queue.push(w);
        }
      }
    }
    for (const d of distance.values()) sum += d;
  }
  const pairs = (ids.length * (ids.length - 1)) / 2;
  return sum / 2 / pairs;
}

describe('cascadeMetrics, by hand', () => {
  it('returns zeros for an empty tree', () => {
    assert.deepEqual(cascadeMetrics([]), {
      visitors: 0,
      visitorsByGeneration: [],
      maxDepth: 0,
      amplification: 0,
      shares: 0,
      sharesPerVisitor: 0,
      visitsPerShare: 0,
      kFactor: 0,
      structuralVirality: 0,
    });
  });

  it('a star: one visitor whose share brought three (and one visit that minted no token)', () => {
    const m = cascadeMetrics([node('a', null, 4), node('b', 'a'), node('c', 'a'), node('d', 'a')]);
    assert.deepEqual(m.visitorsByGeneration, [1, 3]);
    assert.equal(m.maxDepth, 1);
    assert.equal(m.amplification, 3);
    assert.equal(m.shares, 1);
    assert.equal(m.sharesPerVisitor, 1 / 4);
    assert.equal(m.visitsPerShare, 4);
    assert.equal(m.kFactor, 1);
    // Post P - a - {b, c, d}: P-a 1, P-b/c/d 2 ×3, a-b/c/d 1 ×3, among b, c, d 2 ×3 → 16 over C(5,2) = 10.
    assert.equal(m.structuralVirality, 1.6);
  });

  it('a chain of 4: depth 3, virality (n + 2) / 3', () => {
    const m = cascadeMetrics(chain(4));
    assert.deepEqual(m.visitorsByGeneration, [1, 1, 1, 1]);
    assert.equal(m.maxDepth, 3);
    assert.equal(m.amplification, 3);
    assert.equal(m.shares, 3);
    assert.equal(m.visitsPerShare, 1);
    assert.equal(m.kFactor, 3 / 4);
    // Path of 5 vertices: distances 1×4 + 2×3 + 3×2 + 4×1 = 20 over C(5,2) = 10.
    assert.equal(m.structuralVirality, 2);
  });

  it('counts children a lagging visit counter has not seen yet', () => {
    const m = cascadeMetrics([node('a', null, 0), node('b', 'a', 0)]);
    assert.equal(m.shares, 1);
    assert.equal(m.kFactor, 1 / 2);
  });

  it('broadcast vs viral (the paper\'s intuition): same size, very different virality', () => {
    const broadcast = Array.from({ length: 100 }, (_, i) => node(`b${i}`, null));
    const viral = chain(100);
    const b = cascadeMetrics(broadcast);
    const v = cascadeMetrics(viral);
    assert.deepEqual(b.visitorsByGeneration, [100]);
    assert.equal(b.maxDepth, 0);
    assert.equal(b.amplification, 0);
    assert.equal(b.kFactor, 0);
    // A star of 101 vertices: 2n / (n + 1) → 2.
    assert.ok(Math.abs(b.structuralVirality - 200 / 101) < 1e-12);
    assert.ok(Math.abs(v.structuralVirality - 102 / 3) < 1e-9);
    assert.ok(v.structuralVirality > 10 * b.structuralVirality);
  });

  it('a forest: generations add up across trees, roots share the post as root', () => {
    const m = cascadeMetrics([node('a', null, 1), node('b', null), node('a1', 'a', 1), node('a11', 'a1')]);
    assert.deepEqual(m.visitorsByGeneration, [2, 1, 1]);
    assert.equal(m.maxDepth, 2);
    assert.equal(m.amplification, 1);
    assert.equal(m.structuralVirality, bruteForceVirality([node('a', null), node('b', null), node('a1', 'a'), node('a11', 'a1')]));
  });
});

describe('cascadeMetrics, against brute force', () => {
  it('matches the O(n²) pairwise distances on 300 random forests', () => {
    const rand = random(20150101);
    for (let t = 0; t < 300; t++) {
      const nodes = randomForest(1 + Math.floor(rand() * 60), rand, t % 3 === 0 ? 0 : 0.2);
      const m = cascadeMetrics(nodes);
      const expected = bruteForceVirality(nodes);
      assert.ok(Math.abs(m.structuralVirality - expected) < 1e-9, `case ${t}: ${m.structuralVirality} vs ${expected}`);
      assert.equal(m.visitorsByGeneration.reduce((a, b) => a + b, 0), nodes.length);
      assert.equal(m.maxDepth, m.visitorsByGeneration.length - 1);
    }
  });
});

describe('cascadeMetrics, at scale (no recursion)', () => {
  it('handles a 1,000,000-node random tree', () => {
    const n = 1_000_000;
    const rand = random(7);
    const nodes: ShareNode[] = new Array(n);
    for (let i = 0; i < n; i++) nodes[i] = node(`n${i}`, i === 0 ? null : `n${Math.floor(rand() * i)}`, 1);
    const m = cascadeMetrics(nodes);
    assert.equal(m.visitors, n);
    assert.equal(m.visitorsByGeneration[0], 1);
    assert.ok(m.maxDepth > 5 && m.maxDepth < 100, `random recursive tree depth ~ e·ln n, got ${m.maxDepth}`);
    assert.ok(Number.isFinite(m.structuralVirality) && m.structuralVirality > 2);
  });

  it('handles a 200,000-long chain, listed leaf first', () => {
    const nodes = chain(200_000).reverse();
    const m = cascadeMetrics(nodes);
    assert.equal(m.maxDepth, 199_999);
    assert.equal(m.visitorsByGeneration.length, 200_000);
    // The sum of distances (~1.3e15) is still below 2^53, so this is exact but for the final division.
    assert.ok(Math.abs(m.structuralVirality - 200_002 / 3) < 1e-6);
  });
});

describe('cascadeMetrics, bad input', () => {
  const expectError = (nodes: ShareNode[], code: string, field: string, message: RegExp) =>
    assert.throws(
      () => cascadeMetrics(nodes),
      (e: unknown) => e instanceof CascadeInputError && e.code === code && e.field === field && message.test(e.message),
    );

  it('names a parent that is not in the list', () => {
    expectError([node('a', null), node('b', 'ghost')], 'missing_parent', 'nodes[1].parentId', /"b" has parentId "ghost"/);
  });

  it('names the nodes of a cycle, even one hanging below a valid root', () => {
    expectError([node('r', null), node('x', 'z'), node('y', 'x'), node('z', 'y'), node('w', 'z')], 'cycle', 'nodes[1].parentId', /cycle \(x → z → y → x\)/);
    expectError([node('self', 'self')], 'cycle', 'nodes[0].parentId', /self → self/);
  });

  it('refuses a cycle in a 200,000-long ring without recursing', () => {
    const ring = chain(200_000);
    ring[0] = node('c0', 'c199999');
    assert.throws(() => cascadeMetrics(ring), (e: unknown) => e instanceof CascadeInputError && e.code === 'cycle' && /…/.test(e.message));
  });

  it('refuses duplicate ids and bad visits', () => {
    expectError([node('a', null), node('a', null)], 'duplicate_id', 'nodes[1].id', /nodes\[0\] and nodes\[1\]/);
    expectError([node('a', null, -1)], 'invalid_visits', 'nodes[0].visits', /finite number/);
    expectError([node('a', null, Number.NaN)], 'invalid_visits', 'nodes[0].visits', /NaN/);
  });
});
