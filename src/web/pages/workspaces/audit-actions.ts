/**
 * The action codes the audit log can be filtered by, in the order the filter offers them. Typed against the codes of
 * the server's OpenAPI document: a code added or removed there breaks this file's build until it is listed here
 * (and its texts exist, which audit/actions.test.ts checks on the server's list).
 */
import type { AuditActionCode } from '../../api-audit';

const listed = {
  'workspace.created': true,
  'member.added': true,
  'member.invited': true,
  'member.role_changed': true,
  'member.removed': true,
  'token.created': true,
  'token.revoked': true,
  'two_factor.required': true,
  'two_factor.not_required': true,
  'utm_template.updated': true,
  'collect.origins.update': true,
  'channel.connected': true,
  'channel.reconnected': true,
  'channel.disconnected': true,
  'channel.needs_reconnect': true,
  'channel.board_created': true,
  'post.created': true,
  'post.updated': true,
  'post.approved': true,
  'post.rejected': true,
  'post.cancelled': true,
  'post.deleted': true,
  'post.experiment_created': true,
  'publication.published': true,
  'link.created': true,
  'link.updated': true,
  'link.archived': true,
  'bio.updated': true,
  'engagement.replied': true,
  'engagement.reply_approved': true,
  'engagement.reply_rejected': true,
  'engagement.hidden': true,
  'engagement.shown': true,
  'engagement.deleted': true,
  'engagement.assigned': true,
  'engagement.done': true,
  'engagement.reopened': true,
  'network_app.saved': true,
  'network_app.replaced': true,
  'network_app.removed': true,
  'alert_rule.created': true,
  'alert_rule.updated': true,
  'alert_rule.deleted': true,
  'listening_query.created': true,
  'listening_query.updated': true,
  'listening_query.deleted': true,
  'webhook.created': true,
  'webhook.deleted': true,
  'publishing.paused': true,
  'publishing.resumed': true,
  'segment.created': true,
  'segment.updated': true,
  'segment.deleted': true,
  'business_hours.updated': true,
  'calendar_feed.created': true,
  'calendar_feed.revoked': true,
  'campaign.created': true,
  'campaign.updated': true,
  'campaign.archived': true,
  'campaign.deleted': true,
} satisfies Record<AuditActionCode, true>;

export const auditActions = Object.keys(listed) as AuditActionCode[];

/** i18n keys cannot hold dots as data: "post.created" → "post_created" under `audit.actions`. */
export const actionKey = (code: string) => `audit.actions.${code.replaceAll('.', '_')}`;
