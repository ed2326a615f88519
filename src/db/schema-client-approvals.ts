/** Kysely's view of client approval links and the decisions made through them (migration 0040). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type ClientDecision = 'approved' | 'changes_requested';

export interface ClientApprovalLinksTable {
  id: Generated<string>;
  workspace_id: string;
  /** SHA-256 (hex) of the link's token; the token is shown once and never stored. */
  token_hash: string;
  post_ids: JSONColumnType<string[], string, string>;
  /** Where the link was mailed, when it was. */
  email: string | null;
  note: string | null;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ClientApprovalDecisionsTable {
  link_id: string;
  post_id: string;
  workspace_id: string;
  decision: ClientDecision;
  comment: Generated<string>;
  /** The name the client typed, as given (no account behind it). */
  name: Generated<string>;
  decided_at: Generated<Date>;
}

export interface ClientApprovalsSchema {
  client_approval_links: ClientApprovalLinksTable;
  client_approval_decisions: ClientApprovalDecisionsTable;
}
