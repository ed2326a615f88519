/**
 * The team's notes on a post. Editors and above write them, everyone in the workspace reads them, and only a note's
 * author edits or deletes it. Each member a note `@mentions` (mentions.ts) is notified in the app and, when the
 * server sends email, by mail (a job queued in the same transaction); the author is never notified of themselves,
 * and an edit notifies only the people it newly mentions.
 */
import type { AppContext } from '../../core/context.js';
import { forbidden, notFound } from '../../core/errors.js';
import { mailerFor } from '../../core/mailer.js';
import type { Queryable, Tx } from '../../db/database.js';
import { notify } from '../notifications/service.js';
import { postsRepository } from '../posts/repository.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { workspacesRepository } from '../workspaces/repository.js';
import { mentionedMembers, mentionHandle, type MemberForMention } from './mentions.js';
import { mentionEmailJob } from './jobs.js';
import { postNotesRepository as repo, type PostNoteRow } from './repository.js';

export const MENTION_KIND = 'post.note.mention';
const EXCERPT_LENGTH = 280;

/** The post of this workspace (deleted ones are gone), else 404. */
export async function requirePost(db: Queryable, access: WorkspaceAccess, postId: string) {
  const post = isUuid(postId) ? await postsRepository.findPost(db, access.workspaceId, postId) : undefined;
  if (!post) throw notFound('Post');
  return post;
}

async function membersOf(db: Queryable, workspaceId: string): Promise<MemberForMention[]> {
  return (await workspacesRepository.listMembers(db, workspaceId)).map((m) => ({ userId: m.userId, email: m.email, name: m.name }));
}

function presentNote(note: PostNoteRow, members: Map<string, MemberForMention>, access: WorkspaceAccess) {
  const person = (id: string) => {
    const m = members.get(id);
    return m ? { userId: id, name: m.name, email: m.email, handle: mentionHandle(m) } : null;
  };
  return {
    id: note.id,
    postId: note.post_id,
    text: note.text,
    author: note.author_id ? (person(note.author_id) ?? { userId: note.author_id, name: '', email: '', handle: '' }) : null,
    // People who have left the workspace since are no longer shown as mentioned.
    mentions: note.mentions.flatMap((id) => person(id) ?? []),
    mine: note.author_id === access.userId,
    createdAt: note.created_at,
    updatedAt: note.updated_at,
  };
}

/** Notifies the mentioned members (never the author) and queues their mails when the server sends email. */
async function notifyMentioned(ctx: AppContext, trx: Tx, access: WorkspaceAccess, note: PostNoteRow, userIds: string[]): Promise<void> {
  const told = userIds.filter((id) => id !== access.userId);
  if (told.length === 0) return;
  const excerpt = note.text.length > EXCERPT_LENGTH ? `${note.text.slice(0, EXCERPT_LENGTH - 1)}…` : note.text;
  const rows = await notify(trx, {
    workspaceId: access.workspaceId,
    userIds: told,
    kind: MENTION_KIND,
    actorUserId: access.userId,
    targetType: 'post',
    targetId: note.post_id,
    data: { noteId: note.id, excerpt },
  });
  if (!mailerFor(ctx.config).configured) return;
  await ctx.jobs.sendMany(mentionEmailJob, rows.map((r) => ({ data: { notificationId: r.id } })), { trx });
}

export async function listNotes(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  const db = ctx.database.db;
  const post = await requirePost(db, access, postId);
  const [notes, members] = await Promise.all([repo.notesOf(db, access.workspaceId, post.id), membersOf(db, access.workspaceId)]);
  const byId = new Map(members.map((m) => [m.userId, m]));
  return {
    notes: notes.map((n) => presentNote(n, byId, access)),
    // For the composer's @ autocomplete: who can be mentioned here.
    members: members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, handle: mentionHandle(m) })),
  };
}

export async function addNote(ctx: AppContext, access: WorkspaceAccess, postId: string, text: string) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const post = await requirePost(trx, access, postId);
    const members = await membersOf(trx, access.workspaceId);
    const mentions = mentionedMembers(text, members);
    const note = await repo.insertNote(trx, { workspaceId: access.workspaceId, postId: post.id, authorId: access.userId, text, mentions });
    await notifyMentioned(ctx, trx, access, note, mentions);
    return presentNote(note, new Map(members.map((m) => [m.userId, m])), access);
  });
}

async function ownNote(trx: Tx, access: WorkspaceAccess, postId: string, noteId: string): Promise<PostNoteRow> {
  const post = await requirePost(trx, access, postId);
  const note = isUuid(noteId) ? await repo.findNote(trx, access.workspaceId, post.id, noteId) : undefined;
  if (!note) throw notFound('Note');
  if (note.author_id !== access.userId) throw forbidden('Only the author of a note can change or delete it.');
  return note;
}

export async function editNote(ctx: AppContext, access: WorkspaceAccess, postId: string, noteId: string, text: string) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const before = await ownNote(trx, access, postId, noteId);
    const members = await membersOf(trx, access.workspaceId);
    const mentions = mentionedMembers(text, members);
    const note = await repo.updateNote(trx, before.id, text, mentions);
    await notifyMentioned(ctx, trx, access, note, mentions.filter((id) => !before.mentions.includes(id)));
    return presentNote(note, new Map(members.map((m) => [m.userId, m])), access);
  });
}

export async function deleteNote(ctx: AppContext, access: WorkspaceAccess, postId: string, noteId: string): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const note = await ownNote(trx, access, postId, noteId);
    await repo.deleteNote(trx, note.id);
  });
}
