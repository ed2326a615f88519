/** Shapes of the listening API (they drive the OpenAPI document). */
import { z } from 'zod';
import { ErrorBody, IsoDate } from '../../../core/http.js';

/** A term as people type it: trimmed, 1–100 characters. */
const Term = z.string().trim().min(1, 'A term cannot be empty.').max(100, 'A term has at most 100 characters.');
const Terms = (what: string) => z.array(Term).max(20, `At most 20 ${what}.`);
/** A hashtag without its `#` (one is accepted and dropped); no spaces, as networks read tags. */
const Hashtag = Term.transform((tag) => tag.replace(/^#+/, '')).pipe(
  z.string().min(1, 'A hashtag needs a word after #.').regex(/^[\p{L}\p{N}_]+$/u, 'A hashtag is one word of letters, digits and _, without spaces.'),
);

const fields = {
  name: z.string().trim().min(1, 'Give the query a name.').max(100, 'A name has at most 100 characters.'),
  keywords: Terms('keywords').describe('Words or phrases; a post matching any of them (or any hashtag) is found'),
  hashtags: z.array(Hashtag).max(20, 'At most 20 hashtags.').describe('Without the #'),
  exclude: Terms('exclusions').describe('A post whose text contains any of these is left out'),
  languages: z
    .array(z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, 'A language is a two-letter ISO 639-1 code, like en or fr.'))
    .max(20, 'At most 20 languages.')
    .describe('ISO 639-1 codes; empty means every language'),
  channelIds: z.array(z.string()).max(50, 'At most 50 channels.').describe('The Bluesky, Mastodon and X channels of this workspace that search'),
  active: z.boolean(),
};

const dedupe = (values: string[]) => [...new Map(values.map((v) => [v.toLocaleLowerCase(), v])).values()];

export const ListeningQueryCreate = z
  .object({
    ...fields,
    keywords: fields.keywords.default([]).transform(dedupe),
    hashtags: fields.hashtags.default([]).transform(dedupe),
    exclude: fields.exclude.default([]).transform(dedupe),
    languages: fields.languages.default([]).transform(dedupe),
    channelIds: fields.channelIds.transform(dedupe),
    active: fields.active.default(true),
  })
  .refine((q) => q.keywords.length + q.hashtags.length > 0, { message: 'A listening query needs at least one keyword or hashtag.', path: ['keywords'] });

export const ListeningQueryPatch = z.object({
  name: fields.name.optional(),
  keywords: fields.keywords.transform(dedupe).optional(),
  hashtags: fields.hashtags.transform(dedupe).optional(),
  exclude: fields.exclude.transform(dedupe).optional(),
  languages: fields.languages.transform(dedupe).optional(),
  channelIds: fields.channelIds.transform(dedupe).optional(),
  active: fields.active.optional(),
});

export const ListeningQuery = z.object({
  id: z.string(),
  name: z.string(),
  keywords: z.array(z.string()),
  hashtags: z.array(z.string()),
  exclude: z.array(z.string()),
  languages: z.array(z.string()),
  channelIds: z.array(z.string()),
  active: z.boolean(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});

/** 422: a channel that is not this workspace's or cannot search, too many queries or terms. */
export const listeningErrors = { 422: ErrorBody } as const;
