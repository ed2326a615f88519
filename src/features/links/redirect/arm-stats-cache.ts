/**
 * Per-arm visits and conversions for the bandit, read from `link_arm_stats` at most every few seconds per link.
 * Visits counted here are added to the database in the background (batched, like clicks) and also to the cached
 * numbers at once, so one process's bandit reacts to its own traffic without waiting for the next read.
 */
import type { DB } from '../../../db/database.js';
import type { LinkRow } from '../repository.js';
import { statsRepository } from '../stats-repository.js';
import type { ArmStats } from '../variants.js';

const TTL_MS = 5_000;
const FLUSH_MS = 1_000;

export class ArmStatsCache {
  private readonly entries = new Map<string, { stats: Map<string, ArmStats>; until: number }>();
  private pending = new Map<string, { linkId: string; arm: string; n: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly db: DB) {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), FLUSH_MS);
    this.timer.unref();
  }

  async get(link: LinkRow): Promise<Map<string, ArmStats>> {
    const hit = this.entries.get(link.id);
    if (hit && hit.until > Date.now()) return hit.stats;
    const rows = await statsRepository.armStats(this.db, link.id);
    const stats = new Map(rows.map((r) => [r.arm, { visits: r.visits, conversions: r.conversions }]));
    // Visits not yet written are part of what this process knows.
    for (const p of this.pending.values()) {
      if (p.linkId !== link.id) continue;
      const s = stats.get(p.arm) ?? { visits: 0, conversions: 0 };
      stats.set(p.arm, { ...s, visits: s.visits + p.n });
    }
    this.entries.set(link.id, { stats, until: Date.now() + TTL_MS });
    return stats;
  }

  /** The cached numbers if fresh, without waiting. */
  peek(linkId: string): Map<string, ArmStats> | undefined {
    const hit = this.entries.get(linkId);
    return hit && hit.until > Date.now() ? hit.stats : undefined;
  }

  countVisit(linkId: string, arm: string): void {
    const key = `${linkId}|${arm}`;
    const p = this.pending.get(key);
    if (p) p.n++;
    else this.pending.set(key, { linkId, arm, n: 1 });
    const cached = this.entries.get(linkId)?.stats.get(arm);
    if (cached) cached.visits++;
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    try {
      await statsRepository.addArmVisits(this.db, batch);
    } catch (error) {
      for (const v of batch) {
        const key = `${v.linkId}|${v.arm}`;
        const p = this.pending.get(key);
        if (p) p.n += v.n;
        else this.pending.set(key, v);
      }
      throw error;
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
