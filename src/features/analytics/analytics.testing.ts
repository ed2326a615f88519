/** Test fixtures for analytics: a published post with one publication, written straight to the tables. */
import type { Queryable } from '../../db/database.js';
import type { PostMetrics } from '../../networks/connector.js';

export interface SeededPublication {
  postId: string;
  publicationId: string;
}

/** A published post on one channel of the workspace, as the publisher leaves it. */
export async function seedPublication(
  db: Queryable,
  at: { workspaceId: string; channelId: string; publishedAt: Date; text?: string; network?: string },
): Promise<SeededPublication> {
  const post = await db
    .insertInto('posts')
    .values({ workspace_id: at.workspaceId, text: at.text ?? 'Measured post', status: 'published', media_ids: '[]', variants: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const publication = await db
    .insertInto('publications')
    .values({
      workspace_id: at.workspaceId,
      post_id: post.id,
      channel_id: at.channelId,
      network: at.network ?? 'bluesky',
      text: at.text ?? 'Measured post',
      status: 'published',
      published_at: at.publishedAt,
      external_id: `ext-${post.id}`,
      external_url: `https://bsky.app/profile/test/post/${post.id.slice(0, 8)}`,
      idempotency_key: post.id,
      media_ids: '[]',
      options: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { postId: post.id, publicationId: publication.id };
}

/** A metrics answer as a connector gives it: counts not named are absent (null). */
export function metricsAt(fetchedAt: string, counts: Partial<Omit<PostMetrics, 'externalId' | 'fetchedAt'>>): PostMetrics {
  return { externalId: 'x', likes: 0, reposts: 0, replies: 0, quotes: null, views: null, ...counts, fetchedAt: new Date(fetchedAt) };
}
