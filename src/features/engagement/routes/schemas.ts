/** Shapes of the inbox API (they drive the OpenAPI document). */
import { z } from 'zod';
import { ErrorBody, IsoDate } from '../../../core/http.js';

export const EngagementKind = z.enum(['reply', 'mention', 'direct_message', 'quote', 'listening']);

export const Engagement = z.object({
  id: z.string(),
  channelId: z.string(),
  network: z.string(),
  kind: EngagementKind,
  externalId: z.string().describe("The item's id on the network"),
  parentExternalId: z.string().nullable().describe('The post or comment it answers, on the network'),
  publicationId: z.string().nullable().describe('Our publication it belongs to, when it answers one'),
  postId: z.string().nullable(),
  author: z.object({ externalId: z.string(), handle: z.string(), name: z.string(), avatarUrl: z.string().nullable() }),
  text: z.string(),
  url: z.string().nullable(),
  createdAt: IsoDate,
  receivedAt: IsoDate,
  hidden: z.boolean(),
  liked: z.boolean().describe("Whether the workspace's account liked it on the network through Chorus"),
  repliedAt: IsoDate.nullable(),
  replyUrl: z.string().nullable(),
  language: z.string().describe('Detected on arrival: en, fr, or unknown'),
  sentiment: z
    .object({ label: z.enum(['positive', 'neutral', 'negative']), score: z.number().min(-1).max(1) })
    .nullable()
    .describe('Scored on arrival, from -1 to 1; null for items stored before sentiment existed'),
});

/** What acting on an item can answer besides the usual: the channel needs reconnecting, the network refused, said wait, or was down. */
export const actionErrors = { 409: ErrorBody, 422: ErrorBody, 429: ErrorBody, 502: ErrorBody } as const;

export const ReplyStatus = z.enum(['pending_approval', 'queued', 'sending', 'sent', 'failed', 'rejected']);

/** A reply from the inbox: queued, waiting for an editor, on its way, sent once, or why not. */
export const EngagementReply = z.object({
  id: z.string(),
  engagementId: z.string(),
  channelId: z.string(),
  text: z.string(),
  status: ReplyStatus.describe('pending_approval (a contributor\'s, waiting for an editor) → queued → sending → sent | failed; or rejected'),
  authorId: z.string().nullable(),
  approvedBy: z.string().nullable(),
  attempts: z.number().int(),
  externalId: z.string().nullable().describe('The reply on the network, once sent'),
  url: z.string().nullable(),
  error: z.string().nullable().describe('Why it failed, or the reason it was rejected'),
  errorCode: z.string().nullable().describe('A stable code for the failure, e.g. reply_outcome_unknown'),
  createdAt: IsoDate,
  sentAt: IsoDate.nullable(),
});
