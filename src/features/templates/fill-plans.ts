/**
 * Fills the publications a post (or a template being checked) will make: each one's `{{variables}}` with the values
 * of its channel and segment, then its channel's signature at the end. The one place the posts feature calls
 * (src/features/posts/prepare.ts), so what is checked against the networks' rules and saved is the filled text.
 */
import { invalid } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import type { PlannedPublication } from '../posts/plan.js';
import { fillText, valuesFor, variablesIn, withSignature } from './fill.js';
import { variablesRepository } from './variables-repository.js';

export interface FillOptions {
  /** Add each channel's signature (default true; a post may leave it off). */
  signature?: boolean | undefined;
  /** Values that win over the saved ones (a template filled with them). */
  values?: Record<string, string> | undefined;
  /** A variable without a value is an error (posts, fills); false leaves it as written (a template being saved). */
  strict?: boolean | undefined;
}

/** 422 `unfilled_variable` naming the first variable without a value, and where it was missing. */
export function unknownVariable(name: string, plan: PlannedPublication, all: string[]): never {
  const where = plan.segment ? `"${plan.segment.name}" on ${plan.channel.handle}` : plan.channel.handle;
  throw invalid(
    'unfilled_variable',
    `{{${name}}} has no value for ${where} (${plan.channel.network}); add it as a workspace, channel or segment variable, or remove it.`,
    'text',
    { unknown: all, channelId: plan.channel.id, ...(plan.segment && { segmentId: plan.segment.id }) },
    { variable: name, network: plan.channel.network },
  );
}

export async function fillPlans(db: Queryable, workspaceId: string, plans: PlannedPublication[], options: FillOptions = {}): Promise<PlannedPublication[]> {
  if (plans.length === 0) return plans;
  const channelIds = [...new Set(plans.map((p) => p.channel.id))];
  const used = plans.some((p) => variablesIn(p.text).length > 0);
  const segmentIds = [...new Set(plans.flatMap((p) => p.segment?.id ?? []))];
  // Posts without variables (most of them) read no variables at all.
  const rows = used ? await variablesRepository.forScopes(db, workspaceId, channelIds, segmentIds) : [];
  const signatures = options.signature === false ? new Map<string, string>() : new Map((await variablesRepository.signatures(db, workspaceId, channelIds)).map((s) => [s.channel_id, s.text]));
  return plans.map((plan) => {
    const { text, missing } = used ? fillText(plan.text, valuesFor(rows, plan.channel.id, plan.segment?.id ?? null, options.values)) : { text: plan.text, missing: [] };
    if (missing.length > 0 && options.strict !== false) unknownVariable(missing[0]!, plan, missing);
    return { ...plan, text: withSignature(text, signatures.get(plan.channel.id)) };
  });
}
