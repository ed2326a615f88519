/**
 * The system feature's reads: the database round trip behind `/healthz` and the background-job counts behind
 * `/metrics`. The jobs live in pg-boss's own `pgboss.job` table, which Chorus's typed schema does not describe, so
 * both go through the raw `executeSql` pg-boss itself uses.
 *
 * @example
 * await systemRepository.ping(ctx.database.sql);
 * const counts = await systemRepository.jobCounts(ctx.database.sql); // [{ queue: 'publish', state: 'created', count: 3 }]
 */
import type { SqlExecutor } from '../../db/database.js';

export interface JobCount {
  queue: string;
  state: string;
  count: number;
}

export const systemRepository = {
  /** Resolves once the database has answered a trivial query. */
  async ping(sql: SqlExecutor): Promise<void> {
    await sql.executeSql('SELECT 1');
  },

  /** How many jobs each queue holds in each pg-boss state. */
  async jobCounts(sql: SqlExecutor): Promise<JobCount[]> {
    const { rows } = await sql.executeSql('SELECT name AS queue, state, count(*)::int AS count FROM pgboss.job GROUP BY name, state');
    return rows as JobCount[];
  },
};
