/**
 * Kysely's view of the two-factor tables of migration 0017, and the columns it adds to `sessions` and `workspaces`.
 * Split from schema.ts by domain; schema.ts extends it.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A person's TOTP enrolment: pending until `enabled_at` is set by a confirmed code. */
export interface UserTwoFactorTable {
  user_id: string;
  /** The base32 secret, sealed with the server's key and bound to the user id. */
  secret_enc: string;
  enabled_at: Timestamp | null;
  /** The TOTP time step of the last accepted code (a bigint, read back as a string by pg). */
  last_used_step: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  created_at: Generated<Date>;
}

export interface TwoFactorRecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
  created_at: Generated<Date>;
}

/** Handed out after the password step of someone with two-factor on; works once, for five guesses, for minutes. */
export interface TwoFactorChallengesTable {
  token_hash: string;
  user_id: string;
  attempts: Generated<number>;
  expires_at: Timestamp;
  created_at: Generated<Date>;
}

export interface TwoFactorSchema {
  user_two_factor: UserTwoFactorTable;
  two_factor_recovery_codes: TwoFactorRecoveryCodesTable;
  two_factor_challenges: TwoFactorChallengesTable;
}
