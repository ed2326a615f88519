/**
 * The only SQL of imports: savepoints, so one row's failure inside the import's single transaction undoes that row's
 * writes and nothing else. Names are generated here (never from input).
 */
import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';

export const importsRepository = {
  /** Runs `work` under a savepoint: its writes are kept when it succeeds and undone when it throws (rethrown). */
  async inSavepoint<T>(trx: Tx, index: number, work: () => Promise<T>): Promise<T> {
    const name = sql.raw(`import_row_${Math.trunc(index)}`);
    await sql`savepoint ${name}`.execute(trx);
    try {
      const result = await work();
      await sql`release savepoint ${name}`.execute(trx);
      return result;
    } catch (error) {
      await sql`rollback to savepoint ${name}`.execute(trx);
      throw error;
    }
  },
};
