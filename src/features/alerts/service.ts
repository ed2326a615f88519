/**
 * Early warning: a workspace's alert rules and their evaluation. Any worker evaluates the rules that are due (each
 * claimed with a lease, so two workers never evaluate one rule at once), at least once a minute. A surge rule counts
 * the current window against a day of previous windows (detector.ts); a backlash rule looks at each post answered
 * in the window. Firing writes the alert in the same transaction as the rule's new state, so a surge fires once
 * even when a worker dies mid-evaluation (the next one finds the rule disarmed, or evaluates it afresh).
 *
 * @example
 *   await evaluateDueRules(ctx); // → number of alerts fired this round
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, notFound } from '../../core/errors.js';
import type { Tx } from '../../db/database.js';
import type { AlertKind, AlertNotify } from '../../db/schema.js';
import { auditRepository } from '../audit/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { backlash, baselineWindows, step, surge } from './detector.js';
import { alertEmailJob } from './jobs.js';
import { emitEvents } from '../outgoing-webhooks/events.js';
import { alertsRepository as repo, type AlertRow, type AlertRuleChanges, type AlertRuleRow, type Counted } from './repository.js';

export const MAX_RULES_PER_WORKSPACE = 50;
/** A claimed rule is evaluated again after this (the round runs every 15 s): at least once a minute. */
const EVALUATION_LEASE_MS = 45_000;
/** A backlash on one post is called once a day per rule. */
const BACKLASH_COOL_DOWN_MS = 24 * 3_600_000;

export interface AlertRuleInput {
  name: string;
  kind: AlertKind;
  windowMinutes: number;
  minCount?: number;
  keywords?: string[];
  notify?: AlertNotify;
}

/** Keyword rules need keywords; the others take none (they would silently be ignored). */
function checkKeywords(kind: AlertKind, keywords: string[]): void {
  if (kind === 'keyword_surge' && keywords.length === 0) {
    throw new ApiError(422, 'alert_keywords_required', 'A keyword surge rule needs at least one keyword to watch.', 'keywords');
  }
  if (kind !== 'keyword_surge' && keywords.length > 0) {
    throw new ApiError(422, 'alert_keywords_unused', 'Only keyword surge rules take keywords; remove them or change the kind.', 'keywords');
  }
}

export async function createAlertRule(ctx: AppContext, access: WorkspaceAccess, input: AlertRuleInput): Promise<AlertRuleRow> {
  const keywords = input.keywords ?? [];
  checkKeywords(input.kind, keywords);
  return ctx.database.db.transaction().execute(async (trx) => {
    if ((await repo.countRules(trx, access.workspaceId)) >= MAX_RULES_PER_WORKSPACE) {
      throw new ApiError(422, 'alert_rules_limit', `A workspace can have ${MAX_RULES_PER_WORKSPACE} alert rules; delete one first.`, undefined, undefined, { max: MAX_RULES_PER_WORKSPACE });
    }
    const rule = await repo.createRule(trx, {
      workspaceId: access.workspaceId,
      name: input.name,
      kind: input.kind,
      windowMinutes: input.windowMinutes,
      minCount: input.minCount ?? 10,
      keywords,
      notify: input.notify ?? { webhooks: true },
      createdBy: access.userId,
    });
    await auditRepository.recordBy(trx, access, { action: 'alert_rule.created', targetType: 'alert_rule', targetId: rule.id, data: { name: rule.name, kind: rule.kind } });
    return rule;
  });
}

export async function updateAlertRule(ctx: AppContext, access: WorkspaceAccess, id: string, changes: AlertRuleChanges): Promise<AlertRuleRow> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const rule = await repo.findRule(trx, access.workspaceId, id);
    if (!rule) throw notFound('Alert rule');
    checkKeywords(rule.kind, changes.keywords ?? rule.keywords);
    const updated = (await repo.updateRule(trx, access.workspaceId, id, changes))!;
    await auditRepository.recordBy(trx, access, { action: 'alert_rule.updated', targetType: 'alert_rule', targetId: id, data: { name: updated.name } });
    return updated;
  });
}

export async function removeAlertRule(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const rule = await repo.findRule(trx, access.workspaceId, id);
    if (!rule || !(await repo.removeRule(trx, access.workspaceId, id))) throw notFound('Alert rule');
    await auditRepository.recordBy(trx, access, { action: 'alert_rule.deleted', targetType: 'alert_rule', targetId: id, data: { name: rule.name } });
  });
}

