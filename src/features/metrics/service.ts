/** Reading publications' metrics series for a post (collection is in jobs.ts). */
import type { AppContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { collectRepository } from '../collect/repository.js';
import { statsRepository } from '../links/stats-repository.js';
import { postsRepository } from '../posts/repository.js';
import { segmentsRepository } from '../segments/repository.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { metricsRepository, type MetricsPoint } from './repository.js';
import { segmentResults } from './segment-results.js';

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

/**
 * The post's results per segment variant (and for everyone else), summed over each variant's publications: latest
 * metrics, clicks on their links, conversions and shares they brought; `best` by engagement rate, then clicks.
 */
export async function postSegmentResults(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  const db = ctx.database.db;
  const post = isUuid(postId) ? await postsRepository.findPost(db, access.workspaceId, postId) : undefined;
  if (!post) throw notFound('Post');
  const publications = await postsRepository.publicationsOf(db, [post.id]);
  const ids = publications.map((p) => p.id);
  const segmentIds = [...new Set(publications.flatMap((p) => p.segment_id ?? []))];
  const [latest, clicks, conversions, shareNodes, segments] = await Promise.all([
    metricsRepository.latestOf(db, ids),
    statsRepository.clicksByPublication(db, access.workspaceId, ids),
    collectRepository.conversionsByPublication(db, access.workspaceId, post.id),
    collectRepository.shareNodesOfPost(db, access.workspaceId, post.id),
    segmentsRepository.findMany(db, access.workspaceId, segmentIds),
  ]);
  const segmentNames = new Map(segments.map((s) => [s.id, s.name]));
  return { segments: segmentResults({ publications, latest, clicks, conversions, shareNodes, segmentNames }), metric: 'engagementRate' as const };
}
