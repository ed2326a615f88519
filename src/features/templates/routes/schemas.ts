/** Shapes of the templates, hashtag groups, variables and signatures API (they drive the OpenAPI document). */
import { z } from 'zod';
import { ErrorBody, Text } from '../../../core/http.js';
import { Violation } from '../../posts/routes/schemas.js';
import { VARIABLE_NAME, variablesIn } from '../fill.js';
import type { HashtagGroupRow, TemplateRow } from '../repository.js';

const Name = (what: string) => Text.pipe(z.string().trim().min(1, { error: `Name the ${what}.` }).max(200, { error: 'Keep the name under 200 characters.' }));
const Id = z.string().max(60);

export const VariableName = z
  .string()
  .max(60)
  .regex(VARIABLE_NAME, { error: 'A variable name starts with a lowercase letter, then lowercase letters, digits or _ (e.g. promo_code).' });

export const TemplateInput = z.object({
  name: Name('template'),
  text: Text.pipe(z.string().trim().min(1, { error: 'Write the text of the template.' }).max(100_000)),
  tags: z.array(Text.pipe(z.string().trim().min(1).max(60))).max(30).optional().describe('Labels to find it by'),
  channelIds: z.array(Id).max(50).optional().describe('The channels it is written for: its filled text must pass their rules to be saved'),
});

export const TemplateChanges = TemplateInput.partial().refine((c) => Object.values(c).some((v) => v !== undefined), { error: 'Send at least one field to change.' });

export const Template = z.object({
  id: z.string(),
  name: z.string(),
  text: z.string(),
  tags: z.array(z.string()),
  channelIds: z.array(z.string()),
  variables: z.array(z.string()).describe('The {{variables}} its text uses'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const FillBody = z.object({
  channelIds: z.array(Id).max(50).optional().describe("Default: the template's own channels"),
  segmentIds: z.array(Id).max(20).optional().describe('Also fill it for these audience segments on each channel'),
  values: z.record(VariableName, Text.pipe(z.string().max(5000))).optional().describe('Values that win over the saved variables'),
  signature: z.boolean().optional().describe("Add each channel's signature (default true)"),
});

export const FillResult = z.object({
  results: z.array(
    z.object({
      channelId: z.string(),
      network: z.string(),
      segmentId: z.string().nullable(),
      segmentName: z.string().nullable(),
      text: z.string().describe('The text a post would carry there'),
      violations: z.array(Violation).describe("The network's rules this text breaks; empty: it can be posted"),
    }),
  ),
});

export const HashtagGroupInput = z.object({
  name: Name('group'),
  hashtags: z.array(Text.pipe(z.string().trim().max(140))).min(1).max(100).describe("With or without '#'"),
});

export const HashtagGroupChanges = HashtagGroupInput.partial().refine((c) => Object.values(c).some((v) => v !== undefined), { error: 'Send at least one field to change.' });

export const HashtagGroup = z.object({ id: z.string(), name: z.string(), hashtags: z.array(z.string()).describe("Without '#'"), updatedAt: z.string() });

export const VariableInput = z.object({
  name: VariableName,
  value: Text.pipe(z.string().max(5000)),
  channelId: Id.nullable().optional().describe("A channel's value: wins over the workspace's"),
  segmentId: Id.nullable().optional().describe("A segment's value: wins over the channel's"),
});

export const Variable = z.object({
  id: z.string(),
  name: z.string(),
  value: z.string(),
  scope: z.enum(['workspace', 'channel', 'segment']),
  channelId: z.string().nullable(),
  segmentId: z.string().nullable(),
  updatedAt: z.string(),
});

export const Signature = z.object({ channelId: z.string(), text: z.string().describe('Empty: none') });
export const SignatureInput = z.object({ text: Text.pipe(z.string().max(1000)).describe('Added after a blank line at the end of its posts; empty removes it') });

export const templateErrors = { 409: ErrorBody, 422: ErrorBody } as const;

export function publicTemplate(r: TemplateRow): z.infer<typeof Template> {
  return {
    id: r.id,
    name: r.name,
    text: r.text,
    tags: r.tags,
    channelIds: r.channel_ids,
    variables: variablesIn(r.text),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function publicHashtagGroup(r: HashtagGroupRow): z.infer<typeof HashtagGroup> {
  return { id: r.id, name: r.name, hashtags: r.hashtags, updatedAt: r.updated_at.toISOString() };
}
