/** Request and response shapes of a post's notes and versions. */
import { z } from 'zod';

export const NoteText = z.string().trim().min(1, { error: 'Write the note first.' }).max(5000).describe('Plain text; @name or @email mentions a member');
export const NoteBody = z.object({ text: NoteText });

const Person = z.object({ userId: z.string(), name: z.string(), email: z.string(), handle: z.string().describe('What to write after @ to mention them') });

export const PostNote = z.object({
  id: z.string(),
  postId: z.string(),
  text: z.string(),
  author: Person.nullable(),
  mentions: z.array(Person).describe('The members the note mentions (each was notified)'),
  mine: z.boolean().describe('Written by the caller: they may edit or delete it'),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const PostNoteList = z.object({ notes: z.array(PostNote), members: z.array(Person).describe('Who can be mentioned') });

export const VersionContent = z.object({
  text: z.string(),
  mediaIds: z.array(z.string()),
  variants: z.array(z.record(z.string(), z.unknown())),
  channelIds: z.array(z.string()),
  scheduledAt: z.string().nullable(),
  scheduledLocal: z.object({ date: z.string(), time: z.string() }).nullable(),
});

export const PostVersion = z.object({
  id: z.string(),
  number: z.number().int().describe('1: the post as first written'),
  author: z.object({ userId: z.string(), name: z.string(), email: z.string() }).nullable(),
  createdAt: z.date(),
  changes: z.array(z.string()).describe('What changed from the version before: text, variants, media, channels, schedule'),
  content: VersionContent,
});

export const VersionDiff = z.object({
  versionId: z.string(),
  number: z.number().int(),
  against: z.object({ versionId: z.string(), number: z.number().int() }).nullable().describe('null: the first version, against nothing'),
  sections: z.array(
    z.object({
      key: z.string(),
      part: z.enum(['text', 'variants', 'media', 'channels', 'schedule']),
      variant: z.object({ network: z.string().nullable(), channelId: z.string().nullable(), segmentId: z.string().nullable() }).nullable(),
      changed: z.boolean(),
      parts: z.array(z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() })),
    }),
  ),
});
