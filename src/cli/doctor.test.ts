import assert from 'node:assert/strict';
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
});
