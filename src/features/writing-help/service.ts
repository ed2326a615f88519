/**
 * Optional writing help: rewrites of a post per network, per audience segment and per language from the operator's
 * OpenAI-compatible model. Every suggestion is checked against each chosen channel's text rules before it is shown;
 * the ones that break a rule are dropped and counted, never passed on. Off unless CHORUS_AI_BASE_URL is set.
 *
 * @example
 *   const { suggestions } = await suggestRewrites(ctx, access, { text, channelIds: [x, bluesky], language: 'fr' });
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import type { NetworkLimits } from '../../networks/connector.js';
import { graphemeLength } from '../../networks/text.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { segmentsRepository } from '../segments/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { chatCompletions, type AiSettings, type Complete } from './client.js';
import { readRewrites, rewriteMessages, type RewriteBrief } from './prompt.js';

export interface RewriteRequest {
  text: string;
  channelIds: string[];
  segmentIds?: string[];
  language?: string;
  count?: number;
}

export interface Suggestion {
  network: string;
  segmentId: string | null;
  segmentName: string | null;
  text: string;
  length: number;
}

/** A model server is slow; this many questions at once keeps one person's click from queueing everyone else's. */
const PARALLEL = 3;

const clients = new WeakMap<AiSettings, Complete>();

/** The model client for these settings, made once per process. */
function completer(settings: AiSettings): Complete {
  let complete = clients.get(settings);
  if (!complete) clients.set(settings, (complete = chatCompletions(settings)));
  return complete;
}

export function writingHelpStatus(ctx: AppContext): { enabled: boolean; model: string | null } {
  return { enabled: ctx.config.ai !== null, model: ctx.config.ai?.model ?? null };
}

interface Target {
  network: string;
  channels: Array<{ channel: ChannelRow; limits: NetworkLimits }>;
}

/** The chosen channels by network, each with its rules: a network's rewrite must suit all its channels. */
function targetsOf(ctx: AppContext, channels: ChannelRow[]): Target[] {
  const byNetwork = new Map<string, Target>();
  for (const channel of channels) {
    const connector = ctx.networks.get(channel.network);
    if (!connector) continue;
    const target = byNetwork.get(channel.network) ?? { network: channel.network, channels: [] };
    target.channels.push({ channel, limits: connector.limits(channel.limits) });
    byNetwork.set(channel.network, target);
  }
  return [...byNetwork.values()];
}

/** Rule breaks in the text alone (the media are the composer's, unchanged by a rewrite). */
function breaksTextRules(ctx: AppContext, target: Target, text: string): boolean {
  const connector = ctx.networks.get(target.network)!;
  return target.channels.some(({ limits }) => connector.validate({ text, media: [], options: {} }, limits).some((v) => v.field === 'text'));
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return out;
}

export async function suggestRewrites(ctx: AppContext, access: WorkspaceAccess, req: RewriteRequest, complete?: Complete) {
  const settings = ctx.config.ai;
  if (!settings) throw invalid('writing_help_off', 'Writing help is off on this server: an admin can turn it on with CHORUS_AI_BASE_URL (any OpenAI-compatible API).');
  const db = ctx.database.db;
  const ids = [...new Set(req.channelIds)];
  const channels = await channelsRepository.findMany(db, access.workspaceId, ids);
  if (channels.length !== ids.length) throw notFound('Channel');
  const segmentIds = [...new Set(req.segmentIds ?? [])];
  const segments = await segmentsRepository.findMany(db, access.workspaceId, segmentIds);
  if (segments.length !== segmentIds.length) throw notFound('Segment');
  const audiences = [null, ...segments.map((s) => ({ id: s.id, name: s.name, condition: JSON.stringify(s.condition) }))];
  const ask = complete ?? completer(settings);

  const jobs = targetsOf(ctx, channels).flatMap((target) => audiences.map((audience) => ({ target, audience })));
  let dropped = 0;
  const answers = await inBatches(jobs, PARALLEL, async ({ target, audience }) => {
    const brief: RewriteBrief = {
      text: req.text,
      network: target.network,
      maxLength: Math.min(...target.channels.map((c) => c.limits.maxGraphemes)),
      audience: audience && { name: audience.name, condition: audience.condition },
      language: req.language ?? null,
      count: req.count ?? 3,
    };
    const texts = readRewrites(await ask(rewriteMessages(brief)));
    const fitting = texts.filter((text) => !breaksTextRules(ctx, target, text));
    dropped += texts.length - fitting.length;
    return fitting.slice(0, brief.count).map((text): Suggestion => ({
      network: target.network,
      segmentId: audience?.id ?? null,
      segmentName: audience?.name ?? null,
      text,
      length: graphemeLength(text),
    }));
  });
  return { suggestions: answers.flat(), dropped, model: settings.model };
}
