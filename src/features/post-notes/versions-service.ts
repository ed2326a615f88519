/**
 * Reading a post's history and going back to a version. A restore is an ordinary edit (posts/service.ts
 * `updatePost`): the network rules, quotas and roles are checked again, and it is itself recorded as a new version,
 * so nothing in the history is ever rewritten.
 */
import type { AppContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import type { ScheduledLocal } from '../../db/schema.js';
import { updatePost, type PostInput } from '../posts/service.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { requirePost } from './notes-service.js';
import { postNotesRepository as repo, type PostVersionRow } from './repository.js';
import { diffContents } from './versions.js';
import type { PostRow } from '../posts/repository.js';

export async function listVersions(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  const post = await requirePost(ctx.database.db, access, postId);
  const rows = await repo.versionsOf(ctx.database.db, access.workspaceId, post.id);
  return {
    versions: rows.map((v) => ({
      id: v.id,
      number: v.number,
      author: v.author_id ? { userId: v.author_id, name: v.author_name ?? '', email: v.author_email ?? '' } : null,
      createdAt: v.created_at,
      changes: v.changes,
      content: v.content,
    })),
  };
}

async function findVersion(ctx: AppContext, access: WorkspaceAccess, postId: string, versionId: string): Promise<PostVersionRow> {
  const version = isUuid(versionId) ? await repo.findVersion(ctx.database.db, access.workspaceId, postId, versionId) : undefined;
  if (!version) throw notFound('Version');
  return version;
}

/** The word diff of a version against another of the same post (by default the one before it). */
export async function versionDiff(ctx: AppContext, access: WorkspaceAccess, postId: string, versionId: string, against: string | undefined) {
  const post = await requirePost(ctx.database.db, access, postId);
  const version = await findVersion(ctx, access, post.id, versionId);
  const base = against !== undefined ? await findVersion(ctx, access, post.id, against) : await repo.versionByNumber(ctx.database.db, post.id, version.number - 1);
  return {
    versionId: version.id,
    number: version.number,
    against: base ? { versionId: base.id, number: base.number } : null,
    sections: diffContents(base?.content ?? null, version.content),
  };
}

const sameLocal = (a: ScheduledLocal | null, b: ScheduledLocal | null) => a?.date === b?.date && a?.time === b?.time;

/**
 * The edit that brings back a version's content. Its schedule comes back only when it is still ahead and differs
 * from today's: a time gone by cannot be planned again, and "no date" cannot be asked of an edit.
 */
function restorePatch(post: PostRow, v: PostVersionRow): Partial<PostInput> {
  const c = v.content;
  const patch: Partial<PostInput> = { text: c.text, mediaIds: c.mediaIds, variants: c.variants, channelIds: c.channelIds };
  const ahead = c.scheduledAt !== null && new Date(c.scheduledAt).getTime() > Date.now();
  if (ahead && c.scheduledLocal && !sameLocal(c.scheduledLocal, post.scheduled_local)) patch.scheduledLocal = c.scheduledLocal;
  else if (ahead && !c.scheduledLocal && c.scheduledAt !== post.scheduled_at?.toISOString()) patch.scheduledAt = c.scheduledAt!;
  return patch;
}

export async function restoreVersion(ctx: AppContext, access: WorkspaceAccess, postId: string, versionId: string) {
  const post = await requirePost(ctx.database.db, access, postId);
  const version = await findVersion(ctx, access, post.id, versionId);
  return updatePost(ctx, access, post.id, restorePatch(post, version));
}
