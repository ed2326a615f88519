/**
 * The Bluesky connector as the registry holds it: its limits and checks (rules.ts) are at hand, and the connector
 * itself, with @atproto/api, loads on the first call that talks to a PDS. @atproto/api was the largest module a
 * start loaded (~0.4 s of CPU, bench/RESULTS.md), for a network many installations never use or use later.
 *
 * @example
 *   registry.register(createLazyBlueskyConnector({ service: 'https://bsky.social' }));
 */
import type { Connector } from '../connector.js';
import type { BlueskyConnectorOptions } from './index.js';
import { blueskyLimits, validateBluesky } from './rules.js';

export function createLazyBlueskyConnector(options: BlueskyConnectorOptions): Connector {
  let loading: Promise<Connector> | undefined;
  const load = () => (loading ??= import('./index.js').then((module) => module.createBlueskyConnector(options)));
  return {
    network: 'bluesky',
    limits: (stored) => blueskyLimits(stored),
    validate: (content, limits) => validateBluesky(content, limits),
    connect: async (input) => (await load()).connect(input),
    publish: async (ctx, content, idempotencyKey) => (await load()).publish(ctx, content, idempotencyKey),
    reply: async (ctx, toExternalId, content, idempotencyKey) => (await load()).reply(ctx, toExternalId, content, idempotencyKey),
    findPublished: async (ctx, idempotencyKey, content) => (await load()).findPublished(ctx, idempotencyKey, content),
    delete: async (ctx, externalId) => (await load()).delete(ctx, externalId),
    fetchMetrics: async (ctx, externalIds) => (await load()).fetchMetrics(ctx, externalIds),
    fetchEngagement: async (ctx, since) => (await load()).fetchEngagement(ctx, since),
    search: async (ctx, query, since) => (await load()).search!(ctx, query, since),
    refreshCredentials: async (ctx) => (await load()).refreshCredentials(ctx),
  };
}
