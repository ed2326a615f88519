/** Post experiments, their variants and which variant each of their publications used: the only SQL for them. */
import type { Selectable } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { ExperimentMetric, ExperimentPick, ExperimentPublicationsTable, ExperimentVariantsTable, PostExperimentsTable } from '../../db/schema.js';

export type ExperimentRow = Selectable<PostExperimentsTable>;
export type VariantRow = Selectable<ExperimentVariantsTable>;
export type ExperimentPublicationRow = Selectable<ExperimentPublicationsTable>;

export interface NewVariant {
  network: string;
  position: number;
  label: string;
  text: string | null;
  mediaIds: string[] | null;
  firstLine: string | null;
}

export const experimentsRepository = {
  async insert(db: Queryable, e: { workspaceId: string; postId: string; metric: ExperimentMetric; createdBy: string }): Promise<ExperimentRow> {
    return db
      .insertInto('post_experiments')
      .values({ workspace_id: e.workspaceId, post_id: e.postId, metric: e.metric, created_by: e.createdBy })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async insertVariants(db: Queryable, experimentId: string, variants: NewVariant[]): Promise<VariantRow[]> {
    return db
      .insertInto('experiment_variants')
      .values(
        variants.map((v) => ({
          experiment_id: experimentId,
          network: v.network,
          position: v.position,
          label: v.label,
          text: v.text,
          media_ids: v.mediaIds ? JSON.stringify(v.mediaIds) : null,
          first_line: v.firstLine,
        })),
      )
      .returningAll()
      .execute();
  },

  async insertPublications(db: Queryable, rows: Array<{ publicationId: string; experimentId: string; variantId: string | null; reason: ExperimentPick | null }>): Promise<void> {
    if (rows.length === 0) return;
    await db
      .insertInto('experiment_publications')
      .values(
        rows.map((r) => ({
          publication_id: r.publicationId,
          experiment_id: r.experimentId,
          variant_id: r.variantId,
          reason: r.reason ? JSON.stringify(r.reason) : null,
          picked_at: r.variantId ? new Date() : null,
        })),
      )
      .execute();
  },

  /** The workspace's experiment of a post (another workspace's post has none here). */
  async findForPost(db: Queryable, workspaceId: string, postId: string): Promise<ExperimentRow | undefined> {
    return db.selectFrom('post_experiments').selectAll().where('workspace_id', '=', workspaceId).where('post_id', '=', postId).executeTakeFirst();
  },

  async find(db: Queryable, id: string): Promise<ExperimentRow | undefined> {
    return db.selectFrom('post_experiments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async variantsOf(db: Queryable, experimentId: string): Promise<VariantRow[]> {
    return db.selectFrom('experiment_variants').selectAll().where('experiment_id', '=', experimentId).orderBy('network').orderBy('position').execute();
  },

  async publicationsOf(db: Queryable, experimentId: string): Promise<ExperimentPublicationRow[]> {
    return db.selectFrom('experiment_publications').selectAll().where('experiment_id', '=', experimentId).execute();
  },

  /** Locks one publication's record while its variant is picked, so two attempts never pick twice. */
  async publicationForUpdate(db: Tx, publicationId: string): Promise<ExperimentPublicationRow | undefined> {
    return db.selectFrom('experiment_publications').selectAll().where('publication_id', '=', publicationId).forUpdate().executeTakeFirst();
  },

  async recordPick(db: Queryable, publicationId: string, variantId: string, reason: ExperimentPick): Promise<void> {
    await db
      .updateTable('experiment_publications')
      .set({ variant_id: variantId, reason: JSON.stringify(reason), picked_at: new Date() })
      .where('publication_id', '=', publicationId)
      .execute();
  },
};
