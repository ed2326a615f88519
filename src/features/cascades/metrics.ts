/**
 * Share-tree metrics for one post: how far and how virally its visitors spread it.
 *
 * The tracking snippet (src/features/tracking) mints a share token for every visitor who arrives through a post's
 * short link or through someone else's share, and each token knows the token it came through. A post's visitors thus
 * form a forest: the roots are first-generation visitors (they clicked the link in the post), a child is a visitor
 * who arrived through its parent's shared URL. Everything here is pure and runs in O(n) time and memory, iteratively
 * (no recursion), so a 1,000,000-node tree or a 200,000-long chain is fine.
 */

/** One visitor of a post, i.e. one share token, as stored by the tracking endpoint. */
export interface ShareNode {
  /** The visitor's own share token. */
  id: string;
  /** The token the visitor arrived through, or null for a first-generation visitor (came from the post's link). */
  parentId: string | null;
  /**
   * Visits that arrived carrying this node's token (`chorus_ref=<id>` on landing): what this visitor's sharing
   * brought. It counts visits that did not become a node too (the snippet could not mint a token, the same person
   * came back in a new tab, ...), so it is normally at least the number of children.
   */
  visits: number;
}

export interface CascadeMetrics {
  /** Number of nodes (visitors). */
  visitors: number;
  /** `visitorsByGeneration[g]` = visitors of generation g + 1: [0] first generation (roots), [1] their children, ... */
  visitorsByGeneration: number[];
  /** Longest chain of re-shares, in hops from a first-generation visitor: 0 when nobody's share brought anyone. */
  maxDepth: number;
  /** Visitors beyond the first generation per first-generation visitor: (visitors − roots) / roots; 0 if empty. */
  amplification: number;
  /** Visitors whose token brought at least one visit (see `sharesPerVisitor` in {@link cascadeMetrics}). */
  shares: number;
  sharesPerVisitor: number;
  visitsPerShare: number;
  /** sharesPerVisitor × visitsPerShare = visits brought by shares per visitor. */
  kFactor: number;
  /** Goel et al. (2015) structural virality, with the post as the root of the whole forest; 0 if empty. */
  structuralVirality: number;
}

export type CascadeInputErrorCode = 'duplicate_id' | 'missing_parent' | 'cycle' | 'invalid_visits';

/** Input that is not a forest: the message says which node and why; `field` points into the input array. */
export class CascadeInputError extends Error {
  constructor(
    readonly code: CascadeInputErrorCode,
    message: string,
    readonly field: string,
    readonly nodeIds: string[],
  ) {
    super(message);
    this.name = 'CascadeInputError';
  }
}

/**
 * Computes the metrics of one post's share forest in O(n).
 *
 * Definitions (a node is a visitor; "brought" = visits that landed with the node's token):
 * - brought(v) = max(v.visits, children(v)): a lagging visit counter never hides a child that exists.
 * - A **share** is a visitor whose token brought at least one visit. A share nobody clicked leaves no trace, so this
 *   counts observed shares, and a visitor who pasted one URL in three places is one share.
 * - **sharesPerVisitor** = shares / visitors; **visitsPerShare** = Σ brought / shares (0 when no shares).
 * - **kFactor** = sharesPerVisitor × visitsPerShare = Σ brought / visitors: the mean number of visits each visitor
 *   passed on. Above 1 the cascade grows by itself; with brought = children it is (visitors − roots) / visitors,
 *   always below 1 for a finished tree, as it must be.
 * - **structuralVirality** (Goel, Anderson, Hofman, Watts, "The Structural Virality of Online Diffusion",
 *   Management Science 2015): the mean shortest-path distance over all pairs of nodes of the tree. Chorus adds the
 *   post itself as a virtual root joined to every first-generation visitor, and measures that one tree. This is the
 *   paper's own model (the broadcaster is the root and the people it reached directly are its children), it gives
 *   one number per post, and it keeps the paper's scale: a pure broadcast (everyone came from the link) tends to 2,
 *   a single chain of n visitors gives (n + 2) / 3. A per-tree mean would score the broadcast as n trees of one node
 *   with no pairs at all. The sum of all pairwise distances is Σ over edges of size(below) × (N − size(below)),
 *   divided by C(N, 2), with N = visitors + 1. Sums are doubles: exact up to 2^53 (a 200,000-chain is ~1.3e15),
 *   relative error ~1e-16 beyond.
 *
 * @throws CascadeInputError on a duplicate id, a parentId that is not in the list, a cycle, or visits that are not
 *   a finite number ≥ 0.
 * @example
 * cascadeMetrics([
 *   { id: 'a', parentId: null, visits: 2 },
 *   { id: 'b', parentId: 'a', visits: 0 },
 *   { id: 'c', parentId: 'a', visits: 0 },
 * ]); // → visitorsByGeneration [1, 2], maxDepth 1, amplification 2, kFactor 2/3, structuralVirality 1.5
 */
