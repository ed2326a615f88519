/** Kysely's view of the post experiments (migration 0037). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export type ExperimentMetric = 'engagementRate' | 'clicks';

export interface PostExperimentsTable {
  id: Generated<string>;
  workspace_id: string;
  post_id: string;
  metric: ExperimentMetric;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ExperimentVariantsTable {
  id: Generated<string>;
  experiment_id: string;
  network: string;
  /** 0-based order within the network: variant 0 is the baseline lift is measured against. */
  position: number;
  label: string;
  /** Null: the post's own text (with `first_line` in place of its first line, when set). */
  text: string | null;
  /** Null: the post's own media. */
  media_ids: ColumnType<string[] | null, string | null, string | null>;
  first_line: string | null;
}

/** Why a publication of an experiment carries its variant. */
export type ExperimentPick =
  | { kind: 'explore'; slot: number }
  /** Thompson sampling: each variant's draw, and the results (trials, successes) it was drawn from. */
  | { kind: 'thompson'; draws: Record<string, number>; basis: Record<string, { trials: number; successes: number }> };

export interface ExperimentPublicationsTable {
  publication_id: string;
  experiment_id: string;
  /** Null until the publish job picks it (Thompson sampling at publish time). */
  variant_id: string | null;
  reason: JSONColumnType<ExperimentPick | null, string | null, string | null>;
  picked_at: Date | null;
}

export interface ExperimentsSchema {
  post_experiments: PostExperimentsTable;
  experiment_variants: ExperimentVariantsTable;
  experiment_publications: ExperimentPublicationsTable;
}
