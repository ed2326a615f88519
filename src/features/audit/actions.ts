/**
 * Every action the audit log records. `AuditEntry.action` is typed from this list, so a new kind of change cannot be
 * written without being named here, and the web app's texts (one per code, in English and French) are tested
 * against it. The codes are stored as they are: never rename one, add a new one.
 */
export const AUDIT_ACTIONS = [
  'workspace.created',
  'member.added',
  'member.invited',
  'member.role_changed',
  'member.removed',
  'token.created',
  'token.revoked',
  'two_factor.required',
  'two_factor.not_required',
  'utm_template.updated',
  'collect.origins.update',
  'channel.connected',
  'channel.reconnected',
  'channel.disconnected',
  'channel.needs_reconnect',
  'channel.board_created',
  'post.created',
  'post.updated',
  'post.approved',
  'post.rejected',
  'post.cancelled',
  'post.deleted',
  'publication.published',
  'link.created',
  'link.updated',
  'link.archived',
  'bio.updated',
  'engagement.replied',
  'engagement.hidden',
  'engagement.shown',
  'engagement.deleted',
  'network_app.saved',
  'network_app.replaced',
  'network_app.removed',
  'publishing.paused',
  'publishing.resumed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
