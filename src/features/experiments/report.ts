/**
 * What an experiment has measured: per network, each variant's publications and figures (latest metrics of its
 * published publications, clicks on their tracked links), its rate, its probability of being the best (Monte Carlo
 * over the Beta posteriors, as the link A/B report does) and its lift over the network's first variant; and per
 * publication, the variant it used and why. The publish step reads the same figures to pick (`measuredStats`).
 */
import type { AppContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import { statsRepository } from '../links/stats-repository.js';
import { metricsRepository } from '../metrics/repository.js';
import { postsRepository } from '../posts/repository.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { betaStats, figuresByVariant, verdicts, type VariantFigures } from './allocation.js';
import { experimentsRepository, type ExperimentPublicationRow, type ExperimentRow, type VariantRow } from './repository.js';

/** Figures of every variant of the experiment, from its published publications. */
export async function measuredFigures(db: Queryable, experiment: ExperimentRow, runs: ExperimentPublicationRow[]): Promise<Map<string, VariantFigures>> {
  const publications = await postsRepository.publicationsOf(db, [experiment.post_id]);
  const published = new Set(publications.filter((p) => p.status === 'published').map((p) => p.id));
  const used = runs.flatMap((r) => (r.variant_id && published.has(r.publication_id) ? [{ publicationId: r.publication_id, variantId: r.variant_id }] : []));
  const ids = used.map((u) => u.publicationId);
  const [latest, clicks] = await Promise.all([metricsRepository.latestOf(db, ids), statsRepository.clicksByPublication(db, experiment.workspace_id, ids)]);
  return figuresByVariant(used, latest, clicks);
}

/** The Beta posteriors' inputs of one network's variants, baseline first. */
export function statsOf(variants: VariantRow[], figures: Map<string, VariantFigures>, experiment: ExperimentRow) {
  return variants.map((v) => betaStats(v.id, figures.get(v.id), experiment.metric));
}

export async function experimentReport(ctx: AppContext, access: WorkspaceAccess, postId: string, experimentId?: string) {
  const db = ctx.database.db;
  const post = isUuid(postId) ? await postsRepository.findPost(db, access.workspaceId, postId) : undefined;
  const experiment = post ? await experimentsRepository.findForPost(db, access.workspaceId, post.id) : undefined;
  if (!post || !experiment || (experimentId && experiment.id !== experimentId)) throw notFound('Experiment');
  const [variants, runs, publications] = await Promise.all([
    experimentsRepository.variantsOf(db, experiment.id),
    experimentsRepository.publicationsOf(db, experiment.id),
    postsRepository.publicationsOf(db, [post.id]),
  ]);
  const figures = await measuredFigures(db, experiment, runs);
  const networks = [...new Set(variants.map((v) => v.network))].map((network) => {
    const mine = variants.filter((v) => v.network === network);
    const verdict = verdicts(statsOf(mine, figures, experiment));
    const rows = mine.map((v) => {
      const f = figures.get(v.id) ?? { publications: 0, impressions: 0, engagements: 0, clicks: 0 };
      return { id: v.id, label: v.label, text: v.text, mediaIds: v.media_ids, firstLine: v.first_line, ...f, ...verdict.get(v.id)! };
    });
    // Leading only once something was measured: before that every variant is as likely as the others.
    const measured = rows.some((r) => r.rate !== null);
    const leading = measured ? rows.reduce((a, b) => (b.probabilityBest > a.probabilityBest ? b : a)).id : null;
    return { network, leadingVariantId: leading, variants: rows };
  });
  const runOf = new Map(runs.map((r) => [r.publication_id, r]));
  return {
    postId: post.id,
    metric: experiment.metric,
    createdAt: experiment.created_at.toISOString(),
    networks,
    publications: publications
      .filter((p) => runOf.has(p.id))
      .sort((a, b) => (a.scheduled_at?.getTime() ?? 0) - (b.scheduled_at?.getTime() ?? 0) || a.channel_id.localeCompare(b.channel_id))
      .map((p) => {
        const run = runOf.get(p.id)!;
        return {
          publicationId: p.id,
          channelId: p.channel_id,
          network: p.network,
          slot: p.experiment_slot ?? 0,
          scheduledAt: p.scheduled_at?.toISOString() ?? null,
          status: p.status,
          variantId: run.variant_id,
          reason: run.reason?.kind ?? null,
          pickedAt: run.picked_at?.toISOString() ?? null,
        };
      }),
  };
}
