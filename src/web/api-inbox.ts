/**
 * The inbox: items with their workflow and post, the counts the navigation shows, acting on an item (reply, hide,
 * like, delete, assign, tag, done), its replies and where each stands (waiting for approval, queued, sent), its
 * internal notes, and the workspace's saved replies. Same conventions as api.ts (typed calls through api/client.ts; every type is read from the server's OpenAPI document).
 *
 * @example
 *   const { engagements, nextBefore } = await inboxApi.list(ws, { status: 'open', order: 'oldest_open' });
 *   await inboxApi.update(ws, id, { status: 'done' });
 */
import { answer, client, done } from './api/client';
import type { Answer, Input, Query } from './api/types';

export type InboxItem = Answer<'/api/v1/workspaces/{ws}/engagements', 'get'>['engagements'][number];
export type InboxQuery = Query<'/api/v1/workspaces/{ws}/engagements', 'get'>;
export type InboxCounts = Answer<'/api/v1/workspaces/{ws}/engagements/counts', 'get'>;
export type InboxChange = Input<'/api/v1/workspaces/{ws}/engagements/{engagementId}', 'patch'>;
export type InboxNote = Answer<'/api/v1/workspaces/{ws}/engagements/{engagementId}/notes', 'get'>['notes'][number];
export type SavedReply = Answer<'/api/v1/workspaces/{ws}/saved-replies', 'get'>['savedReplies'][number];
export type InboxReply = Answer<'/api/v1/workspaces/{ws}/engagements/{engagementId}/replies', 'get'>['replies'][number];
export type PendingReply = Answer<'/api/v1/workspaces/{ws}/engagement-replies/pending', 'get'>['replies'][number];
export type SavedReplyInput = Input<'/api/v1/workspaces/{ws}/saved-replies', 'post'>;

const inWs = (ws: string) => ({ params: { path: { ws } } });
const onItem = (ws: string, engagementId: string) => ({ params: { path: { ws, engagementId } } });
const onReply = (ws: string, replyId: string) => ({ params: { path: { ws, replyId } } });
const onSaved = (ws: string, savedReplyId: string) => ({ params: { path: { ws, savedReplyId } } });

export const inboxApi = {
  list: (ws: string, query: InboxQuery) => answer(client.GET('/api/v1/workspaces/{ws}/engagements', { params: { path: { ws }, query } })),
  counts: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/engagements/counts', inWs(ws))),
  update: (ws: string, id: string, body: InboxChange) => answer(client.PATCH('/api/v1/workspaces/{ws}/engagements/{engagementId}', { ...onItem(ws, id), body })),
  reply: (ws: string, id: string, text: string) =>
    answer(client.POST('/api/v1/workspaces/{ws}/engagements/{engagementId}/reply', { ...onItem(ws, id), body: { text } })),
  replies: (ws: string, id: string) => answer(client.GET('/api/v1/workspaces/{ws}/engagements/{engagementId}/replies', onItem(ws, id))),
  pendingReplies: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/engagement-replies/pending', inWs(ws))),
  approveReply: (ws: string, id: string) => answer(client.POST('/api/v1/workspaces/{ws}/engagement-replies/{replyId}/approve', onReply(ws, id))),
  rejectReply: (ws: string, id: string, reason: string) =>
    answer(client.POST('/api/v1/workspaces/{ws}/engagement-replies/{replyId}/reject', { ...onReply(ws, id), body: { reason } })),
  like: (ws: string, id: string, liked: boolean) =>
    answer(liked ? client.POST('/api/v1/workspaces/{ws}/engagements/{engagementId}/like', onItem(ws, id)) : client.DELETE('/api/v1/workspaces/{ws}/engagements/{engagementId}/like', onItem(ws, id))),
  hide: (ws: string, id: string, hidden: boolean) =>
    answer(client.POST('/api/v1/workspaces/{ws}/engagements/{engagementId}/hide', { ...onItem(ws, id), body: { hidden } })),
  remove: (ws: string, id: string) => done(client.DELETE('/api/v1/workspaces/{ws}/engagements/{engagementId}', onItem(ws, id))),
  notes: (ws: string, id: string) => answer(client.GET('/api/v1/workspaces/{ws}/engagements/{engagementId}/notes', onItem(ws, id))),
  addNote: (ws: string, id: string, text: string) =>
    answer(client.POST('/api/v1/workspaces/{ws}/engagements/{engagementId}/notes', { ...onItem(ws, id), body: { text } })),
  savedReplies: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/saved-replies', inWs(ws))),
  createSavedReply: (ws: string, body: SavedReplyInput) => answer(client.POST('/api/v1/workspaces/{ws}/saved-replies', { ...inWs(ws), body })),
  updateSavedReply: (ws: string, id: string, body: Partial<SavedReplyInput>) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/saved-replies/{savedReplyId}', { ...onSaved(ws, id), body })),
  deleteSavedReply: (ws: string, id: string) => done(client.DELETE('/api/v1/workspaces/{ws}/saved-replies/{savedReplyId}', onSaved(ws, id))),
};