/** Claims the due rules and evaluates each; returns how many alerts fired. One rule's failure costs the others nothing. */
export async function evaluateDueRules(ctx: AppContext, now = new Date()): Promise<number> {
  const ids = await repo.claimDue(ctx.database.db, now, EVALUATION_LEASE_MS);
  let fired = 0;
  for (const id of ids) {
    try {
      fired += (await evaluateRule(ctx, id, now)).length;
    } catch (error) {
      ctx.log.error({ err: error, ruleId: id }, 'evaluating an alert rule failed');
    }
  }
  return fired;
}

/** Evaluates one rule as of `now` (tests and replays pass their own clock); returns the alerts it fired. */
export async function evaluateRule(ctx: AppContext, ruleId: string, now = new Date()): Promise<AlertRow[]> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const rule = await repo.lockRule(trx, ruleId);
    if (!rule || !rule.active) return [];
    const alerts = rule.kind === 'post_backlash' ? await evaluateBacklash(trx, rule, now) : await evaluateSurge(trx, rule, now);
    // Told in the same transaction: an alert is mailed and delivered to webhooks if and only if it is stored.
    if ((rule.notify.emails ?? []).length > 0) {
      for (const alert of alerts) await ctx.jobs.send(alertEmailJob, { alertId: alert.id }, { trx });
    }
    if (rule.notify.webhooks !== false) {
      await emitEvents(ctx, trx, alerts.map((alert) => ({ workspaceId: alert.workspace_id, type: 'alert.fired' as const, data: alertEventData(alert, rule.name) })));
    }
    return alerts;
  });
}

/** What an `alert.fired` event carries: the alert as GET …/alerts shows it, without the items' texts, and its rule's name. */
function alertEventData(alert: AlertRow, ruleName: string): Record<string, unknown> {
  return {
    id: alert.id,
    ruleId: alert.rule_id,
    ruleName,
    kind: alert.kind,
    firedAt: alert.fired_at.toISOString(),
    summary: alert.summary,
    engagementIds: alert.engagement_ids,
    details: alert.details,
  };
}

async function evaluateSurge(trx: Tx, rule: AlertRuleRow, now: Date): Promise<AlertRow[]> {
  const counted: Counted = rule.kind === 'keyword_surge' ? { keywords: rule.keywords } : { negative: true };
  const windows = baselineWindows(rule.window_minutes);
  const [current, ...previous] = await repo.windowCounts(trx, rule.workspace_id, counted, now, rule.window_minutes, windows);
  const verdict = surge({ current: current!, previous, minCount: rule.min_count });
  const next = step(rule.armed, verdict.exceeded);
  await repo.saveState(trx, rule.id, { armed: next.armed, evaluatedAt: now, firedAt: next.fire ? now : null });
  if (!next.fire) return [];
  const what = rule.kind === 'keyword_surge' ? `items mentioning ${rule.keywords.map((k) => `"${k}"`).join(', ')}` : 'negative items';
  const alert = await repo.insertAlert(trx, {
    workspaceId: rule.workspace_id,
    ruleId: rule.id,
    kind: rule.kind,
    firedAt: now,
    summary: `${current} ${what} in ${rule.window_minutes} minutes (usually ${verdict.mean.toFixed(1)} ± ${verdict.sd.toFixed(1)}).`,
    engagementIds: await repo.windowItems(trx, rule.workspace_id, counted, now, rule.window_minutes),
    details: { count: current, mean: verdict.mean, sd: verdict.sd, threshold: verdict.threshold, windowMinutes: rule.window_minutes, keywords: rule.keywords },
  });
  return [alert];
}

async function evaluateBacklash(trx: Tx, rule: AlertRuleRow, now: Date): Promise<AlertRow[]> {
  const posts = await repo.repliesBySentiment(trx, rule.workspace_id, now, rule.window_minutes);
  const hit = posts.filter((p) => backlash(p, rule.min_count));
  const already = hit.length > 0 ? await repo.recentBacklashes(trx, rule.id, new Date(now.getTime() - BACKLASH_COOL_DOWN_MS)) : new Set<string>();
  const alerts: AlertRow[] = [];
  for (const post of hit.filter((p) => !already.has(p.publication_id!))) {
    alerts.push(
      await repo.insertAlert(trx, {
        workspaceId: rule.workspace_id,
        ruleId: rule.id,
        kind: rule.kind,
        firedAt: now,
        summary: `A post drew ${post.negative} negative replies and ${post.positive} positive ones in ${rule.window_minutes} minutes.`,
        engagementIds: post.negativeIds ?? [],
        details: { publicationId: post.publication_id, negative: post.negative, positive: post.positive, windowMinutes: rule.window_minutes },
      }),
    );
  }
  await repo.saveState(trx, rule.id, { armed: true, evaluatedAt: now, firedAt: alerts.length > 0 ? now : null });
  return alerts;
}
