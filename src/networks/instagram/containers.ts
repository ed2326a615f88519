/**
 * Instagram's container flow (https://developers.facebook.com/docs/instagram-platform/content-publishing):
 * 1. `GET /{ig-user-id}/content_publishing_limit` — refuse before any work when the 24-hour quota is spent;
 * 2. `POST /{ig-user-id}/media` — one container per image (`image_url`) or Reel (`media_type=REELS`, `video_url`);
 *    for a carousel one per item with `is_carousel_item=true`, then a `media_type=CAROUSEL` container with `children`;
 * 3. `GET /{container-id}?fields=status_code` until FINISHED (IN_PROGRESS while Instagram fetches and processes);
 * 4. `POST /{ig-user-id}/media_publish` with `creation_id`.
 * Instagram fetches every file from its URL, so containers get the signed media URLs.
 */
import { NetworkError, type MediaForNetwork, type PublicationContent, type PublishedRef } from '../connector.js';
import { defaultSleep } from '../poll.js';
import { parseGraph, type GraphClient } from '../meta/graph.js';
import { containerStatusSchema, createdSchema, mediaSchema, publishingLimitSchema } from './mapping.js';

export interface ContainerPollOptions {
  /** First wait between status checks (default 2 s); grows by half each time, up to 15 s. */
  pollIntervalMs?: number;
  /** Give up (transient: the publisher retries later) after this long; default 5 minutes. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}


/** Reads the rolling 24-hour quota and refuses, with the numbers, when it is used up. */
export async function checkPublishingQuota(graph: GraphClient, igUserId: string): Promise<{ used: number; total: number | null }> {
  const response = await graph.get(`/${encodeURIComponent(igUserId)}/content_publishing_limit`, { fields: 'quota_usage,config' });
  const limit = parseGraph(publishingLimitSchema, response.body, 'the publishing limit', 'instagram').data[0];
  const used = limit?.quota_usage ?? 0;
  const total = limit?.config?.quota_total ?? null;
  if (total !== null && used >= total) {
    const hours = Math.round((limit?.config?.quota_duration ?? 86_400) / 3600);
    throw new NetworkError(
      'rejected',
      `Instagram allows ${total} posts through its API per ${hours} hours and this account has published ${used}. Publish this post later or from the Instagram app.`,
      { network: 'instagram' },
    );
  }
  return { used, total };
}

function itemParams(media: MediaForNetwork, inCarousel: boolean): Record<string, string | boolean> {
  if (media.mimeType.startsWith('video/')) {
    // Single feed videos are published as Reels since July 2023; in a carousel an item is a VIDEO.
    return { media_type: inCarousel ? 'VIDEO' : 'REELS', video_url: media.url, ...(inCarousel ? { is_carousel_item: true } : {}) };
  }
  return {
    image_url: media.url,
    ...(inCarousel ? { is_carousel_item: true } : {}),
    // `alt_text` is accepted on image containers (not Reels or stories).
    ...(media.altText.trim() ? { alt_text: media.altText } : {}),
  };
}

async function createContainer(graph: GraphClient, igUserId: string, params: Record<string, string | boolean | undefined>): Promise<string> {
  const response = await graph.post(`/${encodeURIComponent(igUserId)}/media`, params);
  return parseGraph(createdSchema, response.body, 'the new container', 'instagram').id;
}

/** Waits until a container is FINISHED (or already PUBLISHED); ERROR is rejected with Instagram's reason. */
export async function waitUntilFinished(graph: GraphClient, containerId: string, options: ContainerPollOptions = {}): Promise<'FINISHED' | 'PUBLISHED'> {
  const sleep = options.sleep ?? defaultSleep;
  const deadline = Date.now() + (options.maxWaitMs ?? 5 * 60_000);
  let wait = options.pollIntervalMs ?? 2000;
  for (;;) {
    const response = await graph.get(`/${encodeURIComponent(containerId)}`, { fields: 'status_code,status' });
    const container = parseGraph(containerStatusSchema, response.body, 'the container status', 'instagram');
    switch (container.status_code) {
      case 'FINISHED':
      case 'PUBLISHED':
        return container.status_code;
      case 'ERROR':
        throw new NetworkError('rejected', `Instagram could not process the media: ${container.status ?? 'no reason given'}.`, { network: 'instagram' });
      case 'EXPIRED':
        // Containers live 24 hours; the next attempt makes a new one.
        throw new NetworkError('transient', 'The Instagram media container expired before it was published; Chorus will prepare it again.', {
          network: 'instagram',
        });
      case 'IN_PROGRESS':
        break;
    }
    if (Date.now() + wait > deadline) {
      throw new NetworkError('transient', 'Instagram is still processing the media; Chorus will try again later.', { network: 'instagram' });
    }
    await sleep(wait);
    wait = Math.min(Math.round(wait * 1.5), 15_000);
  }
}

/** Steps 2 and 3: the container to publish, ready. */
export async function prepareContainer(
  graph: GraphClient,
  igUserId: string,
  content: PublicationContent,
  options: ContainerPollOptions = {},
): Promise<string> {
  const caption = content.text.trim() ? content.text : undefined;
  const [only] = content.media;
  if (content.media.length === 1 && only) {
    const id = await createContainer(graph, igUserId, { ...itemParams(only, false), caption });
    await waitUntilFinished(graph, id, options);
    return id;
  }
  const children: string[] = [];
  for (const media of content.media) children.push(await createContainer(graph, igUserId, itemParams(media, true)));
  // Every item must be processed before the carousel container can reference it.
  for (const child of children) await waitUntilFinished(graph, child, options);
  const id = await createContainer(graph, igUserId, { media_type: 'CAROUSEL', children: children.join(','), caption });
  await waitUntilFinished(graph, id, options);
  return id;
}

/** The whole flow: quota, containers, publish, permalink. */
export async function publishToInstagram(
  graph: GraphClient,
  igUserId: string,
  content: PublicationContent,
  options: ContainerPollOptions = {},
): Promise<PublishedRef> {
  if (content.media.length === 0) {
    throw new NetworkError('rejected', 'Instagram posts need at least one image or video.', { network: 'instagram' });
  }
  await checkPublishingQuota(graph, igUserId);
  const creationId = await prepareContainer(graph, igUserId, content, options);
  const response = await graph.post(`/${encodeURIComponent(igUserId)}/media_publish`, { creation_id: creationId });
  const mediaId = parseGraph(createdSchema, response.body, 'the published media', 'instagram').id;
  try {
    const media = parseGraph(mediaSchema, (await graph.get(`/${encodeURIComponent(mediaId)}`, { fields: 'id,permalink' })).body, 'the media', 'instagram');
    return { externalId: mediaId, url: media.permalink ?? '' };
  } catch {
    // The post exists; a missing permalink must not make the publisher post it again.
    return { externalId: mediaId, url: '' };
  }
}
