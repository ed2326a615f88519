/** Reading publications' metrics series for a post (collection is in jobs.ts). */
import type { AppContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { postsRepository } from '../posts/repository.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { metricsRepository, type MetricsPoint } from './repository.js';

function publicPoint(p: MetricsPoint) {
  return {
    fetchedAt: p.fetched_at.toISOString(),
    likes: p.likes,
    reposts: p.reposts,
    replies: p.replies,
    quotes: p.quotes,
    views: p.views,
    impressions: p.impressions,
    reach: p.reach,
    saves: p.saves,
    linkClicks: p.link_clicks,
  };
}

/** Each publication of the post with its series, oldest point first; `latest` is the last point. */
export async function postMetrics(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  const db = ctx.database.db;
  const post = isUuid(postId) ? await postsRepository.findPost(db, access.workspaceId, postId) : undefined;
  if (!post) throw notFound('Post');
  const publications = await postsRepository.publicationsOf(db, [post.id]);
  const points = await metricsRepository.seriesOf(
    db,
    publications.map((p) => p.id),
  );
  return {
    postId: post.id,
    publications: publications.map((p) => {
      const series = points.filter((m) => m.publication_id === p.id).map(publicPoint);
      return {
        publicationId: p.id,
        channelId: p.channel_id,
        network: p.network,
        status: p.status,
        externalUrl: p.external_url,
        publishedAt: p.published_at?.toISOString() ?? null,
        latest: series.at(-1) ?? null,
        series,
      };
    }),
  };
}
