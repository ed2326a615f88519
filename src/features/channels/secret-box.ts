/**
 * Channel credentials are encrypted at rest with AES-256-GCM. The key comes from CHORUS_SECRET_KEY (generated into
 * the data folder on the first embedded start; required with DATABASE_URL, since several processes must share it).
 * The workspace id is bound as additional data, so a ciphertext copied into another workspace's row won't decrypt.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class SecretBox {
  private constructor(
    private readonly key: Buffer,
    private readonly secret: string,
  ) {}

  /** Another key from the same secret, for another purpose (e.g. signing media URLs). */
  deriveKey(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.secret, 'chorus', purpose, 32));
  }

  /** Any string of 32+ characters works as a key; HKDF turns it into the 256-bit AES key. */
  static fromString(secret: string): SecretBox {
    if (secret.length < 32) {
      throw new Error('CHORUS_SECRET_KEY must be at least 32 characters (e.g. `openssl rand -base64 32`).');
    }
    const key = Buffer.from(hkdfSync('sha256', secret, 'chorus', 'channel-credentials v1', 32));
    return new SecretBox(key, secret);
  }

  /** The key from the setting, or (embedded mode) from `<dataDir>/secret.key`, creating it on first start. */
  static async load(options: { secretKey?: string | undefined; dataDir: string; embedded: boolean }): Promise<SecretBox> {
    if (options.secretKey) return SecretBox.fromString(options.secretKey);
    if (!options.embedded) {
      throw new Error(
        'CHORUS_SECRET_KEY is required with DATABASE_URL: every Chorus process must share it to read channel ' +
          'credentials. Generate one with `openssl rand -base64 32`.',
      );
    }
    const file = path.join(options.dataDir, 'secret.key');
    try {
      return SecretBox.fromString((await readFile(file, 'utf8')).trim());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const generated = randomBytes(32).toString('base64');
      await writeFile(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
      return SecretBox.fromString(generated);
    }
  }

  seal(plain: Record<string, string>, boundTo: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(boundTo));
    const body = Buffer.concat([cipher.update(JSON.stringify(plain), 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  open(sealed: string, boundTo: string): Record<string, string> {
    const [version, iv, tag, body] = sealed.split(':');
    if (version !== 'v1' || !iv || !tag || !body) throw new Error('Unknown credential format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as Record<string, string>;
  }
}
