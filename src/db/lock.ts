/**
 * PGlite does not lock its folder, and two processes writing one PGlite folder corrupt it. Chorus therefore holds
 * a lock on the data folder for as long as the embedded database is open, with `proper-lockfile` (an atomic
 * `mkdir` lock whose mtime is refreshed, so a lock left by a killed process goes stale and is taken over).
 */
import { mkdir } from 'node:fs/promises';
import lockfile from 'proper-lockfile';

export class DataFolderLockedError extends Error {
  readonly code = 'DATA_FOLDER_LOCKED';
  constructor(readonly dataDir: string) {
    super(
      `The data folder ${dataDir} is in use by another Chorus process. Stop it first, or give this one its own ` +
        `folder with CHORUS_DATA_DIR. To run several processes, use PostgreSQL (DATABASE_URL).`,
    );
  }
}

/** Takes the lock; resolves with the function that releases it. */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, { lockfilePath: `${dataDir}/chorus.lock`, stale: 10_000, update: 2_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderLockedError(dataDir);
    throw error;
  }
}
