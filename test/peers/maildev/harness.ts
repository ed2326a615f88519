/**
 * A real SMTP server for tests: maildev (installed by test/peers/maildev/setup.sh into .peers/maildev) on free
 * loopback ports, with its HTTP API to read back what arrived.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../e2e/helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(root, '.peers/maildev/node_modules/.bin/maildev');

export interface ReceivedMail {
  subject: string;
  text: string;
  to: Array<{ address: string }>;
  from: Array<{ address: string; name: string }>;
  attachments?: Array<{ filename: string; contentType: string; size: number }>;
}

export interface Maildev {
  smtpUrl: string;
  received(): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

export async function startMaildev(): Promise<Maildev> {
  if (!existsSync(bin)) throw new Error('maildev is not installed: run bash test/peers/maildev/setup.sh');
  const [smtp, web] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(bin, ['--smtp', String(smtp), '--web', String(web), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1', '--silent'], { stdio: 'ignore' });
  const api = `http://127.0.0.1:${web}/api/email`;
  for (let i = 0; ; i++) {
    if ((await fetch(api).catch(() => null))?.ok) break;
    if (i > 100 || child.exitCode !== null) throw new Error('maildev did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${smtp}`,
    received: async () => (await (await fetch(api)).json()) as ReceivedMail[],
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}
