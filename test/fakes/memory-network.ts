/**
 * An in-process network for the publisher's own tests and the benchmark: it keeps posts in memory, honours
 * idempotency keys like Mastodon does, and can be told to answer 429, 5xx, an auth failure or a refusal, or to
 * "crash" after posting. Real networks are tested in test/peers (Bluesky dev-env, snac2).
 */
import type { Connector, NetworkLimits, PublicationContent, PublishedRef } from '../../src/networks/connector.js';
import { NetworkError } from '../../src/networks/connector.js';
import { validateCommon } from '../../src/networks/validate.js';

export const MEMORY_LIMITS: NetworkLimits = {
  maxGraphemes: 300,
  maxBytes: 3000,
  maxImages: 4,
  maxImageBytes: 1_000_000,
  maxVideos: 1,
  maxVideoBytes: 50_000_000,
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  acceptedVideoTypes: ['video/mp4'],
  rate: { requests: 1000, perSeconds: 1 },
};

export type Failure = 'rate_limited' | 'transient' | 'auth' | 'rejected';

export interface MemoryPost {
  id: string;
  account: string;
  text: string;
  key: string;
  mediaCount: number;
  /** The network-specific options the publisher passed. */
  options: Record<string, unknown>;
}

export class MemoryNetwork {
  readonly posts: MemoryPost[] = [];
  /** Every publish call, including refused ones. */
  calls = 0;
  latencyMs = 0;
  /** Failures to answer, in order, before succeeding again. */
  failures: Failure[] = [];
  retryAfterMs = 50;
  limits: NetworkLimits = MEMORY_LIMITS;

  connector(network: 'bluesky' | 'mastodon' = 'bluesky'): Connector {
    const self = this;
    const find = (key: string): PublishedRef | null => {
      const post = self.posts.find((p) => p.key === key);
      return post ? { externalId: post.id, url: `https://memory.test/${post.id}` } : null;
    };
    return {
      network,
      async connect(input) {
        const name = input.identifier ?? input.accessToken ?? 'someone';
        if ((input.appPassword ?? input.accessToken) === 'wrong') throw new NetworkError('auth', 'Invalid identifier or password');
        return {
          externalId: `acct-${name}`,
          handle: name,
          displayName: `Account ${name}`,
          avatarUrl: null,
          serviceUrl: input.service ?? input.instanceUrl ?? null,
          credentials: { token: `token-${name}` },
          limits: self.limits,
        };
      },
      limits: () => self.limits,
      validate: (content: PublicationContent, limits: NetworkLimits) => [
        ...validateCommon(content, limits, 'Memory'),
        // One option this network understands, so tests can see options reach the connector's checks.
        ...(content.options?.['audience'] !== undefined && !['everyone', 'followers'].includes(String(content.options['audience']))
          ? [{ rule: 'invalid_option', field: 'options.audience', message: 'Memory posts go to "everyone" or "followers".' }]
          : []),
      ],
      async publish(ctx, content, key) {
        self.calls++;
        if (self.latencyMs) await new Promise((r) => setTimeout(r, self.latencyMs));
        const failure = self.failures.shift();
        if (failure === 'rate_limited') throw new NetworkError('rate_limited', 'Rate limit exceeded', { status: 429, retryAfterMs: self.retryAfterMs });
        if (failure === 'transient') throw new NetworkError('transient', 'Upstream returned 503', { status: 503 });
        if (failure === 'auth') throw new NetworkError('auth', 'Token has been revoked', { status: 401 });
        if (failure === 'rejected') throw new NetworkError('rejected', 'Text contains a banned word', { status: 422 });
        const existing = find(key);
        if (existing) return existing; // Idempotency-Key semantics: the same key returns the same post.
        const id = `m${self.posts.length + 1}`;
        self.posts.push({ id, account: ctx.externalId, text: content.text, key, mediaCount: content.media.length, options: content.options ?? {} });
        return { externalId: id, url: `https://memory.test/${id}` };
      },
      async findPublished(_ctx, key) {
        return find(key);
      },
      async delete(_ctx, externalId) {
        const i = self.posts.findIndex((p) => p.id === externalId);
        if (i < 0) throw new NetworkError('not_found', 'No such post');
        self.posts.splice(i, 1);
      },
      fetchMetrics: async (_ctx, ids) => ids.map((externalId) => ({ externalId, likes: 0, reposts: 0, replies: 0, quotes: 0, views: null, fetchedAt: new Date() })),
      fetchEngagement: async () => [],
      async reply(ctx, _to, content, key) {
        return this.publish(ctx, content, key);
      },
      refreshCredentials: async () => null,
    };
  }

  countByKey(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const p of this.posts) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
    return counts;
  }
}
