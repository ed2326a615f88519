/**
 * Collaboration: a post's notes (with @mentions) and version history, and the signed-in person's notifications.
 * Same conventions as api.ts (typed calls through api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer } from './api/types';

export type PostNoteList = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/notes', 'get'>;
export type PostNote = PostNoteList['notes'][number];
export type NoteMember = PostNoteList['members'][number];
export type PostVersion = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/versions', 'get'>['versions'][number];
export type VersionDiff = Answer<'/api/v1/workspaces/{ws}/posts/{postId}/versions/{versionId}/diff', 'get'>;
export type NotificationList = Answer<'/api/v1/workspaces/{ws}/notifications', 'get'>;
export type AppNotification = NotificationList['notifications'][number];

const onPost = (ws: string, postId: string) => ({ params: { path: { ws, postId } } });
const onNote = (ws: string, postId: string, noteId: string) => ({ params: { path: { ws, postId, noteId } } });

export const collabApi = {
  notes: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/notes', onPost(ws, postId))),
  addNote: (ws: string, postId: string, text: string) => answer(client.POST('/api/v1/workspaces/{ws}/posts/{postId}/notes', { ...onPost(ws, postId), body: { text } })),
  editNote: (ws: string, postId: string, noteId: string, text: string) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/posts/{postId}/notes/{noteId}', { ...onNote(ws, postId, noteId), body: { text } })),
  deleteNote: (ws: string, postId: string, noteId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/posts/{postId}/notes/{noteId}', onNote(ws, postId, noteId))),
  versions: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/versions', onPost(ws, postId))),
  diff: (ws: string, postId: string, versionId: string) =>
    answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/versions/{versionId}/diff', { params: { path: { ws, postId, versionId }, query: {} } })),
  restore: (ws: string, postId: string, versionId: string) =>
    answer(client.POST('/api/v1/workspaces/{ws}/posts/{postId}/versions/{versionId}/restore', { params: { path: { ws, postId, versionId } } })),
  notifications: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/notifications', { params: { path: { ws } } })),
  markRead: (ws: string, ids?: string[]) => answer(client.POST('/api/v1/workspaces/{ws}/notifications/read', { params: { path: { ws } }, body: ids ? { ids } : {} })),
};
