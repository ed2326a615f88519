/**
 * Publishes publications exactly once, a batch of jobs at a time.
 *
 * 1. Claim (claim.ts, one transaction for the whole batch): skip stale or finished work, hold what needs a
 *    reconnect, take tokens from the channels' rate buckets, and record each attempt (status `publishing`, a lease)
 *    BEFORE the network is called.
 * 2. Call the networks, all of the batch at once (the job loop bounds how many are in flight per worker). If a
 *    publication was already `publishing` when claimed, an earlier attempt may have reached the network before its
 *    worker died: ask the network first (`findPublished`) instead of posting again. The idempotency key sent with
 *    every attempt guards the same on the network's side.
 * 3. Record the outcomes (outcomes.ts), one statement per kind: published; retry later (429/5xx: backoff with
 *    jitter, honouring Retry-After and rate-limit headers); held (credentials stopped working: the channel is marked
 *    needs_reconnect, nothing is dropped); or failed with the network's own message (a 4xx that cannot succeed).
 *    One publication's failure never costs the others of its batch.
 */
import type { AppContext } from '../../core/context.js';
import type { BatchControl } from '../../core/jobs.js';
import { NetworkError, type AudienceTargeting, type MediaForNetwork, type PublishedRef } from '../../networks/connector.js';
import { channelContext } from '../channels/service.js';
import { experimentContentAtPublish } from '../experiments/publish.js';
import { mediaRepository } from '../media/repository.js';
import { mediaForChannel } from '../media/renditions.js';
import { segmentsRepository } from '../segments/repository.js';
import { linkCardFor } from '../share-preview/service.js';
import { resolveSegmentAt } from '../segments/service.js';
import { claimBatch, type Claimed, type PublishRequest } from './claim.js';
import { recordOutcomes, type Attempt } from './outcomes.js';
import { publishingRepository } from './repository.js';

export { backoffMs, MAX_ATTEMPTS } from './outcomes.js';

/**
 * Jobs handed to the publisher at once by a worker, at most its concurrency. The benchmark (10,000 due at once, 50 in
 * flight per worker, 2 cores) measured batches of 13, 25, 40 and 50 with the next batch claimed ahead: the largest
 * did best with two workers (fewer statements per publication), see bench/RESULTS.md of 2026-12-06.
 */
export const PUBLISH_BATCH_SIZE = 50;

/**
 * The publish jobs' handler. Never throws for network outcomes: they are recorded on the publications. With the job
 * loop's `control`, the batch is claimed while earlier batches are still on the network, takes its slots only for
 * the network calls (freed as soon as the network has answered, while the outcomes are recorded), and its jobs are
 * completed in the same transaction as its outcomes.
 */
export async function runPublishBatch(ctx: AppContext, requests: PublishRequest[], control?: BatchControl): Promise<void> {
  const claimed = await claimBatch(ctx, requests);
  if (claimed.length === 0) return;
  // Claimed ahead of its slots: the network calls wait for them (the job loop bounds how many are in flight).
  await control?.begin();
  const attempts = await Promise.all(claimed.map((c) => attempt(ctx, c)));
  control?.release();
  await recordOutcomes(ctx, attempts, control ? (trx) => control.complete(trx) : undefined);
}

/** One publish job (tests, and anything that wants a single publication out now). */
export async function runPublish(ctx: AppContext, job: PublishRequest): Promise<void> {
  await runPublishBatch(ctx, [job]);
}

async function attempt(ctx: AppContext, claimed: Claimed): Promise<Attempt> {
  try {
    // An experiment's publication takes its variant now, from what its variants have measured so far.
    claimed = { ...claimed, pub: await experimentContentAtPublish(ctx, claimed.pub, claimed.channel) };
    return { claimed, ref: await callNetwork(ctx, claimed), at: new Date() };
  } catch (error) {
    return { claimed, error };
  }
}

/**
 * A segment's audience for a network that targets organic posts, resolved now: "hot now" is the countries hot in the
 * month the post goes out, not when it was written (the save-time check used its due date, which is the same month
 * unless the post was held or retried across one). Null for default publications and networks without targeting.
 */
async function audienceOf(ctx: AppContext, { pub, channel, connector }: Claimed): Promise<AudienceTargeting | null> {
  if (!pub.segment_id || !connector.nativeTargeting) return null;
  const segment = await segmentsRepository.find(ctx.database.db, pub.workspace_id, pub.segment_id);
  // The foreign key is ON DELETE RESTRICT: the segment exists while a publication names it.
  if (!segment) throw new NetworkError('rejected', 'The segment of this variant no longer exists.');
  const { audience } = resolveSegmentAt(segment, new Date());
  if (audience.countries?.length === 0) {
    throw new NetworkError('rejected', `No country matches "${segment.name}" now, so ${pub.network} would show this variant to everyone; it was not sent.`);
  }
  // Kept on the publication: which countries "hot now" meant when it went out.
  await publishingRepository.setTargeting(ctx.database.db, pub.id, connector.nativeTargeting(audience, channel.limits).parameters);
  return audience;
}

async function callNetwork(ctx: AppContext, claimed: Claimed): Promise<PublishedRef> {
  const { pub, channel, connector, reconcile } = claimed;
  const chCtx = channelContext(ctx, channel);
  const media: MediaForNetwork[] = [];
  if (pub.media_ids.length > 0) {
    const mediaRows = await mediaRepository.findMany(ctx.database.db, pub.workspace_id, pub.media_ids);
    const ordered = pub.media_ids.flatMap((id) => mediaRows.filter((m) => m.id === id));
    // Never publish a post without a file it was written with (deleting media a post will send is refused, but a
    // row removed by hand must not make a picture silently disappear).
    if (ordered.length < pub.media_ids.length) {
      throw new NetworkError('rejected', 'A file attached to this post no longer exists. Attach it again, then retry.');
    }
    // Images the network would refuse as uploaded are converted once and sent as their rendition; one at a time,
    // as a conversion holds the whole image in memory.
    const limits = connector.limits(channel.limits);
    for (const m of ordered) media.push(await mediaForChannel(ctx, m, limits));
  }
  const audience = await audienceOf(ctx, claimed);
  // A network that shows a link's card only when the post carries it gets one built from the linked page.
  const linkCard = connector.linkCards && media.length === 0 ? await linkCardFor(ctx, pub.workspace_id, pub.text) : null;
  const content = { text: pub.text, media, options: pub.options, ...(audience && { audience }), ...(linkCard && { linkCard }) };
  const found = reconcile ? await connector.findPublished(chCtx, pub.idempotency_key, content) : null;
  if (found) ctx.log.info({ publicationId: pub.id }, 'found the publication already on the network after an interrupted attempt');
  return found ?? (await connector.publish(chCtx, content, pub.idempotency_key));
}
