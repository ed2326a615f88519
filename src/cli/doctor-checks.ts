/**
 * `chorus doctor`'s checks of this machine: the secret key, the database and its migrations, where media is kept,
 * and ffprobe. Each check is one function that never throws: it answers with what it found and, when something is
 * wrong, the fix in words a person can act on.
 *
 * @example
 *   const result = await checkFfprobe('/usr/bin/ffprobe');
 *   // { ok: true, what: 'ffprobe runs (ffprobe version 6.1 …)' }
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Migrator } from 'kysely';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../core/config.js';
import { openDatabase, type Database } from '../db/database.js';
import { DataFolderLockedError, lockDataFolder } from '../db/lock.js';
import { migrations } from '../db/migrations/index.js';
import { networkAppsRepository } from '../features/network-apps/repository.js';

/** One line of the report: what was checked, whether it is fine, and what to do when it is not. */
export interface CheckResult {
  ok: boolean;
  what: string;
  fix?: string;
}

/** How long a check waits on the network (a database, a bucket, an API) before calling it unreachable. */
export const CHECK_TIMEOUT_MS = 5_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Rejects after `ms` with `label timed out`, so an unanswered connection becomes a failed check, not a hang. */
export async function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The key that encrypts channel credentials: set and long enough, or (embedded database) kept in the data folder. */
export async function checkSecretKey(config: Pick<Config, 'secretKey' | 'databaseUrl' | 'dataDir'>): Promise<CheckResult> {
  const generate = 'Generate one with `openssl rand -base64 32`';
  if (config.secretKey) {
    return config.secretKey.length >= 32
      ? { ok: true, what: 'secret key: CHORUS_SECRET_KEY is set' }
      : { ok: false, what: 'secret key: CHORUS_SECRET_KEY is shorter than 32 characters', fix: `${generate} and set it.` };
  }
  if (config.databaseUrl) {
    return {
      ok: false,
      what: 'secret key: CHORUS_SECRET_KEY is not set, and every process on PostgreSQL must share one',
      fix: `${generate} and give the same value to every Chorus process.`,
    };
  }
  const file = path.join(config.dataDir, 'secret.key');
  if (!existsSync(file)) return { ok: true, what: `secret key: none yet; the first start creates ${file}` };
  try {
    const key = (await readFile(file, 'utf8')).trim();
    if (key.length >= 32) return { ok: true, what: `secret key: kept in ${file}` };
    return { ok: false, what: `secret key: ${file} holds fewer than 32 characters`, fix: `Restore the key from a backup (channels sealed with it need it).` };
  } catch (error) {
    return { ok: false, what: `secret key: ${file} cannot be read (${message(error)})`, fix: 'Give the user running Chorus read access to it.' };
  }
}

/** Which migrations this build has that the database has not run yet. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'chorus_migrations',
    migrationLockTableName: 'chorus_migrations_lock',
  });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** Connects to the database (PostgreSQL, or the embedded one when no process holds it) and lists pending migrations. */
/** What the database check found that other checks use: how many workspaces saved their own app, per network. */
export interface DatabaseFindings {
  savedApps?: Record<string, number>;
}

export async function checkDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  timeoutMs = CHECK_TIMEOUT_MS,
  findings: DatabaseFindings = {},
): Promise<CheckResult[]> {
  const kind = config.databaseUrl ? 'PostgreSQL' : 'embedded database';
  let unlock: (() => Promise<void>) | undefined;
  let database: Database | undefined;
  try {
    if (!config.databaseUrl) unlock = await lockDataFolder(config.dataDir);
    database = await withTimeout(openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pg'), poolSize: 1 }), timeoutMs, kind);
    const pending = await withTimeout(pendingMigrations(database), timeoutMs, kind);
    const migrationsResult: CheckResult = pending.length
      ? { ok: false, what: `migrations: ${pending.length} not applied (${pending.join(', ')})`, fix: 'Run `npx chorus migrate` (a start runs them too).' }
      : { ok: true, what: 'migrations: all applied' };
    // Workspaces' own network apps (issue 11) count as configured networks; the table exists once migrated.
    if (!pending.length) findings.savedApps = await withTimeout(networkAppsRepository.countByNetwork(database.db), timeoutMs, kind);
    return [{ ok: true, what: `database: the ${kind} answers` }, migrationsResult];
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      return [{ ok: true, what: `database: the embedded database in ${config.dataDir} is open in a running Chorus (stop it to check migrations)` }];
    }
    const fix = config.databaseUrl
      ? 'Check DATABASE_URL (host, port, user, password, database name) and that PostgreSQL is running and reachable from here.'
      : `Check that ${config.dataDir} holds a Chorus database and is readable and writable by this user.`;
    return [{ ok: false, what: `database: cannot open the ${kind} (${message(error)})`, fix }];
  } finally {
    await database?.close().catch(() => undefined);
    await unlock?.().catch(() => undefined);
  }
}

/** Where media goes: the S3 bucket answers to its credentials, or the data folder takes a file. */
export async function checkStorage(config: Pick<Config, 's3' | 'dataDir'>, timeoutMs = CHECK_TIMEOUT_MS): Promise<CheckResult> {
  const s3 = config.s3;
  if (s3) {
    const client = new S3Client({
      region: s3.region,
      endpoint: s3.endpoint,
      forcePathStyle: s3.forcePathStyle,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    try {
      await client.send(new HeadBucketCommand({ Bucket: s3.bucket }), { abortSignal: AbortSignal.timeout(timeoutMs) });
      return { ok: true, what: `media: the S3 bucket ${s3.bucket} answers` };
    } catch (error) {
      const fix = 'Check CHORUS_S3_BUCKET, CHORUS_S3_ENDPOINT, CHORUS_S3_REGION and the access key (it needs to read and write the bucket).';
      return { ok: false, what: `media: the S3 bucket ${s3.bucket} does not answer (${message(error) || (error as Error).name})`, fix };
    } finally {
      client.destroy();
    }
  }
  const probe = path.join(config.dataDir, `.doctor-${process.pid}`);
  try {
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(probe, 'ok');
    await rm(probe);
    return { ok: true, what: `data folder: ${config.dataDir} is writable` };
  } catch (error) {
    const fix = `Create ${config.dataDir} and give the user running Chorus write access, or point CHORUS_DATA_DIR elsewhere.`;
    return { ok: false, what: `data folder: cannot write in ${config.dataDir} (${message(error)})`, fix };
  }
}

/** ffprobe starts and reports its version; without it videos are accepted unchecked. */
export function checkFfprobe(binary: string, timeoutMs = CHECK_TIMEOUT_MS): Promise<CheckResult> {
  const fix = 'Reinstall with `npm install` (it brings a static ffprobe), or set CHORUS_FFPROBE to an ffprobe binary.';
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(binary, ['-version'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: timeoutMs });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, what: `ffprobe: ${binary} cannot start (${error.message})`, fix }));
    child.on('close', (code) => {
      const version = output.split('\n')[0]?.trim();
      resolve(code === 0 ? { ok: true, what: `ffprobe: ${version || binary}` } : { ok: false, what: `ffprobe: ${binary} exited with ${code}`, fix });
    });
  });
}
