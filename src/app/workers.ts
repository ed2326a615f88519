/** The background work a worker process runs: the publisher and its sweeper, credential refresh, engagement polls and metrics. */
import type { z } from 'zod';
import type { AppContext } from '../core/context.js';
import type { JobDefinition } from '../core/jobs.js';
import { publishJob } from '../features/publishing/jobs.js';
import { PUBLISH_BATCH_SIZE, runPublishBatch } from '../features/publishing/publisher.js';
import { sweepStranded } from '../features/publishing/sweeper.js';
import { sweepStrandedReplies } from '../features/engagement/reply-sweeper.js';
import { queueDueReports, reportEmailJob, sendReport } from '../features/reports/service.js';
import { sweepNetworkStores } from '../features/publishing/network-stores.js';
import { ensureEventPartitions } from '../db/partitions.js';
import { evaluateDueRules } from '../features/alerts/service.js';
import { alertEmailJob, sendAlertEmail } from '../features/alerts/jobs.js';
import { engagementReplyJob, engagementRound, pollChannelEngagement } from '../features/engagement/jobs.js';
import { sendReply } from '../features/engagement/reply-sender.js';
import { collectChannelMetrics, metricsRound } from '../features/metrics/jobs.js';
import { refreshChannel, refreshRound } from '../features/channels/refresh.js';
import { listeningJob, queueDueSearches, searchQueryOnChannel } from '../features/listening/jobs.js';
import { deliverWebhook } from '../features/outgoing-webhooks/delivery.js';
import { webhookDeliveryJob } from '../features/outgoing-webhooks/jobs.js';
import { mentionEmailJob, sendMentionEmail } from '../features/post-notes/jobs.js';
import { feedReadJob } from '../features/feeds/jobs.js';
import { queueDueFeeds, readFeed } from '../features/feeds/reader.js';
import { clientDecisionEmailJob, clientLinkEmailJob, sendDecisionEmail, sendLinkEmail } from '../features/client-approvals/notify.js';

/** Every queue, created on start by every process (so `serve` can queue what `worker` runs). */
export const jobDefinitions: JobDefinition<z.ZodType>[] = [
  publishJob,
  engagementRound.job,
  engagementReplyJob,
  metricsRound.job,
  refreshRound.job,
  alertEmailJob,
  listeningJob,
  webhookDeliveryJob,
  reportEmailJob,
  mentionEmailJob,
  feedReadJob,
  clientLinkEmailJob,
  clientDecisionEmailJob,
];

