/** Request and response shapes of the bio page endpoints. */
import { z } from 'zod';
import { BIO_THEME_NAMES } from '../themes.js';

export const MAX_BIO_ITEMS = 50;

export const BioBody = z.object({
  slug: z.string().max(64).describe('The page address: /bio/{slug}. 3 to 64 letters, digits, "-" or "_"; stored lowercase'),
  title: z.string().trim().max(100).default(''),
  description: z.string().trim().max(500).default(''),
  theme: z.enum(BIO_THEME_NAMES).default('light'),
  lang: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'Use a language tag such as "en" or "pt-BR".' })
    .max(35)
    .optional()
    .describe('The language of the page, for screen readers and translation (default en)'),
  avatarMediaId: z.string().nullable().optional().describe('An uploaded image of this workspace'),
  items: z
    .array(z.object({ linkId: z.string(), label: z.string().trim().min(1).max(100) }))
    .max(MAX_BIO_ITEMS)
    .describe('Short links of this workspace, in the order shown'),
});

export const Bio = z.object({
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  description: z.string(),
  theme: z.string(),
  lang: z.string(),
  avatarMediaId: z.string().nullable(),
  avatarUrl: z.string().nullable().describe('The avatar image, signed for a while; null without one'),
  items: z.array(
    z.object({
      linkId: z.string(),
      label: z.string(),
      code: z.string(),
      url: z.string(),
      shown: z.boolean().describe('False while the link is archived or expired: kept in the list, left off the page'),
    }),
  ),
  updatedAt: z.date(),
});
