import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { SecretBox } from './secret-box.js';

it('seals credentials with AES-256-GCM bound to the workspace', () => {
  const box = SecretBox.fromString('a'.repeat(40));
  const sealed = box.seal({ appPassword: 'hunter2-hunter2' }, 'workspace-a');
  assert.equal(sealed.includes('hunter2'), false);
  assert.deepEqual(box.open(sealed, 'workspace-a'), { appPassword: 'hunter2-hunter2' });
  assert.throws(() => box.open(sealed, 'workspace-b'), 'a row copied into another workspace does not decrypt');
  const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  assert.throws(() => box.open(tampered, 'workspace-a'));
  assert.throws(() => SecretBox.fromString('a'.repeat(40)).open(SecretBox.fromString('b'.repeat(40)).seal({ x: 'y' }, 'w'), 'w'));
});

it('generates the key into the data folder on the first embedded start, and requires it with PostgreSQL', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'chorus-key-'));
  try {
    const first = await SecretBox.load({ dataDir: dir, embedded: true });
    const file = path.join(dir, 'secret.key');
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    const again = await SecretBox.load({ dataDir: dir, embedded: true });
    assert.deepEqual(again.open(first.seal({ a: 'b' }, 'w'), 'w'), { a: 'b' });
    assert.ok((await readFile(file, 'utf8')).trim().length >= 32);
    await assert.rejects(SecretBox.load({ dataDir: dir, embedded: false }), /CHORUS_SECRET_KEY is required with DATABASE_URL/);
    assert.throws(() => SecretBox.fromString('short'), /at least 32 characters/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
