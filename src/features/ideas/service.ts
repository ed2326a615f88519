/**
 * The ideas board: ideas with notes, tags and pictures move from a first thought ("idea") through "shaping" to
 * "ready", and one click turns an idea into a draft post (stage "used", linked to that post) that opens in the
 * composer. Contributors and above write ideas; everyone in the workspace reads them.
 *
 * @example
 *   const idea = await createIdea(ctx, access, { title: 'Cold drinks for the heatwave', tags: ['summer'] });
 *   const { postId } = await ideaToPost(ctx, access, idea.id); // then open #/compose?post=<postId>
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, invalid, notFound } from '../../core/errors.js';
import type { IdeaStage } from '../../db/schema.js';
import { cleanTags } from '../../core/tags.js';
import { mediaRepository } from '../media/repository.js';
import { createPost, deletePost } from '../posts/service.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { ideasRepository, type IdeaFields, type IdeaRow } from './repository.js';

export interface IdeaInput {
  title?: string;
  notes?: string;
  tags?: string[];
  mediaIds?: string[];
  stage?: IdeaStage;
  position?: number;
}

/** Pictures of an idea must be this workspace's uploads: another's id is refused as if it did not exist. */
async function checkMedia(ctx: AppContext, workspaceId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const own = new Set((await mediaRepository.findMany(ctx.database.db, workspaceId, unique)).map((m) => m.id));
  const missing = unique.findIndex((id) => !own.has(id));
  if (missing >= 0) throw invalid('media_not_found', 'A picture of this idea is not in the media library (deleted, or never uploaded here).', `mediaIds[${missing}]`);
  return unique;
}

export async function createIdea(ctx: AppContext, access: WorkspaceAccess, input: IdeaInput & { title: string }): Promise<IdeaRow> {
  const stage = input.stage ?? 'idea';
  const fields: IdeaFields = {
    title: input.title,
    notes: input.notes ?? '',
    tags: cleanTags(input.tags ?? []),
    mediaIds: await checkMedia(ctx, access.workspaceId, input.mediaIds ?? []),
    stage,
    position: input.position ?? (await ideasRepository.endOfStage(ctx.database.db, access.workspaceId, stage)),
  };
  return ideasRepository.create(ctx.database.db, access.workspaceId, access.userId, fields);
}

export async function listIdeas(ctx: AppContext, access: WorkspaceAccess, filter: { q?: string; tag?: string }) {
  const [ideas, tags] = await Promise.all([
    ideasRepository.list(ctx.database.db, access.workspaceId, filter),
    ideasRepository.tags(ctx.database.db, access.workspaceId),
  ]);
  return { ideas, tags };
}

export async function getIdea(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<IdeaRow> {
  const row = await ideasRepository.find(ctx.database.db, access.workspaceId, id);
  if (!row) throw notFound('Idea');
  return row;
}

export async function updateIdea(ctx: AppContext, access: WorkspaceAccess, id: string, input: IdeaInput): Promise<IdeaRow> {
  const current = await getIdea(ctx, access, id);
  // A card moved to another stage without a place goes to the end of it.
  const position = input.position ?? (input.stage && input.stage !== current.stage ? await ideasRepository.endOfStage(ctx.database.db, access.workspaceId, input.stage) : undefined);
  const row = await ideasRepository.update(ctx.database.db, access.workspaceId, id, {
    title: input.title,
    notes: input.notes,
    tags: input.tags && cleanTags(input.tags),
    mediaIds: input.mediaIds && (await checkMedia(ctx, access.workspaceId, input.mediaIds)),
    stage: input.stage,
    position,
  });
  if (!row) throw notFound('Idea');
  return row;
}

export async function removeIdea(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  if (!(await ideasRepository.remove(ctx.database.db, access.workspaceId, id))) throw notFound('Idea');
}

/** The draft's text: the notes when there are some (the idea written out), else the title. */
function draftText(idea: IdeaRow): string {
  return idea.notes.trim() || idea.title;
}

/**
 * Makes a draft post from the idea (no channel yet: the composer asks for them) and links it. Two clicks at once make
 * one post: the loser's draft is deleted again and it answers 409 naming the post that stands.
 */
export async function ideaToPost(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<{ postId: string; idea: IdeaRow }> {
  const idea = await getIdea(ctx, access, id);
  if (idea.post_id) throw alreadyPosted(idea.post_id);
  const post = await createPost(ctx, access, { text: draftText(idea), mediaIds: idea.media_ids, channelIds: [], tags: idea.tags });
  const position = await ideasRepository.endOfStage(ctx.database.db, access.workspaceId, 'used');
  const linked = await ideasRepository.linkPost(ctx.database.db, access.workspaceId, id, post.id, position);
  if (!linked) {
    await deletePost(ctx, access, post.id, false);
    const now = await ideasRepository.find(ctx.database.db, access.workspaceId, id);
    if (!now) throw notFound('Idea');
    throw alreadyPosted(now.post_id ?? post.id);
  }
  return { postId: post.id, idea: linked };
}

function alreadyPosted(postId: string): ApiError {
  return new ApiError(409, 'idea_already_posted', 'This idea has already been turned into a post; open that post instead.', undefined, { postId });
}
