/**
 * Opens the database a Chorus process owns: PostgreSQL at DATABASE_URL, or the embedded PGlite in the data folder
 * under the data-folder lock (src/db/lock.ts says why). Kept apart from runtime.ts, which loads the whole app, so the
 * `chorus` command can start opening the database before it loads the app: on the embedded database, opening
 * PGlite (reading and compiling its WebAssembly, unpacking its files, starting PostgreSQL) then overlaps with
 * loading the app's modules instead of following it.
 *
 * @example
 *   const own = await openOwnDatabase(loadConfig());
 *   await migrateToLatest(own.database.db);
 *   await own.close();
 */
import path from 'node:path';
import type { Config } from '../core/config.js';
import { openDatabase, type Database } from '../db/database.js';
import { lockDataFolder } from '../db/lock.js';

export interface OwnDatabase {
  database: Database;
  /** Closes the database, then releases the data folder. */
  close(): Promise<void>;
}

export async function openOwnDatabase(config: Config): Promise<OwnDatabase> {
  const unlock = config.databaseUrl ? undefined : await lockDataFolder(config.dataDir);
  try {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pg') });
    return {
      database,
      close: async () => {
        try {
          await database.close();
        } finally {
          await unlock?.();
        }
      },
    };
  } catch (error) {
    await unlock?.();
    throw error;
  }
}
