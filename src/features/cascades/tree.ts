/**
 * The part of a share forest small enough to draw. Metrics are always computed on the whole forest
 * (metrics.ts); a drawing of more than a few thousand nodes is unreadable and heavy to send, so the tree is cut.
 */
import type { ShareNode } from './metrics.js';

/** Nodes drawn at most: a browser lays out 5,000 SVG nodes smoothly; far beyond, nobody reads the picture. */
export const MAX_DRAWN_NODES = 5000;

export interface DrawableTree {
  nodes: ShareNode[];
  /** Nodes in the whole forest. */
  total: number;
  /** True when `nodes` is a part only (the oldest `max` nodes whose ancestors are all drawn). */
  capped: boolean;
}

/**
 * Keeps the oldest nodes first, up to `max`, and only nodes whose parent is kept, so the drawing is itself a
 * forest (no edge points at a node that is not drawn). `nodes` must be oldest first: a parent is always older
 * than its children, so the earliest part of a cascade is what is kept.
 * @example drawableTree([{ id: 'a', parentId: null, visits: 1 }, { id: 'b', parentId: 'a', visits: 0 }], 1)
 *   // → { nodes: [a], total: 2, capped: true }
 */
export function drawableTree(nodes: readonly ShareNode[], max = MAX_DRAWN_NODES): DrawableTree {
  const kept = new Set<string>();
  const out: ShareNode[] = [];
  for (const node of nodes) {
    if (out.length >= max) break;
    if (node.parentId !== null && !kept.has(node.parentId)) continue;
    kept.add(node.id);
    out.push(node);
  }
  return { nodes: out, total: nodes.length, capped: out.length < nodes.length };
}
