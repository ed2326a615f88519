/**
 * What the website tracking tells about a link or a post: its share cascade (metrics of the whole forest plus a
 * drawable part of it) and its conversions. Reads the visit counters and conversion rollups kept as events
 * arrive, never COUNT(*) over page views or conversions.
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import { cascadeMetrics, type CascadeMetrics, type ShareNode } from '../cascades/metrics.js';
import { drawableTree, type DrawableTree } from '../cascades/tree.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { collectRepository } from './repository.js';

export interface Cascade {
  metrics: CascadeMetrics;
  tree: DrawableTree;
}

export async function cascadeOf(ctx: AppContext, access: WorkspaceAccess, of: { linkId: string } | { postId: string }): Promise<Cascade> {
  const rows = await collectRepository.cascadeNodes(ctx.database.db, access.workspaceId, of);
  const nodes: ShareNode[] = rows.map((r) => ({ id: r.token, parentId: r.parent_token, visits: Number(r.visits) }));
  return { metrics: cascadeMetrics(nodes), tree: drawableTree(nodes) };
}

export async function requirePost(ctx: AppContext, access: WorkspaceAccess, postId: string): Promise<void> {
  if (!isUuid(postId) || !(await collectRepository.postExists(ctx.database.db, access.workspaceId, postId))) throw notFound('Post');
}

export interface ValueSum {
  currency: string;
  /** Exact decimal, as a string (money is not summed in floating point). */
  sum: string;
}
export interface ConversionGroup {
  count: number;
  values: ValueSum[];
}
export interface ConversionReport {
  total: ConversionGroup;
  byName: Array<ConversionGroup & { name: string }>;
  byNetwork: Array<ConversionGroup & { network: string }>;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const lastDay = (to: Date) => day(new Date(to.getTime() - 1));

/** Conversions credited to a link over whole UTC days [from, to): totals, by name and by network. */
export async function conversionsOfLink(ctx: AppContext, linkId: string, from: Date, to: Date): Promise<ConversionReport> {
  return summarize(await collectRepository.conversionRollup(ctx.database.db, { linkId }, day(from), lastDay(to)));
}

/** The report period of a post: as asked, else from its creation (at most 30 days back) until now. */
export async function postReportRange(ctx: AppContext, access: WorkspaceAccess, postId: string, query: { from?: string | undefined; to?: string | undefined }) {
  const created = isUuid(postId) ? await collectRepository.postCreatedAt(ctx.database.db, access.workspaceId, postId) : undefined;
  if (!created) throw notFound('Post');
  const to = query.to ? new Date(query.to) : new Date();
  const from = query.from ? new Date(query.from) : new Date(Math.min(created.getTime(), to.getTime() - 30 * 86_400_000));
  if (from >= to) throw invalid('invalid_range', '"from" must be before "to".', 'from');
  return { from, to };
}

/** Conversions credited to any link of a post of the workspace over whole UTC days [from, to). */
export async function conversionsOfPost(ctx: AppContext, access: WorkspaceAccess, postId: string, from: Date, to: Date): Promise<ConversionReport> {
  return summarize(await collectRepository.conversionRollup(ctx.database.db, { workspaceId: access.workspaceId, postId }, day(from), lastDay(to)));
}

/** Conversion rollup rows (any grouping) as one count with exact value sums per currency. */
export function conversionGroup(rows: Array<{ conversions: number | string; currency: string; value: string }>): ConversionGroup {
  const g = group();
  for (const r of rows) add(g, Number(r.conversions), r.currency, r.value);
  return finish(g);
}

interface RollupRow {
  name: string;
  network: string;
  currency: string;
  conversions: number | string;
  value: string;
}

function summarize(rows: RollupRow[]): ConversionReport {
  const total = group();
  const byName = new Map<string, Acc>();
  const byNetwork = new Map<string, Acc>();
  for (const r of rows) {
    const count = Number(r.conversions);
    for (const g of [total, at(byName, r.name), at(byNetwork, r.network || 'none')]) add(g, count, r.currency, r.value);
  }
  return {
    total: finish(total),
    byName: [...byName].map(([name, g]) => ({ name, ...finish(g) })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    byNetwork: [...byNetwork].map(([network, g]) => ({ network, ...finish(g) })).sort((a, b) => b.count - a.count || a.network.localeCompare(b.network)),
  };
}

interface Acc {
  count: number;
  sums: Map<string, bigint>;
}
const group = (): Acc => ({ count: 0, sums: new Map() });
function at(map: Map<string, Acc>, key: string): Acc {
  let g = map.get(key);
  if (!g) map.set(key, (g = group()));
  return g;
}
/** Values are numeric(…, 4) in the database: summed here as integers of 1/10,000 to stay exact. */
function add(g: Acc, count: number, currency: string, value: string): void {
  g.count += count;
  if (!currency) return;
  g.sums.set(currency, (g.sums.get(currency) ?? 0n) + toUnits(value));
}
function toUnits(decimal: string): bigint {
  const [whole = '0', frac = ''] = decimal.split('.');
  const sign = whole.startsWith('-') ? -1n : 1n;
  return sign * (BigInt(whole.replace('-', '')) * 10_000n + BigInt((frac + '0000').slice(0, 4)));
}
function fromUnits(units: bigint): string {
  const sign = units < 0n ? '-' : '';
  const abs = units < 0n ? -units : units;
  const frac = (abs % 10_000n).toString().padStart(4, '0').replace(/0+$/, '');
  return `${sign}${abs / 10_000n}${frac ? `.${frac}` : ''}`;
}
function finish(g: Acc): ConversionGroup {
  return { count: g.count, values: [...g.sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, units]) => ({ currency, sum: fromUnits(units) })) };
}
