/** Shapes of the inbox's workflow API: items with their status, assignee, tags and post; notes; saved replies. */
import { z } from 'zod';
import { IsoDate } from '../../../core/http.js';
import { MAX_TAG_CHARS, MAX_TAGS } from '../inbox-service.js';
import { Engagement } from './schemas.js';

export const InboxStatus = z.enum(['open', 'assigned', 'done']).describe('"open" is every item not done; "assigned" the open ones someone has');

export const InboxItem = Engagement.extend({
  status: InboxStatus,
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  tags: z.array(z.string()),
  notesCount: z.number().int(),
  doneAt: IsoDate.nullable(),
  post: z
    .object({ id: z.string(), excerpt: z.string().describe("The start of the publication's text"), publicationUrl: z.string().nullable() })
    .nullable()
    .describe('Our post it answers, to thread the inbox under it'),
});

export const Tags = z
  .array(
    z
      .string()
      .trim()
      .min(1, { error: 'A tag cannot be empty.' })
      .max(MAX_TAG_CHARS, { error: `A tag is at most ${MAX_TAG_CHARS} characters.` }),
  )
  .max(MAX_TAGS, { error: `An item takes at most ${MAX_TAGS} tags.` });

export const Note = z.object({
  id: z.string(),
  text: z.string(),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: IsoDate,
});

export const NoteText = z.string().trim().min(1, { error: 'Write the note first.' }).max(5000);

export const SavedReply = z.object({ id: z.string(), name: z.string(), text: z.string(), createdAt: IsoDate, updatedAt: IsoDate });

export const SavedReplyName = z.string().trim().min(1, { error: 'Name the saved reply.' }).max(100);
export const SavedReplyText = z
  .string()
  .trim()
  .min(1, { error: 'Write the saved reply first.' })
  .max(10_000)
  .describe('May name {{first_name}}, {{post_url}} and {{author_handle}}, filled in for the item answered');
