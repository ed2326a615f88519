/** Shapes of the ideas API (they drive the OpenAPI document). */
import { z } from 'zod';
import { ErrorBody, IsoDate, Text } from '../../../core/http.js';
import { Tags } from '../../../core/tags.js';
import type { IdeaRow } from '../repository.js';

const Title = Text.pipe(z.string().trim().min(1, { error: 'Give the idea a title.' }).max(200, { error: 'Keep the title under 200 characters.' }));
const Notes = Text.pipe(z.string().max(10_000, { error: 'Keep the notes under 10,000 characters.' }));
const Stage = z.enum(['idea', 'shaping', 'ready', 'used']).describe('The board column: a first thought, being shaped, ready to post, turned into a post');
const MediaIds = z.array(z.string().uuid()).max(20).describe('Uploads from the media library');
const Position = z.number().finite().describe('Order within its column (lower first); absent: at the end');

export const IdeaInput = z.object({ title: Title, notes: Notes.optional(), tags: Tags.optional(), mediaIds: MediaIds.optional(), stage: Stage.optional(), position: Position.optional() });

export const IdeaChanges = z
  .object({ title: Title.optional(), notes: Notes.optional(), tags: Tags.optional(), mediaIds: MediaIds.optional(), stage: Stage.optional(), position: Position.optional() })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { error: 'Send at least one field to change.' });

export const Idea = z.object({
  id: z.string(),
  title: z.string(),
  notes: z.string(),
  tags: z.array(z.string()),
  mediaIds: z.array(z.string()),
  stage: Stage,
  position: z.number(),
  postId: z.string().nullable().describe('The post made from it, while that post exists'),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});

export const ideaErrors = { 409: ErrorBody, 422: ErrorBody } as const;

export function publicIdea(r: IdeaRow): z.infer<typeof Idea> {
  return {
    id: r.id,
    title: r.title,
    notes: r.notes,
    tags: r.tags,
    mediaIds: r.media_ids,
    stage: r.stage,
    position: r.position,
    postId: r.post_id,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
