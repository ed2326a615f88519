/** What the tracking snippet may send to `POST /api/v1/collect` (src/features/tracking/snippet.ts documents it). */
import { z } from 'zod';

const common = {
  workspaceId: z.string().min(1).max(64),
  url: z.string().max(4096),
};
// A cid or ref comes from a URL anyone can edit: kept lenient here (a malformed one simply attributes nothing).
const Cid = z.string().max(100).optional();
const Ref = z.string().max(64).optional();

export const PageViewBody = z.object({
  type: z.literal('pageview'),
  ...common,
  referrer: z.string().max(4096).optional(),
  cid: Cid,
  ref: Ref,
});

export const ShareTokenBody = z.object({ type: z.literal('share_token'), ...common, cid: Cid, parentRef: Ref });

export const ConversionBody = z.object({
  type: z.literal('conversion'),
  ...common,
  name: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[^\p{C}]+$/u, 'no control characters')
    .describe('"lead", "sale" or a name of your own, up to 40 characters'),
  value: z.number().min(0).max(1e12).nullable().optional(),
  currency: z.string().regex(/^[A-Za-z]{3}$/, 'a 3-letter ISO 4217 code such as "EUR"').nullable().optional(),
  cid: Cid,
  ref: Ref,
  ownRef: Ref,
});

export const CollectBody = z.discriminatedUnion('type', [PageViewBody, ShareTokenBody, ConversionBody]);
export type CollectBody = z.infer<typeof CollectBody>;
