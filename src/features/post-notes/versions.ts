/**
 * A post's content history: what a version keeps (text, variants per network and segment, media, channels,
 * schedule), which parts changed, and the word diff between two versions. The posts service calls
 * `recordPostVersion` once, after every edit it saves; the first edit also keeps the post as it was before, so the
 * history starts with the post as written.
 */
import { diffWords, type Change } from 'diff';
import type { Tx } from '../../db/database.js';
import type { PostVersionContent } from '../../db/schema.js';
import type { PostRow, PublicationRow } from '../posts/repository.js';
import { postNotesRepository as repo } from './repository.js';

export type VersionPart = 'text' | 'variants' | 'media' | 'channels' | 'schedule';

/** What a version keeps of a post and its publications. */
export function snapshot(post: PostRow, pubs: PublicationRow[]): PostVersionContent {
  return {
    text: post.text,
    mediaIds: post.media_ids,
    variants: post.variants,
    channelIds: [...new Set(pubs.map((p) => p.channel_id))].sort(),
    scheduledAt: post.scheduled_at ? post.scheduled_at.toISOString() : null,
    scheduledLocal: post.scheduled_local,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The parts that differ between two contents. */
export function changedParts(before: PostVersionContent, after: PostVersionContent): VersionPart[] {
  const parts: Array<[VersionPart, boolean]> = [
    ['text', before.text !== after.text],
    ['variants', !same(before.variants, after.variants)],
    ['media', !same(before.mediaIds, after.mediaIds)],
    ['channels', !same(before.channelIds, after.channelIds)],
    ['schedule', before.scheduledAt !== after.scheduledAt || !same(before.scheduledLocal, after.scheduledLocal)],
  ];
  return parts.filter(([, changed]) => changed).map(([part]) => part);
}

/**
 * Stores a version when an edit changed the content (nothing otherwise), inside the edit's transaction. The first
 * one of a post also stores the content before the edit, as version 1 by its author at its creation.
 */
export async function recordPostVersion(trx: Tx, authorId: string, before: { post: PostRow; pubs: PublicationRow[] }, after: { post: PostRow; pubs: PublicationRow[] }): Promise<void> {
  const { post } = before;
  let latest = await repo.latestVersion(trx, post.id);
  if (!latest) {
    latest = await repo.insertVersion(trx, { workspaceId: post.workspace_id, postId: post.id, number: 1, authorId: post.author_id, content: snapshot(post, before.pubs), changes: [], createdAt: post.created_at });
  }
  const content = snapshot(after.post, after.pubs);
  const changes = changedParts(latest.content, content);
  if (changes.length === 0) return;
  await repo.insertVersion(trx, { workspaceId: post.workspace_id, postId: post.id, number: latest.number + 1, authorId, content, changes });
}

export interface DiffSection {
  /** `text`, `media`, `channels`, `schedule`, or `variant:<segment>|<channel>|<network>`. */
  key: string;
  part: VersionPart;
  /** For a variant: the one it is (as the post's variants name it). */
  variant: { network: string | null; channelId: string | null; segmentId: string | null } | null;
  changed: boolean;
  /** Words kept, added or removed, in order. */
  parts: Array<{ value: string; added: boolean; removed: boolean }>;
}

type Variant = PostVersionContent['variants'][number];
const variantKey = (v: Variant) => `variant:${v.segmentId ?? ''}|${v.channelId ?? ''}|${v.network ?? ''}`;
const variantText = (v: Variant | undefined) => (v ? [v.text ?? '', v.url ?? '', ...(v.mediaIds ?? [])].filter(Boolean).join('\n') : '');
const scheduleText = (c: PostVersionContent) => (c.scheduledLocal ? `${c.scheduledLocal.date} ${c.scheduledLocal.time} (local)` : (c.scheduledAt ?? ''));

function section(key: string, part: VersionPart, from: string, to: string, variant: Variant | null = null): DiffSection {
  const changes: Change[] = diffWords(from, to);
  return {
    key,
    part,
    variant: variant ? { network: variant.network ?? null, channelId: variant.channelId ?? null, segmentId: variant.segmentId ?? null } : null,
    changed: from !== to,
    parts: changes.map((c) => ({ value: c.value, added: c.added === true, removed: c.removed === true })),
  };
}

/** The word diff from `before` (null: nothing, for the first version) to `after`, part by part. */
export function diffContents(before: PostVersionContent | null, after: PostVersionContent): DiffSection[] {
  const empty: PostVersionContent = { text: '', mediaIds: [], variants: [], channelIds: [], scheduledAt: null, scheduledLocal: null };
  const from = before ?? empty;
  const sections = [section('text', 'text', from.text, after.text)];
  const keys = [...new Set([...from.variants.map(variantKey), ...after.variants.map(variantKey)])];
  for (const key of keys) {
    const old = from.variants.find((v) => variantKey(v) === key);
    const next = after.variants.find((v) => variantKey(v) === key);
    sections.push(section(key, 'variants', variantText(old), variantText(next), next ?? old ?? null));
  }
  sections.push(section('media', 'media', from.mediaIds.join(' '), after.mediaIds.join(' ')));
  sections.push(section('channels', 'channels', from.channelIds.join(' '), after.channelIds.join(' ')));
  sections.push(section('schedule', 'schedule', scheduleText(from), scheduleText(after)));
  return sections;
}
