/**
 * One feed entry as a post on the feed's channels, through createPost (the path a post written by hand takes): the
 * text is the template filled in and shortened per network until its own rules accept it (the link kept whole); a
 * channel whose network needs a shorter text gets its own variant. `publish` goes out now, `queue` takes each
 * channel's next queue slot, `draft` waits for a person.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import type { PostVariantRow } from '../../db/schema.js';
import { channelsRepository } from '../channels/repository.js';
import { createPost } from '../posts/service.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { workspacesRepository } from '../workspaces/repository.js';
import type { FeedEntry } from './entries.js';
import type { FeedRow } from './repository.js';
import { fitText, type TemplateValues } from './template.js';

/** A feed's text for each of its channels (channels no longer connected are left out). */
export async function textsFor(ctx: AppContext, db: Queryable, feed: FeedRow, entry: FeedEntry): Promise<Map<string, string>> {
  const values: TemplateValues = { title: entry.title, link: entry.link ?? '', summary: entry.summary, author: entry.author };
  const channels = await channelsRepository.findMany(db, feed.workspace_id, feed.channel_ids);
  const out = new Map<string, string>();
  for (const id of feed.channel_ids) {
    const channel = channels.find((c) => c.id === id);
    if (!channel) continue;
    const connector = ctx.networks.get(channel.network);
    if (!connector) {
      out.set(id, fitText(feed.template, values, () => true));
      continue;
    }
    const limits = connector.limits(channel.limits);
    const fits = (text: string) => !connector.validate({ text, media: [] }, limits).some((v) => v.rule === 'too_long' || v.rule === 'too_many_bytes');
    out.set(id, fitText(feed.template, values, fits));
  }
  return out;
}

/**
 * Who the feed posts as: the person who added it, with the role they have now (a contributor's posts wait for
 * approval, as their own would). Null when they have left the workspace or may no longer post (a viewer now).
 */
export async function posterOf(db: Queryable, feed: FeedRow): Promise<WorkspaceAccess | null> {
  if (!feed.created_by) return null;
  const m = await workspacesRepository.findMembership(db, feed.workspace_id, feed.created_by);
  if (!m || m.role === 'viewer') return null;
  return { workspaceId: m.id, workspaceName: m.name, timezone: m.timezone, userId: feed.created_by, role: m.role };
}

export type PostOutcome = { postId: string } | { error: string };

export async function postEntry(ctx: AppContext, feed: FeedRow, access: WorkspaceAccess, entry: FeedEntry): Promise<PostOutcome> {
  const texts = await textsFor(ctx, ctx.database.db, feed, entry);
  const channelIds = [...texts.keys()];
  if (channelIds.length === 0) return { error: 'None of the feed\'s channels is connected any more; choose channels for it.' };
  const text = texts.get(channelIds[0]!)!;
  const variants: PostVariantRow[] = channelIds.filter((id) => texts.get(id) !== text).map((id) => ({ channelId: id, text: texts.get(id)! }));
  const timing = feed.mode === 'publish' ? { publishNow: true } : feed.mode === 'queue' ? { queue: true } : {};
  try {
    const post = await createPost(ctx, access, { text, channelIds, variants, ...timing });
    return { postId: post.id };
  } catch (error) {
    if (error instanceof ApiError) return { error: `"${entry.title || entry.key}" could not be posted: ${error.message}` };
    throw error;
  }
}
