/** Workspaces and memberships: the only code that touches these tables. */
import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { Role, UtmTemplate } from '../../db/schema.js';

export interface WorkspaceWithRole {
  id: string;
  name: string;
  timezone: string;
  role: Role;
}

export const workspacesRepository = {
  async create(db: Queryable, name: string, timezone = 'UTC') {
    return db.insertInto('workspaces').values({ name, timezone }).returning(['id', 'name', 'timezone']).executeTakeFirstOrThrow();
  },

  async addMember(db: Queryable, workspaceId: string, userId: string, role: Role): Promise<void> {
    await db
      .insertInto('memberships')
      .values({ workspace_id: workspaceId, user_id: userId, role })
      .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role }))
      .execute();
  },

  /** A person's membership, with whether the workspace requires two-factor sign-in (read on every workspace request). */
  async findMembership(db: Queryable, workspaceId: string, userId: string): Promise<(WorkspaceWithRole & { requireTwoFactor: boolean }) | undefined> {
    return db
      .selectFrom('memberships as m')
      .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
      .select(['w.id', 'w.name', 'w.timezone', 'm.role', 'w.require_two_factor as requireTwoFactor'])
      .where('m.workspace_id', '=', workspaceId)
      .where('m.user_id', '=', userId)
      .executeTakeFirst();
  },

  async listForUser(db: Queryable, userId: string): Promise<WorkspaceWithRole[]> {
    return db
      .selectFrom('memberships as m')
      .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
      .select(['w.id', 'w.name', 'w.timezone', 'm.role'])
      .where('m.user_id', '=', userId)
      .orderBy('w.name')
      .execute();
  },

  async utmTemplate(db: Queryable, workspaceId: string): Promise<UtmTemplate> {
    const row = await db.selectFrom('workspaces').select('utm_template').where('id', '=', workspaceId).executeTakeFirst();
    return row?.utm_template ?? {};
  },

  async setUtmTemplate(db: Queryable, workspaceId: string, template: UtmTemplate): Promise<void> {
    await db.updateTable('workspaces').set({ utm_template: JSON.stringify(template) }).where('id', '=', workspaceId).execute();
  },

  async listMembers(db: Queryable, workspaceId: string) {
    return db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id as userId', 'u.email', 'u.name', 'm.role'])
      .where('m.workspace_id', '=', workspaceId)
      .orderBy('u.email')
      .execute();
  },

  /**
   * Holds the workspace row until the transaction ends, so membership changes of one workspace run one at a time:
   * two owners demoting each other at once must not both see "another owner is left".
   */
  async lockForMembershipChange(db: Tx, workspaceId: string): Promise<void> {
    await db.selectFrom('workspaces').select('id').where('id', '=', workspaceId).forUpdate().execute();
  },

  async countOwners(db: Queryable, workspaceId: string): Promise<number> {
    const row = await db
      .selectFrom('memberships')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'owner')
      .executeTakeFirstOrThrow();
    return row.n;
  },

  async removeMember(db: Queryable, workspaceId: string, userId: string): Promise<void> {
    await db.deleteFrom('memberships').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
  },
};
