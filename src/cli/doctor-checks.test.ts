import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../db/database.js';
import { lockDataFolder } from '../db/lock.js';
import { migrateToLatest } from '../db/migrate.js';
import { ffprobeBinary } from '../features/media/probe.js';
import { checkDatabase, checkFfprobe, checkSecretKey, checkStorage, type DatabaseFindings } from './doctor-checks.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'chorus-doctor-'));
const KEY = 'k'.repeat(32);

describe('doctor: secret key', () => {
  it('passes with a key of 32 characters, and on the embedded database before the first start', async () => {
    assert.equal((await checkSecretKey({ secretKey: KEY, databaseUrl: 'postgres://db/chorus', dataDir: scratch() })).ok, true);
    assert.equal((await checkSecretKey({ secretKey: undefined, databaseUrl: undefined, dataDir: scratch() })).ok, true);
  });

  it('fails without a key on PostgreSQL, or with a short one, and says how to make one', async () => {
    const missing = await checkSecretKey({ secretKey: undefined, databaseUrl: 'postgres://db/chorus', dataDir: scratch() });
    assert.equal(missing.ok, false);
    assert.match(missing.fix ?? '', /openssl rand -base64 32/);
    assert.equal((await checkSecretKey({ secretKey: 'short', databaseUrl: undefined, dataDir: scratch() })).ok, false);
    const dataDir = scratch();
    writeFileSync(path.join(dataDir, 'secret.key'), 'truncated\n');
    assert.equal((await checkSecretKey({ secretKey: undefined, databaseUrl: undefined, dataDir })).ok, false);
  });
});

describe('doctor: database and migrations', () => {
  it('passes on a migrated database', async () => {
    const dataDir = scratch();
    const database = await openDatabase({ dataDir: path.join(dataDir, 'pg') });
    await migrateToLatest(database.db);
    await database.close();
    const findings: DatabaseFindings = {};
    const results = await checkDatabase({ databaseUrl: undefined, dataDir }, 60_000, findings);
    assert.deepEqual(results.map((r) => r.ok), [true, true], JSON.stringify(results));
    assert.deepEqual(findings.savedApps, {}, 'no workspace saved a network app');
  });

  it('names the pending migrations and the command that applies them', async () => {
    const results = await checkDatabase({ databaseUrl: undefined, dataDir: scratch() }, 60_000);
    assert.equal(results[0]?.ok, true);
    assert.equal(results[1]?.ok, false);
    assert.match(results[1]?.what ?? '', /not applied \(0001_foundation/);
    assert.match(results[1]?.fix ?? '', /npx chorus migrate/);
  });

  it('fails on an unreachable PostgreSQL and points at DATABASE_URL', async () => {
    const [result] = await checkDatabase({ databaseUrl: 'postgres://chorus@127.0.0.1:1/chorus', dataDir: scratch() }, 10_000);
    assert.equal(result?.ok, false);
    assert.match(result?.fix ?? '', /DATABASE_URL/);
  });

  it('leaves an embedded database that a running Chorus holds alone', async () => {
    const dataDir = scratch();
    const unlock = await lockDataFolder(dataDir);
    try {
      const results = await checkDatabase({ databaseUrl: undefined, dataDir });
      assert.equal(results.length, 1);
      assert.match(results[0]?.what ?? '', /open in a running Chorus/);
    } finally {
      await unlock();
    }
  });
});

describe('doctor: media storage', () => {
  it('passes on a writable data folder', async () => {
    assert.equal((await checkStorage({ s3: undefined, dataDir: path.join(scratch(), 'data') })).ok, true);
  });

  it('fails on a data folder that cannot be written (here: under a file)', async () => {
    const file = path.join(scratch(), 'a-file');
    writeFileSync(file, '');
    const result = await checkStorage({ s3: undefined, dataDir: path.join(file, 'data') });
    assert.equal(result.ok, false);
    assert.match(result.fix ?? '', /CHORUS_DATA_DIR/);
  });

  it('fails on an S3 bucket that does not answer', async () => {
    const s3 = { bucket: 'media', endpoint: 'http://127.0.0.1:1', region: 'us-east-1', accessKeyId: 'a', secretAccessKey: 'b', forcePathStyle: true, prefix: undefined };
    const result = await checkStorage({ s3, dataDir: scratch() }, 3_000);
    assert.equal(result.ok, false);
    assert.match(result.fix ?? '', /CHORUS_S3_BUCKET/);
  });
});

describe('doctor: ffprobe', () => {
  it('passes with the ffprobe npm installed', async () => {
    const result = await checkFfprobe(ffprobeBinary());
    assert.equal(result.ok, true, result.what);
    assert.match(result.what, /ffprobe version/);
  });

  it('fails when the binary is missing and names CHORUS_FFPROBE', async () => {
    const result = await checkFfprobe('/nonexistent/ffprobe');
    assert.equal(result.ok, false);
    assert.match(result.fix ?? '', /CHORUS_FFPROBE/);
  });
});
