/**
 * The fake Graph API's data and its error bodies. Written from Meta's reference pages, not imported from the
 * connectors, so a connector's mistake is not mirrored here. Error bodies follow
 * https://developers.facebook.com/docs/graph-api/guides/error-handling (`{ error: { message, type, code,
 * error_subcode, error_user_title, error_user_msg, fbtrace_id } }`, HTTP 400 for nearly everything).
 */
import { randomBytes } from 'node:crypto';
import type { FakeResponse } from '../scaffold/server.js';

export type { FakeResponse };

export interface Token {
  kind: 'user' | 'page';
  /** The user or Page the token acts as. */
  subjectId: string;
  /** Epoch ms; null = never expires (Page tokens from long-lived user tokens). */
  expiresAt: number | null;
  longLived: boolean;
  /** The permissions the person granted (a Page token carries its user's); undefined: every one Chorus asks for. */
  permissions?: string[];
}

export interface User {
  id: string;
  name: string;
}

export interface Page {
  id: string;
  name: string;
  username: string;
  token: string;
  ownerIds: string[];
  igUserId: string | null;
  /** `followers_count` and `fan_count` (likes) of the Page. */
  followers?: number;
  fans?: number;
  /** Daily Page Insights values per metric, oldest first (what `period=day` answers). */
  daily?: Record<string, number[]>;
}

export interface IgUser {
  id: string;
  username: string;
  name: string;
  pageId: string;
  /** Media published in the rolling 24 hours, for `content_publishing_limit`. */
  publishedAt: number[];
  followers?: number;
  follows?: number;
  /** Account insights over the range asked (`metric_type=total_value`), per metric. */
  totals?: Record<string, number>;
}

export interface Post {
  id: string;
  pageId: string;
  message: string;
  link: string | null;
  createdTime: number;
  photoIds: string[];
  reactions: number;
  shares: number;
  insights: Record<string, number>;
  /** The audience it was published for (`targeting`, `feed_targeting`), null when for everyone. */
  targeting?: Record<string, unknown> | null;
  feedTargeting?: Record<string, unknown> | null;
}

export interface Photo {
  id: string;
  pageId: string;
  url: string;
  published: boolean;
  attached: boolean;
  altText: string | null;
}

export interface Video {
  id: string;
  pageId: string;
  description: string;
  fileUrl: string;
  createdTime: number;
  targeting?: Record<string, unknown> | null;
  feedTargeting?: Record<string, unknown> | null;
}

export interface Comment {
  id: string;
  /** The post, video, media or comment it answers. */
  objectId: string;
  fromId: string;
  fromName: string;
  message: string;
  createdTime: number;
  hidden: boolean;
  /** Pages that liked it (`POST /{comment-id}/likes`). */
  likedBy?: Set<string>;
}

export type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';

export interface Container {
  id: string;
  igUserId: string;
  mediaType: 'IMAGE' | 'VIDEO' | 'REELS' | 'CAROUSEL';
  caption: string;
  url: string | null;
  children: string[];
  isCarouselItem: boolean;
  /** Status checks still answered IN_PROGRESS. */
  pollsLeft: number;
  status: ContainerStatus;
  error: string | null;
}

export interface Media {
  id: string;
  igUserId: string;
  caption: string;
  mediaType: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  timestamp: number;
  likes: number;
  insights: Record<string, number>;
}

/** A file the fake can "download" (Graph fetches media from the URL it is given). */
/** The Graph objects the fake holds, each kind by id. */
export interface GraphObjects {
  users: Map<string, User>;
  pages: Map<string, Page>;
  igUsers: Map<string, IgUser>;
  posts: Map<string, Post>;
  photos: Map<string, Photo>;
  videos: Map<string, Video>;
  comments: Map<string, Comment>;
  containers: Map<string, Container>;
  media: Map<string, Media>;
}

export interface HostedFile {
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
}

export const fbtrace = (): string => randomBytes(8).toString('base64url');

/** A Graph error answer. */
export function graphError(
  code: number,
  message: string,
  extra: { type?: string; subcode?: number; userTitle?: string; userMsg?: string; status?: number; transient?: boolean } = {},
): FakeResponse {
  return {
    status: extra.status ?? 400,
    body: {
      error: {
        message,
        type: extra.type ?? 'OAuthException',
        code,
        ...(extra.subcode !== undefined ? { error_subcode: extra.subcode } : {}),
        ...(extra.transient !== undefined ? { is_transient: extra.transient } : {}),
        ...(extra.userTitle ? { error_user_title: extra.userTitle } : {}),
        ...(extra.userMsg ? { error_user_msg: extra.userMsg } : {}),
        fbtrace_id: fbtrace(),
      },
    },
  };
}

/** What Graph answers when the token lacks a permission the call needs (code 10, "permission denied"). */
export const missingPermission = (permission: string): FakeResponse => graphError(10, `(#10) Requires ${permission} permission to access this endpoint`);

/** `(#100)` missing or invalid parameter. */
export const invalidParam = (message: string): FakeResponse => graphError(100, `(#100) ${message}`);

/** What Graph answers for an id it can't load (code 100, subcode 33). */
export const unknownObject = (id: string, method = 'get'): FakeResponse =>
  graphError(
    100,
    `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    { type: 'GraphMethodException', subcode: 33 },
  );

export const ok = (body: unknown): FakeResponse => ({ status: 200, body });

/** Splits a `fields` value at top-level commas: `a,b{c,d},e.limit(0)` → `a`, `b`, `e`. */
export function fieldNames(fields: string | null): Set<string> {
  const names = new Set<string>();
  if (!fields) return names;
  let depth = 0;
  let current = '';
  for (const ch of fields) {
    if (ch === '{' || ch === '(') depth++;
    if (ch === '}' || ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      names.add(current.trim().split(/[.{(]/)[0] ?? '');
      current = '';
    } else current += ch;
  }
  if (current.trim()) names.add(current.trim().split(/[.{(]/)[0] ?? '');
  return names;
}

/** Only the fields asked for (and `id`, which Graph always returns). */
export function pick(all: Record<string, unknown>, fields: string | null, defaults: string[]): Record<string, unknown> {
  const wanted = fields ? fieldNames(fields) : new Set(defaults);
  wanted.add('id');
  return Object.fromEntries(Object.entries(all).filter(([k, v]) => wanted.has(k) && v !== undefined));
}

/** Graph writes times as `2026-11-24T10:00:00+0000`. */
export function graphTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

/** The Page an object belongs to (a comment's, a media's through its Instagram account), or null. */
export function ownerPageOf(s: GraphObjects, id: string, depth = 0): string | null {
  if (depth > 20) return null;
  if (s.pages.has(id)) return id;
  const direct = s.posts.get(id) ?? s.videos.get(id) ?? s.photos.get(id);
  if (direct) return direct.pageId;
  const ig = s.igUsers.get(id) ?? s.igUsers.get(s.media.get(id)?.igUserId ?? s.containers.get(id)?.igUserId ?? '');
  if (ig) return ig.pageId;
  const comment = s.comments.get(id);
  return comment ? ownerPageOf(s, comment.objectId, depth + 1) : null;
}

/** Whether the caller may act for the Page: its own Page token, or a user token of someone who manages it. */
export function actsFor(caller: { kind: 'user' | 'page'; subjectId: string }, page: Page | undefined): boolean {
  if (!page) return false;
  return caller.kind === 'page' ? caller.subjectId === page.id : page.ownerIds.includes(caller.subjectId);
}
