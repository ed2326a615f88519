/**
 * Listening on a Mastodon-compatible instance: each hashtag through the tag timeline
 * (`GET /api/v1/timelines/tag/:hashtag`, public on Mastodon) and each keyword through full-text search
 * (`GET /api/v2/search?type=statuses`, which Mastodon answers only where the instance runs its search index, and
 * then only for posts the searcher may find). Mastodon has no operators to combine terms, so every term is one
 * request and the results are merged; exclusions and languages are applied by the listening feature.
 */
import { z } from 'zod';
import type { ChannelContext, EngagementItem, SearchQuery } from '../connector.js';
import type { MastodonClient } from './client.js';
import { fullHandle, htmlToText, parse, statusSchema, type MastodonStatus } from './mapping.js';

/** Both endpoints answer at most 40 statuses per page (Mastodon API docs: timelines/tag and search `limit`). */
const PAGE = 40;

export async function searchMastodon(client: MastodonClient, ctx: ChannelContext, query: SearchQuery, since: Date | null): Promise<EngagementItem[]> {
  const found = new Map<string, EngagementItem>();
  const keep = (statuses: MastodonStatus[]) => {
    for (const status of statuses) {
      const item = listeningItem(status, client.host);
      if (since && item.createdAt <= since) continue;
      if (status.account.id === ctx.externalId) continue;
      found.set(item.externalId, item);
    }
  };
  for (const tag of query.hashtags) {
    const response = await client.get(`/api/v1/timelines/tag/${encodeURIComponent(tag)}`, { query: { limit: PAGE } });
    keep(parse(z.array(statusSchema), response.body, `the #${tag} timeline`, client.host));
  }
  for (const keyword of query.keywords) {
    const response = await client.get('/api/v2/search', { query: { q: keyword, type: 'statuses', limit: PAGE, resolve: false } });
    keep(parse(z.object({ statuses: z.array(statusSchema).default([]) }), response.body, 'the search results', client.host).statuses);
  }
  return [...found.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function listeningItem(status: MastodonStatus, instanceHost: string): EngagementItem {
  return {
    kind: 'listening',
    externalId: status.id,
    inReplyTo: null,
    author: {
      externalId: status.account.id,
      handle: fullHandle(status.account.acct, instanceHost),
      displayName: status.account.display_name || status.account.username,
      avatarUrl: status.account.avatar ?? null,
    },
    text: htmlToText(status.content).trim() || (status.text ?? ''),
    url: status.url ?? status.uri ?? null,
    createdAt: new Date(status.created_at),
    ...(status.language ? { languages: [status.language] } : {}),
  };
}
