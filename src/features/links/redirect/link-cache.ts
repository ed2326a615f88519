/**
 * Links by code, kept in memory for a few seconds so the hot path rarely touches the database. Edits take effect
 * within TTL_MS everywhere (several redirector processes each have their own cache). Unknown codes are remembered
 * briefly too, so a scan of random codes does not become a database load. Bounded: the oldest entries go first.
 */
import type { LinkRow } from '../repository.js';

const TTL_MS = 10_000;
const MISS_TTL_MS = 2_000;
const MAX_ENTRIES = 100_000;

interface Entry {
  link: LinkRow | undefined;
  until: number;
}

export class LinkCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<LinkRow | undefined>>();

  constructor(private readonly load: (code: string) => Promise<LinkRow | undefined>) {}

  async get(code: string): Promise<LinkRow | undefined> {
    const now = Date.now();
    const hit = this.entries.get(code);
    if (hit && hit.until > now) return hit.link;
    let pending = this.loading.get(code);
    if (!pending) {
      // One database read per code at a time, however many visitors arrive together.
      pending = this.load(code).finally(() => this.loading.delete(code));
      this.loading.set(code, pending);
      const link = await pending;
      this.entries.delete(code);
      this.entries.set(code, { link, until: Date.now() + (link ? TTL_MS : MISS_TTL_MS) });
      if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      return link;
    }
    return pending;
  }

  /** Without waiting: the link (or undefined for a known-missing code) when cached and fresh, else null. */
  peek(code: string): LinkRow | undefined | null {
    const hit = this.entries.get(code);
    return hit && hit.until > Date.now() ? hit.link : null;
  }

  forget(code: string): void {
    this.entries.delete(code);
  }
}
