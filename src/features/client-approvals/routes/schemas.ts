/** Request and response shapes of the client approval endpoints. The token only ever appears inside `url`, once. */
import { z } from 'zod';
import { Text } from '../../../core/http.js';
import { MAX_LINK_POSTS } from '../repository.js';

export const MAX_EXPIRY_DAYS = 30;

export const ClientApprovalInput = z
  .object({
    postIds: z.array(z.uuid()).min(1).max(MAX_LINK_POSTS).optional().describe('The posts to show (this workspace\'s)'),
    weekOf: z.iso.date().optional().describe('Or a date in the week to show: its posts waiting for approval or scheduled, Monday to Sunday on the workspace\'s clock'),
    email: z.email().max(254).optional().describe("The client's address: the link is mailed there"),
    expiresInDays: z.number().int().min(1).max(MAX_EXPIRY_DAYS).default(7).describe(`How long the link works, in days (1 to ${MAX_EXPIRY_DAYS})`),
    note: Text.pipe(z.string().trim().max(1000)).optional().describe('A few words shown to the client above the posts'),
  })
  .refine((b) => (b.postIds === undefined) !== (b.weekOf === undefined), { error: 'Give either postIds or weekOf, not both.', path: ['postIds'] });

export const ClientDecisionValue = z.enum(['approved', 'changes_requested']);

export const ClientDecision = z.object({
  linkId: z.string(),
  postId: z.string(),
  decision: ClientDecisionValue,
  comment: z.string(),
  name: z.string().describe('The name the client gave (no account behind it)'),
  decidedAt: z.string(),
});

export const ClientApprovalLink = z.object({
  id: z.string(),
  postIds: z.array(z.string()),
  email: z.string().nullable(),
  note: z.string().nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  decisions: z.array(ClientDecision),
});

export const ClientApprovalCreated = ClientApprovalLink.extend({
  url: z.string().describe('The secret address to give the client. Shown only now: the server keeps only a hash of it'),
});

export const ClientPreview = z.object({
  network: z.string(),
  channelName: z.string(),
  handle: z.string(),
  text: z.string().describe('The text this network gets'),
  scheduledAt: z.string().nullable(),
  media: z.array(z.object({ url: z.string().describe('A signed address, valid for a while'), mimeType: z.string(), altText: z.string() })),
});

export const ClientApprovalView = z.object({
  workspaceName: z.string(),
  note: z.string().nullable(),
  expiresAt: z.string(),
  posts: z.array(
    z.object({
      id: z.string(),
      scheduledAt: z.string().nullable(),
      decision: ClientDecision.nullable().describe('The decision already given through this link, if any'),
      previews: z.array(ClientPreview),
    }),
  ),
});

export const ClientDecisionInput = z.object({
  postId: z.string().max(60),
  decision: ClientDecisionValue,
  comment: Text.pipe(z.string().max(2000)).optional(),
  name: Text.pipe(z.string().max(100)).optional(),
});

export const ClientDecisionResult = ClientDecision.extend({
  postStatus: z.string().nullable().describe("The post's status when the decision moved it on (approved: scheduled; changes: draft, or pending_approval when it was scheduled and nothing had gone out yet), null when it was left as it was"),
});

export const TokenParams = z.object({ token: z.string().max(100).describe('The secret token from the approval link') });
