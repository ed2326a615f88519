/**
 * The variant of an experiment's publication, picked when its publish job runs: Thompson sampling over what the
 * network's variants have measured by then (their published publications' latest metrics and clicks), so each pick
 * uses everything known at that moment. The pick is written, with its draws and figures, before the network is
 * called, and the publication's text and media become the variant's; a retried or reconciled attempt keeps the
 * variant it was given. Publications that are no experiment's cost nothing here (no query).
 */
import type { AppContext } from '../../core/context.js';
import type { ChannelRow } from '../channels/repository.js';
import { contentForChannel } from '../posts/content.js';
import { postsRepository, type PublicationRow } from '../posts/repository.js';
import { trackAll } from '../posts/service.js';
import { pickVariant, variantContent } from './allocation.js';
import { measuredFigures, statsOf } from './report.js';
import { experimentsRepository } from './repository.js';

export async function experimentContentAtPublish(ctx: AppContext, pub: PublicationRow, channel: ChannelRow, random: () => number = Math.random): Promise<PublicationRow> {
  if (pub.experiment_slot === null) return pub;
  return ctx.database.db.transaction().execute(async (trx) => {
    const run = await experimentsRepository.publicationForUpdate(trx, pub.id);
    if (!run || run.variant_id !== null) return pub;
    const experiment = await experimentsRepository.find(trx, run.experiment_id);
    const post = await postsRepository.findPost(trx, pub.workspace_id, pub.post_id);
    const variants = (await experimentsRepository.variantsOf(trx, run.experiment_id)).filter((v) => v.network === pub.network);
    if (!experiment || !post || variants.length === 0) return pub;
    const figures = await measuredFigures(trx, experiment, await experimentsRepository.publicationsOf(trx, experiment.id));
    const { variantId, reason } = pickVariant(statsOf(variants, figures, experiment), random);
    await experimentsRepository.recordPick(trx, pub.id, variantId, reason);
    const base = contentForChannel({ text: post.text, mediaIds: post.media_ids, variants: post.variants }, channel);
    const content = variantContent(base, variants.find((v) => v.id === variantId)!);
    const updated = await postsRepository.setPublicationContent(trx, pub.id, content.text, content.mediaIds);
    const [tracked] = await trackAll(ctx, trx, post, [updated], post.author_id);
    return tracked!;
  });
}
