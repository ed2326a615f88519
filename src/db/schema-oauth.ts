/**
 * Kysely's view of the OAuth tables of migration 0009: sign-in attempts to the networks configured from env, and the
 * grants waiting for the person to pick accounts. Split from schema.ts by domain; schema.ts extends it.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** One "Connect with <network>" in flight: its `state` works once, for its person and session, until it expires. */
export interface OAuthAttemptsTable {
  state_hash: string;
  workspace_id: string;
  user_id: string;
  /** The session that started it (null when started with an API token: then only the person is checked). */
  session_hash: string | null;
  network: string;
  /** The PKCE code verifier, sealed (networks that use PKCE). */
  verifier_enc: string | null;
  expires_at: Timestamp;
  created_at: Generated<Date>;
}

/** What the picker shows of an account: no secret. */
export interface GrantAccount {
  externalId: string;
  label: string;
  network: string;
}

/** A sign-in that reached several accounts, until the person picks which become channels. */
export interface OAuthGrantsTable {
  id: Generated<string>;
  workspace_id: string;
  user_id: string;
  /** The network signed in with (Facebook for Pages and their Instagram accounts). */
  network: string;
  accounts: JSONColumnType<GrantAccount[], string, string>;
  /** The accounts' connect inputs (tokens), sealed and bound to the workspace. */
  choices_enc: string;
  expires_at: Timestamp;
  created_at: Generated<Date>;
}

export interface OAuthSchema {
  oauth_attempts: OAuthAttemptsTable;
  oauth_grants: OAuthGrantsTable;
}
