import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formatReport, runChecks } from './doctor.js';

describe('chorus doctor', () => {
  it('prints ✓ lines, ✗ lines with their fix, and a count of problems', () => {
    const report = formatReport([
      { ok: true, what: 'database: the PostgreSQL answers' },
      { ok: false, what: 'ffprobe: /x cannot start', fix: 'Set CHORUS_FFPROBE.' },
    ]);
    assert.equal(report, '✓ database: the PostgreSQL answers\n✗ ffprobe: /x cannot start\n    fix: Set CHORUS_FFPROBE.\n\n1 problem to fix.');
    assert.match(formatReport([{ ok: true, what: 'a' }]), /Everything Chorus needs is in place\./);
  });

  it('reports settings the app would refuse, and still checks what needs no settings', async () => {
    const results = await runChecks({ PORT: 'not-a-port', CHORUS_X_CLIENT_ID: 'id', CHORUS_X_API_URL: 'http://127.0.0.1:1' }, '/nonexistent/ffprobe');
    assert.equal(results[0]?.ok, false);
    assert.match(results[0]?.what ?? '', /^settings: .*PORT/s);
    assert.ok(results.some((r) => r.what.startsWith('ffprobe') && !r.ok));
    assert.ok(results.some((r) => r.what.includes('CHORUS_X_CLIENT_ID is set but not')));
  });

  it('still checks the key and storage when only an OAuth app is half set', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-doctor-'));
    const env = { CHORUS_DATA_DIR: dataDir, CHORUS_SECRET_KEY: 'k'.repeat(32), DATABASE_URL: 'postgres://chorus@127.0.0.1:1/chorus', CHORUS_X_CLIENT_ID: 'id', CHORUS_X_API_URL: 'http://127.0.0.1:1' };
    const results = await runChecks(env, '/nonexistent/ffprobe');
    assert.equal(results[0]?.ok, false);
    assert.ok(results.some((r) => r.what.startsWith('secret key') && r.ok));
    assert.ok(results.some((r) => r.what.startsWith('database') && !r.ok));
    assert.ok(results.some((r) => r.what.startsWith('data folder') && r.ok));
  });
});
