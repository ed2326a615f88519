/** Shapes of the early-warning API (they drive the OpenAPI document): alert rules and the alerts they fired. */
import { z } from 'zod';
import { ErrorBody, IsoDate, Text } from '../../../core/http.js';
import { alertsRepository, type AlertRow, type AlertRuleRow } from '../repository.js';

export const AlertKind = z
  .enum(['negative_surge', 'keyword_surge', 'post_backlash'])
  .describe('negative_surge: negative items above the usual; keyword_surge: items with the keywords above the usual; post_backlash: a post whose negative replies outrun its positive ones');

const Keyword = Text.pipe(z.string().trim().min(1).max(100));

export const Notify = z
  .object({
    webhooks: z.boolean().optional().describe('Deliver `alert.fired` to the webhooks subscribed to it (default true)'),
    emails: z.array(z.email()).max(10).optional().describe('Addresses to tell by email, when the server has SMTP settings'),
  })
  .strict();

export const AlertRuleInput = z.object({
  name: Text.pipe(z.string().trim().min(1, { error: 'Name the rule.' }).max(100)),
  kind: AlertKind,
  windowMinutes: z.number().int().min(1).max(1440).describe('The window counted, 1 to 1,440 minutes'),
  minCount: z.number().int().min(1).max(100_000).optional().describe('Fewer items than this never fire (default 10)'),
  keywords: z.array(Keyword).max(20).optional().describe('keyword_surge only: an item counts when its text contains one of them (any case)'),
  notify: Notify.optional(),
});

export const AlertRuleChanges = AlertRuleInput.omit({ kind: true })
  .partial()
  .extend({ active: z.boolean().optional() })
  .refine((c) => Object.keys(c).length > 0, { error: 'Send at least one field to change.' });

export const AlertRule = z.object({
  id: z.string(),
  name: z.string(),
  kind: AlertKind,
  windowMinutes: z.number(),
  minCount: z.number(),
  keywords: z.array(z.string()),
  notify: Notify,
  active: z.boolean(),
  lastEvaluatedAt: IsoDate.nullable(),
  lastFiredAt: IsoDate.nullable(),
  createdAt: IsoDate,
});

export const AlertItem = z.object({
  id: z.string(),
  network: z.string(),
  author: z.object({ handle: z.string(), name: z.string() }),
  text: z.string(),
  url: z.string().nullable(),
  createdAt: IsoDate,
  sentiment: z.enum(['positive', 'neutral', 'negative']).nullable(),
});

export const Alert = z.object({
  id: z.string(),
  ruleId: z.string().nullable().describe('Null once the rule is deleted'),
  kind: AlertKind,
  firedAt: IsoDate,
  summary: z.string().describe('In English; the details carry the numbers for other languages'),
  engagementIds: z.array(z.string()).describe('The inbox items that caused it, newest first (at most 50)'),
  items: z.array(AlertItem).describe('Those items still in the inbox, newest first'),
  details: z.object({
    count: z.number().optional(),
    mean: z.number().optional(),
    sd: z.number().optional(),
    threshold: z.number().optional(),
    windowMinutes: z.number().optional(),
    keywords: z.array(z.string()).optional(),
    publicationId: z.string().optional(),
    negative: z.number().optional(),
    positive: z.number().optional(),
  }),
});

export const ruleErrors = { 422: ErrorBody } as const;

export function publicRule(r: AlertRuleRow): z.infer<typeof AlertRule> {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    windowMinutes: r.window_minutes,
    minCount: r.min_count,
    keywords: r.keywords,
    notify: r.notify,
    active: r.active,
    lastEvaluatedAt: r.last_evaluated_at?.toISOString() ?? null,
    lastFiredAt: r.last_fired_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

type ItemRow = Awaited<ReturnType<typeof alertsRepository.itemsByIds>>[number];

export function publicAlert(a: AlertRow, items: Map<string, ItemRow>): z.infer<typeof Alert> {
  return {
    id: a.id,
    ruleId: a.rule_id,
    kind: a.kind,
    firedAt: a.fired_at.toISOString(),
    summary: a.summary,
    engagementIds: a.engagement_ids,
    items: a.engagement_ids.flatMap((id) => {
      const i = items.get(id);
      if (!i) return [];
      const item = { id: i.id, network: i.network, author: { handle: i.author_handle, name: i.author_name }, text: i.text, url: i.url };
      return [{ ...item, createdAt: i.created_at.toISOString(), sentiment: i.sentiment_label }];
    }),
    details: a.details,
  };
}