/** Starts the job loops; resolves the returned function once in-flight work has finished. */
export function startWorkers(ctx: AppContext): () => Promise<void> {
  // Publish jobs are claimed and recorded in batches: a few round trips per batch instead of ~11 per publication.
  ctx.jobs.workBatch(publishJob, (jobs, control) => runPublishBatch(ctx, jobs.map((j) => j.data), control), {
    concurrency: ctx.config.workerConcurrency,
    batchSize: Math.min(PUBLISH_BATCH_SIZE, ctx.config.workerConcurrency),
    // The next batch is claimed while the others are on the network, so freed slots are used at once.
    claimAhead: true,
  });
  // A publish job can only be lost if the queue's rows were (a restore from backup, a manual purge): the sweeper
  // re-queues publications long overdue, and inbox replies whose job went missing. Duplicates are harmless: the
  // claim skips finished or leased work.
  const timer = setInterval(() => {
    sweepStranded(ctx).catch((error) => ctx.log.error({ err: error }, 'sweeper failed'));
    sweepStrandedReplies(ctx).catch((error) => ctx.log.error({ err: error }, 'reply sweeper failed'));
  }, 60_000);
  timer.unref();
  // Next months' partitions of clicks, page views and conversions, made well before they are needed (also done at every start).
  const partitions = setInterval(() => {
    ensureEventPartitions(ctx.database.db).catch((error) => ctx.log.error({ err: error }, 'creating event partitions failed'));
  }, 6 * 3_600_000);
  partitions.unref();
  // Upload sessions of published or long-idle publications, and past quota days. Any worker may run it: deletes only.
  const uploads = setInterval(() => {
    sweepNetworkStores(ctx.database.db).catch((error) => ctx.log.error({ err: error }, 'sweeping upload sessions failed'));
  }, 15 * 60_000);
  uploads.unref();
  // After a channel is connected: credentials refreshed before expiry, engagement polled, metrics collected. Each
  // round only claims channels that are due (channel_sync), so any number of workers can run it.
  const sync = ctx.config.workerConcurrency;
  ctx.jobs.work(refreshRound.job, async (data) => void (await refreshChannel(ctx, data.channelId)), Math.min(4, sync));
  ctx.jobs.work(engagementRound.job, async (data) => void (await pollChannelEngagement(ctx, data.channelId)), Math.min(4, sync));
  // Inbox replies: one network call each, sent exactly once (reply-sender.ts).
  ctx.jobs.work(engagementReplyJob, async (data) => void (await sendReply(ctx, data.replyId)), Math.min(4, sync));
  ctx.jobs.work(metricsRound.job, async (data) => void (await collectChannelMetrics(ctx, data.channelId)), Math.min(2, sync));
  ctx.jobs.work(listeningJob, async (data) => void (await searchQueryOnChannel(ctx, data.queryId, data.channelId)), Math.min(2, sync));
  // Outgoing webhooks: mostly waiting on receivers (10 s at most each), so a few at once.
  ctx.jobs.work(webhookDeliveryJob, (data) => deliverWebhook(ctx, data.deliveryId), Math.min(4, sync));
  const rounds = setInterval(() => {
    for (const round of [refreshRound, engagementRound, metricsRound]) {
      round.queueDue(ctx).catch((error) => ctx.log.error({ err: error, schedule: round.schedule }, 'queueing due channel work failed'));
    }
    queueDueSearches(ctx).catch((error) => ctx.log.error({ err: error }, 'queueing due listening searches failed'));
  }, 30_000);
  rounds.unref();
  // Alert rules: any worker claims the due ones (each with a lease), so every rule is evaluated at least once a minute.
  const alerts = setInterval(() => {
    evaluateDueRules(ctx).catch((error) => ctx.log.error({ err: error }, 'evaluating alert rules failed'));
  }, 15_000);
  alerts.unref();
  ctx.jobs.work(alertEmailJob, async (data) => sendAlertEmail(ctx, data.alertId), 2);
  // Scheduled analytics reports: any worker claims the due ones (row locks), one job each.
  const reports = setInterval(() => {
    queueDueReports(ctx).catch((error) => ctx.log.error({ err: error }, 'queueing due reports failed'));
  }, 60_000);
  reports.unref();
  ctx.jobs.work(reportEmailJob, async (data) => void (await sendReport(ctx, data.scheduleId, data)), 1);
  // Mention emails: queued with the note, so the request never waits on SMTP.
  ctx.jobs.work(mentionEmailJob, async (data) => void (await sendMentionEmail(ctx, data.notificationId)), 2);
  // RSS/Atom feeds: any worker claims the due ones (row locks), one read job each; reads mostly wait on the network.
  const feeds = setInterval(() => {
    queueDueFeeds(ctx).catch((error) => ctx.log.error({ err: error }, 'queueing due feeds failed'));
  }, 60_000);
  feeds.unref();
  ctx.jobs.work(feedReadJob, async (data) => void (await readFeed(ctx, data.feedId)), Math.min(2, sync));
  // Client approval links: the link to the client, and each decision to the team.
  ctx.jobs.work(clientLinkEmailJob, (data) => sendLinkEmail(ctx, data.linkId, data.sealedUrl), 1);
  ctx.jobs.work(clientDecisionEmailJob, (data) => sendDecisionEmail(ctx, data.linkId, data.postId, data.hold), 1);
  return async () => {
    clearInterval(alerts);
    clearInterval(reports);
    clearInterval(feeds);
    clearInterval(timer);
    clearInterval(partitions);
    clearInterval(uploads);
    clearInterval(rounds);
  };
}