export function cascadeMetrics(nodes: readonly ShareNode[]): CascadeMetrics {
  const n = nodes.length;
  const parent = parentIndexes(nodes);
  const { order, depth } = breadthFirst(nodes, parent);

  const childCount = new Uint32Array(n);
  const size = new Float64Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    if (p >= 0) childCount[p]!++;
  }
  // Children come after their parent in breadth-first order, so walking it backwards completes each subtree first.
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    const p = parent[v]!;
    if (p >= 0) size[p]! += size[v]!;
  }

  const total = n + 1; // the post as virtual root
  let distanceSum = 0;
  let shares = 0;
  let brought = 0;
  let maxDepth = 0;
  const visitorsByGeneration: number[] = [];
  for (let v = 0; v < n; v++) {
    // Every visitor has exactly one edge up (to its parent, or to the post for a root).
    distanceSum += size[v]! * (total - size[v]!);
    const b = Math.max(nodes[v]!.visits, childCount[v]!);
    if (b > 0) shares++;
    brought += b;
    const d = depth[v]!;
    if (d > maxDepth) maxDepth = d;
    visitorsByGeneration[d] = (visitorsByGeneration[d] ?? 0) + 1; // no holes: depth d > 0 has a parent at d − 1
  }

  const roots = visitorsByGeneration[0] ?? 0;
  const sharesPerVisitor = n === 0 ? 0 : shares / n;
  const visitsPerShare = shares === 0 ? 0 : brought / shares;
  return {
    visitors: n,
    visitorsByGeneration,
    maxDepth,
    amplification: roots === 0 ? 0 : (n - roots) / roots,
    shares,
    sharesPerVisitor,
    visitsPerShare,
    kFactor: n === 0 ? 0 : brought / n,
    structuralVirality: n === 0 ? 0 : distanceSum / ((total * (total - 1)) / 2),
  };
}

/** Index of each node's parent (−1 for a root), checking ids and visits on the way. */
function parentIndexes(nodes: readonly ShareNode[]): Int32Array {
  const n = nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    const seen = index.get(node.id);
    if (seen !== undefined) {
      throw new CascadeInputError('duplicate_id', `Node id "${node.id}" appears twice (nodes[${seen}] and nodes[${i}]); each share token must be listed once.`, `nodes[${i}].id`, [node.id]);
    }
    if (typeof node.visits !== 'number' || !Number.isFinite(node.visits) || node.visits < 0) {
      throw new CascadeInputError('invalid_visits', `Node "${node.id}" has visits ${String(node.visits)}; visits must be a finite number ≥ 0.`, `nodes[${i}].visits`, [node.id]);
    }
    index.set(node.id, i);
  }
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    if (node.parentId === null) {
      parent[i] = -1;
      continue;
    }
    const p = index.get(node.parentId);
    if (p === undefined) {
      throw new CascadeInputError('missing_parent', `Node "${node.id}" has parentId "${node.parentId}", which is not in the list. Pass the whole share tree of the post (or parentId null for a first-generation visitor).`, `nodes[${i}].parentId`, [node.id, node.parentId]);
    }
    parent[i] = p;
  }
  return parent;
}

/** Breadth-first order from all roots and each node's depth; a node it cannot reach sits on or below a cycle. */
function breadthFirst(nodes: readonly ShareNode[], parent: Int32Array): { order: Int32Array; depth: Int32Array } {
  const n = nodes.length;
  // Children as one flat array (counting sort by parent): childStart[p]..childStart[p + 1] are p's children.
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) childStart[parent[i]! + 1]!++;
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const fill = childStart.slice(0, n);
  const children = new Int32Array(childStart[n]!);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) children[fill[parent[i]!]!++] = i;

  const order = new Int32Array(n);
  const depth = new Int32Array(n).fill(-1);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (parent[i] === -1) {
      order[tail++] = i;
      depth[i] = 0;
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let c = childStart[v]!; c < childStart[v + 1]!; c++) {
      const child = children[c]!;
      depth[child] = depth[v]! + 1;
      order[tail++] = child;
    }
  }
  if (tail < n) throw cycleError(nodes, parent, depth);
  return { order, depth };
}

/**
 * Every parent exists, so an unreached node's parent is unreached too: following parents from one must loop.
 * Names the nodes of that loop (the first 10).
 */
function cycleError(nodes: readonly ShareNode[], parent: Int32Array, depth: Int32Array): CascadeInputError {
  let v = depth.indexOf(-1);
  const stamp = new Uint8Array(nodes.length);
  while (stamp[v] === 0) {
    stamp[v] = 1;
    v = parent[v]!;
  }
  const loop: string[] = [];
  let u = v;
  do {
    loop.push(nodes[u]!.id);
    u = parent[u]!;
  } while (u !== v && loop.length < 10);
  const shown = loop.join(' → ') + (u === v ? ` → ${nodes[v]!.id}` : ' → …');
  return new CascadeInputError('cycle', `The share tree has a cycle (${shown}): a token cannot descend from itself.`, `nodes[${v}].parentId`, loop);
}
