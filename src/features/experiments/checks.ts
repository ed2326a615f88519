/**
 * The checks of an experiment before anything is saved: 2–4 variants per network of the post, labels unique within
 * a network, slots in the future and enough of them to show every variant once, and each variant's content on each
 * channel of its network against that network's real rules (the same check a post gets, posts/prepare.ts). A 422
 * names the variant and the field at fault.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, invalid } from '../../core/errors.js';
import type { Tx } from '../../db/database.js';
import type { ChannelRow } from '../channels/repository.js';
import { contentForChannel } from '../posts/content.js';
import { preparePost, type ChannelViolation } from '../posts/prepare.js';
import type { PostRow } from '../posts/repository.js';
import { variantContent } from './allocation.js';

export interface VariantInput {
  label: string;
  network?: string | undefined;
  text?: string | undefined;
  mediaIds?: string[] | undefined;
  firstLine?: string | undefined;
}

export const MIN_VARIANTS = 2;
export const MAX_VARIANTS = 4;

// A little slack for clocks and slow forms, as for a post's own time.
const PAST_TOLERANCE_MS = 5 * 60_000;

/** The variants of each network of the post, in the order written, with their index in the request. */
export function variantsByNetwork(variants: VariantInput[], channels: ChannelRow[]): Map<string, Array<{ input: VariantInput; index: number }>> {
  const networks = [...new Set(channels.map((c) => c.network))];
  variants.forEach((v, i) => {
    if (v.network !== undefined && !networks.includes(v.network)) {
      throw invalid('invalid_variant', `Variant "${v.label}" is for ${v.network}, but the post has no ${v.network} channel.`, `variants[${i}].network`);
    }
  });
  const groups = new Map<string, Array<{ input: VariantInput; index: number }>>();
  for (const network of networks) {
    const group = variants.flatMap((input, index) => (input.network === undefined || input.network === network ? [{ input, index }] : []));
    if (group.length < MIN_VARIANTS || group.length > MAX_VARIANTS) {
      throw invalid('variant_count', `An experiment tests ${MIN_VARIANTS} to ${MAX_VARIANTS} variants per network; ${network} has ${group.length}.`, 'variants', undefined, {
        network,
        count: group.length,
      });
    }
    const labels = new Set<string>();
    for (const { input, index } of group) {
      if (labels.has(input.label)) throw invalid('duplicate_label', `Two variants on ${network} are called "${input.label}".`, `variants[${index}].label`);
      labels.add(input.label);
    }
    groups.set(network, group);
  }
  return groups;
}

/** The slots in time order; each in the future, no two the same, at least one per variant. */
export function checkSlots(slots: string[], mostVariants: number, now = Date.now()): Date[] {
  const times = slots.map((s) => new Date(s));
  times.forEach((t, i) => {
    if (t.getTime() < now - PAST_TOLERANCE_MS) throw invalid('date_in_past', `Slot ${i + 1} (${slots[i]}) has already passed; pick a later time.`, `slots[${i}]`);
  });
  const sorted = [...times].sort((a, b) => a.getTime() - b.getTime());
  if (new Set(sorted.map((t) => t.getTime())).size !== sorted.length) throw invalid('duplicate_slot', 'Two slots are at the same time; each publication needs its own.', 'slots');
  if (sorted.length < mostVariants) {
    throw invalid('too_few_slots', `Give at least ${mostVariants} slots, one per variant, so that each variant is published once before the best one is picked.`, 'slots', undefined, {
      min: mostVariants,
    });
  }
  return sorted;
}

/** The field of the variant a network rule points at: its text (or first line) or its media. */
function variantField(v: ChannelViolation, input: VariantInput, index: number): string {
  if (v.field.startsWith('mediaIds') || v.field.startsWith('media')) return `variants[${index}].mediaIds`;
  if (v.field.startsWith('channelIds')) return 'channelIds';
  return `variants[${index}].${input.text === undefined && input.firstLine !== undefined ? 'firstLine' : 'text'}`;
}

/** Checks one variant's content on every channel of its network as the post would be checked. */
export async function checkVariant(ctx: AppContext, trx: Tx, post: PostRow, channels: ChannelRow[], input: VariantInput, index: number, at: Date): Promise<void> {
  const row = { text: input.text ?? null, media_ids: input.mediaIds ?? null, first_line: input.firstLine ?? null };
  for (const channel of channels) {
    const content = variantContent(contentForChannel({ text: post.text, mediaIds: post.media_ids, variants: post.variants }, channel), row);
    const draft = { ...content, channelIds: [channel.id], variants: [], schedule: { at, local: null, timeZone: post.timezone } };
    let violations: ChannelViolation[];
    try {
      ({ violations } = await preparePost(ctx, trx, post.workspace_id, draft, true, true));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'unknown_media') {
        throw invalid('unknown_media', `Variant "${input.label}": some of its media was not found in this workspace; upload it again.`, `variants[${index}].mediaIds`);
      }
      throw error;
    }
    const first = violations[0];
    if (!first) continue;
    const params = { variant: input.label, network: first.network, rule: first.rule, ...first.params };
    throw invalid('validation_failed', `Variant "${input.label}" on ${first.network}: ${first.message}`, variantField(first, input, index), { violations }, params);
  }
}
