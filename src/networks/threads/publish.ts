/**
 * Publishing on Threads is two or three steps (developers.facebook.com/docs/threads/posts): create a media container
 * (`POST /{user-id}/threads`), wait until Threads has fetched and processed the media (`GET /{container-id}?fields=
 * status,error_message`, developers.facebook.com/docs/threads/troubleshooting), then `POST /{user-id}/threads_publish`
 * with `creation_id`. A carousel first needs one container per item (`is_carousel_item=true`).
 *
 * Threads fetches media itself, so images and videos go as the signed URL Chorus gives (`MediaForNetwork.url`).
 */
import { NetworkError, type MediaForNetwork, type PublicationContent } from '../connector.js';
import { pollUntil, type PollPolicy } from '../poll.js';
import { parse, type ThreadsClient } from './client.js';
import { containerStatusSchema, idSchema, publishingLimitSchema } from './mapping.js';

export interface PollOptions {
  /** First wait between status checks; doubles up to 60 s (the docs suggest checking once a minute). */
  pollIntervalMs?: number;
  /** Give up (transient) after this long: the docs advise polling "for no more than 5 minutes". */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** When the quota is used up we don't know when its oldest post leaves the 24-hour window; an hour is a fair first wait. */
const QUOTA_RETRY_MS = 60 * 60_000;

/**
 * Checks the documented publishing quota before creating anything (250 posts and 1,000 replies per 24 hours,
 * `GET /{user-id}/threads_publishing_limit`, developers.facebook.com/docs/threads/overview#rate-limiting), so a full
 * quota is a clear `rate_limited` instead of a half-made container.
 */
export async function assertQuota(client: ThreadsClient, userId: string, isReply: boolean): Promise<void> {
  const body = await client.request('GET', `/${encodeURIComponent(userId)}/threads_publishing_limit`, {
    query: { fields: 'quota_usage,config,reply_quota_usage,reply_config' },
  });
  const limit = parse(publishingLimitSchema, body, 'the publishing limit').data[0];
  if (!limit) return;
  const [used, config, what] = isReply ? [limit.reply_quota_usage, limit.reply_config, 'replies'] : [limit.quota_usage, limit.config, 'posts'];
  if (used === undefined || !config || used < config.quota_total) return;
  const hours = Math.round(config.quota_duration / 3600);
  throw new NetworkError(
    'rate_limited',
    `This Threads account has published its ${config.quota_total} ${what} allowed in ${hours} hours through the API; Chorus will try again in an hour.`,
    { network: 'threads', retryAfterMs: QUOTA_RETRY_MS },
  );
}

function mediaFields(media: MediaForNetwork): Record<string, string | undefined> {
  const isVideo = media.mimeType.startsWith('video/');
  return {
    media_type: isVideo ? 'VIDEO' : 'IMAGE',
    [isVideo ? 'video_url' : 'image_url']: media.url,
    alt_text: media.altText.trim() || undefined,
  };
}

async function createContainer(client: ThreadsClient, userId: string, form: Record<string, string | undefined>): Promise<string> {
  const body = await client.request('POST', `/${encodeURIComponent(userId)}/threads`, { form });
  return parse(idSchema, body, 'the new media container').id;
}

/** The docs suggest checking once a minute, for no more than 5 minutes; the first check comes after 5 s. */
const CONTAINER_PROCESSING: PollPolicy = {
  network: 'threads',
  stillBusy: 'Threads is still processing the media; Chorus will try again later.',
  firstWaitMs: 5_000,
  maxWaitMs: 60_000,
  deadlineMs: 5 * 60_000,
};

/** Waits until a container is FINISHED; ERROR and EXPIRED are refusals with Threads' reason. */
export async function waitUntilReady(client: ThreadsClient, containerId: string, options: PollOptions = {}): Promise<void> {
  const isReady = async (): Promise<boolean> => {
    const body = await client.request('GET', `/${encodeURIComponent(containerId)}`, { query: { fields: 'status,error_message' } });
    const { status, error_message: reason } = parse(containerStatusSchema, body, 'the container status');
    if (status === 'ERROR') {
      throw new NetworkError('rejected', `Threads could not process the media${reason ? ` (${reason})` : ''}. Check the file against Threads' media specifications.`, {
        network: 'threads',
      });
    }
    if (status === 'EXPIRED') {
      // Containers live 24 hours; a fresh attempt makes a new one.
      throw new NetworkError('transient', 'The Threads media container expired before it was published; Chorus will make a new one.', { network: 'threads' });
    }
    return status === 'FINISHED' || status === 'PUBLISHED';
  };
  await pollUntil(isReady, CONTAINER_PROCESSING, { ...options, maxProcessingMs: options.maxWaitMs });
}

/** Creates the container(s) for `content` and returns the one to publish. */
async function buildContainer(client: ThreadsClient, userId: string, content: PublicationContent, poll: PollOptions): Promise<string> {
  const common = { text: content.text || undefined, reply_to_id: content.inReplyTo };
  const [only] = content.media;
  if (content.media.length === 0) return createContainer(client, userId, { media_type: 'TEXT', ...common });
  if (content.media.length === 1 && only) return createContainer(client, userId, { ...mediaFields(only), ...common });
  const children: string[] = [];
  // One at a time, in order: the carousel shows items in the order of `children`.
  for (const media of content.media) {
    children.push(await createContainer(client, userId, { ...mediaFields(media), is_carousel_item: 'true' }));
  }
  for (const child of children) await waitUntilReady(client, child, poll);
  return createContainer(client, userId, { media_type: 'CAROUSEL', children: children.join(','), ...common });
}

/** Publishes `content` (a reply when `content.inReplyTo` is set) and returns the new media id. */
export async function publishThread(client: ThreadsClient, userId: string, content: PublicationContent, poll: PollOptions = {}): Promise<string> {
  await assertQuota(client, userId, content.inReplyTo !== undefined);
  const creationId = await buildContainer(client, userId, content, poll);
  await waitUntilReady(client, creationId, poll);
  const body = await client.request('POST', `/${encodeURIComponent(userId)}/threads_publish`, { form: { creation_id: creationId } });
  return parse(idSchema, body, 'the published post').id;
}
