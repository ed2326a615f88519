/**
 * Link-in-bio pages: one per workspace, at `/bio/{slug}`, listing some of its short links in a chosen order (for
 * networks whose captions cannot hold links). Items point at the short URLs, so the redirector counts their clicks.
 */
import type { AppContext } from '../../core/context.js';
import { conflict, invalid, notFound } from '../../core/errors.js';
import { auditRepository } from '../audit/repository.js';
import { mediaRepository } from '../media/repository.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { bioRepository, type BioItemRow, type BioPageRow } from './repository.js';
import type { BioThemeName } from './themes.js';

export interface BioInput {
  slug: string;
  title: string;
  description: string;
  theme: BioThemeName;
  lang?: string | undefined;
  avatarMediaId?: string | null | undefined;
  items: Array<{ linkId: string; label: string }>;
}

/** Like custom short codes: 3 to 64 letters, digits, "-" or "_"; stored lowercase, so `Acme` and `acme` are one. */
export function checkSlug(slug: string): string {
  if (!/^[A-Za-z0-9_-]{3,64}$/.test(slug)) {
    throw invalid('invalid_slug', 'A slug is 3 to 64 letters, digits, "-" or "_".', 'slug');
  }
  return slug.toLowerCase();
}

/** The short URL a bio item links to; `src=bio` lets a link's audience rules tell bio visitors apart. */
export function bioItemUrl(ctx: AppContext, code: string): string {
  return `${ctx.config.linkBaseUrl}/${code}?src=bio`;
}

/** An item's link is shown while it is neither archived nor expired. */
export function isLive(item: Pick<BioItemRow, 'archived_at' | 'expires_at'>, now = new Date()): boolean {
  return !item.archived_at && !(item.expires_at && item.expires_at <= now);
}

export function publicBio(ctx: AppContext, page: BioPageRow, items: BioItemRow[]) {
  return {
    slug: page.slug,
    url: `${ctx.config.publicUrl}/bio/${page.slug}`,
    title: page.title,
    description: page.description,
    theme: page.theme,
    lang: page.lang,
    avatarMediaId: page.avatar_media_id,
    avatarUrl: page.avatar_media_id ? ctx.config.publicUrl + ctx.media.signedPath(page.avatar_media_id, ctx.config.mediaUrlTtlSeconds) : null,
    items: items.map((item) => ({
      linkId: item.link_id,
      label: item.label,
      code: item.code,
      url: bioItemUrl(ctx, item.code),
      // Archived or expired links stay in the list (so they come back when restored) but are not shown.
      shown: isLive(item),
    })),
    updatedAt: page.updated_at,
  };
}

export async function getBio(ctx: AppContext, access: WorkspaceAccess) {
  const page = await bioRepository.findByWorkspace(ctx.database.db, access.workspaceId);
  if (!page) throw notFound('Bio page');
  return publicBio(ctx, page, await bioRepository.items(ctx.database.db, page.id));
}

/** Creates or replaces the workspace's bio page; returns it and the slugs whose cached page is now stale. */
export async function saveBio(ctx: AppContext, access: WorkspaceAccess, input: BioInput) {
  const db = ctx.database.db;
  const slug = checkSlug(input.slug);
  const ids = [...new Set(input.items.map((i) => i.linkId))];
  const owned = await bioRepository.workspaceLinkIds(db, access.workspaceId, ids.filter(isUuid));
  input.items.forEach((item, i) => {
    // Another workspace's link answers like a missing one: its existence is not confirmed.
    if (!owned.has(item.linkId)) throw invalid('unknown_link', `Item ${i + 1}: no link with this id in this workspace.`, `items[${i}].linkId`);
  });
  const avatarMediaId = input.avatarMediaId ?? null;
  if (avatarMediaId !== null) {
    const media = isUuid(avatarMediaId) ? await mediaRepository.find(db, access.workspaceId, avatarMediaId) : undefined;
    if (!media) throw invalid('unknown_media', 'No media with this id in this workspace.', 'avatarMediaId');
    if (!media.mime_type.startsWith('image/')) throw invalid('not_an_image', 'The avatar must be an image.', 'avatarMediaId');
  }
  const before = await bioRepository.findByWorkspace(db, access.workspaceId);
  const saved = await db.transaction().execute(async (trx) => {
    let page: BioPageRow;
    try {
      page = await bioRepository.upsert(trx, access.workspaceId, {
        slug,
        title: input.title,
        description: input.description,
        theme: input.theme,
        lang: input.lang ?? 'en',
        avatarMediaId,
      });
    } catch (error) {
      if ((error as { code?: unknown }).code === '23505') throw conflict('slug_taken', `The slug "${slug}" is already used; choose another.`, 'slug');
      throw error;
    }
    await bioRepository.replaceItems(trx, page.id, input.items);
    await auditRepository.recordBy(trx, access, {
      action: 'bio.updated',
      targetType: 'bio_page',
      targetId: page.id,
      data: { slug, items: input.items.length },
    });
    return publicBio(ctx, page, await bioRepository.items(trx, page.id));
  });
  return { bio: saved, staleSlugs: [...new Set([before?.slug, slug].filter((s): s is string => Boolean(s)))] };
}
