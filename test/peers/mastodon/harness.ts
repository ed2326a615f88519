/**
 * Starts a real snac2 server (a small ActivityPub server that speaks Mastodon's client API) in a fresh temp folder
 * on 127.0.0.1 and a free port, for tests that need a live Mastodon-compatible instance.
 *
 * @example
 * const snac = await startSnac();
 * const alice = await snac.createUserToken('alice');
 * // ... connector calls against snac.baseUrl with alice.accessToken ...
 * await snac.stop();
 *
 * Install snac2 first (root): `sh test/peers/mastodon/setup.sh`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SnacUser {
  name: string;
  password: string;
  accessToken: string;
  accountId: string;
}

export interface SnacServer {
  baseUrl: string;
  /** `host:port`, what snac puts after `@` in handles. */
  host: string;
  /** The snac data folder (for `snac` commands). */
  dataDir: string;
  /**
   * Puts a local post into a user's timeline at once (`snac insert`): a user can only favourite, reblog or reply to
   * posts in their own timeline, and federation between two local users goes through a queue that takes 6–9 s.
   */
  insertIntoTimeline(user: string, postUrl: string): Promise<void>;
  /** Creates a local user and gets a token through the standard OAuth flow. */
  createUserToken(name: string): Promise<SnacUser>;
  /** Creates a local user without a token (for OAuth tests): returns the printed password. */
  addUser(name: string): Promise<string>;
  /** Logs in through snac's form, as a browser would after `/oauth/authorize`; returns the redirect with the code. */
  login(input: { name: string; password: string; clientId: string; redirectUri: string; state: string }): Promise<URL>;
  stop(): Promise<void>;
}

const REDIRECT_URI = 'http://127.0.0.1/chorus-test-callback';

// Every request here says `connection: close`: snac closes each connection after one response without announcing
// it, and fetch sometimes reuses the dead socket ("other side closed").

export async function startSnac(): Promise<SnacServer> {
  assertInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'chorus-snac-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const baseUrl = `http://${host}`;
  // `snac init` asks, in order: network address, port, host name, URL prefix, admin email.
  await run(['init', data], `127.0.0.1\n${port}\n${host}\n\n\n`);
  const serverJsonPath = join(data, 'server.json');
  const config = JSON.parse(await readFile(serverJsonPath, 'utf8')) as Record<string, unknown>;
  // Loopback has no TLS: snac must build http:// URLs for its actors, statuses and media.
  config['protocol'] = 'http';
  await writeFile(serverJsonPath, JSON.stringify(config, null, 4));

  let httpd: ChildProcess | null = spawn('snac', ['httpd', data], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  httpd.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  httpd.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => httpd?.once('exit', () => resolve()));
  try {
    await waitUntilAnswering(`${baseUrl}/api/v1/instance`, 10_000, () => log);
  } catch (error) {
    httpd.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  const addUser = async (name: string): Promise<string> => {
    const output = await run(['adduser', data, name], '\n');
    const match = /User password is (\S+)/.exec(output);
    if (!match?.[1]) throw new Error(`snac adduser ${name} printed no password:\n${output}`);
    return match[1];
  };

  const login: SnacServer['login'] = async ({ name, password, clientId, redirectUri, state }) => {
    const response = await fetch(`${baseUrl}/oauth/x-snac-login`, {
      method: 'POST',
      body: new URLSearchParams({ login: name, passwd: password, redir: redirectUri, cid: clientId, state }),
      headers: { connection: 'close' },
      redirect: 'manual',
    });
    const location = response.headers.get('location');
    if (response.status === 303 && location) return new URL(location);
    throw new Error(`snac login for ${name} answered ${response.status}: ${await response.text()}`);
  };

  const createUserToken = async (name: string): Promise<SnacUser> => {
    const password = await addUser(name);
    const app = await postJson(`${baseUrl}/api/v1/apps`, {
      client_name: 'chorus-tests',
      redirect_uris: REDIRECT_URI,
      scopes: 'read write',
    });
    const clientId = String(app['client_id']);
    const callback = await login({ name, password, clientId, redirectUri: REDIRECT_URI, state: 'harness' });
    const code = callback.searchParams.get('code');
    if (!code) throw new Error(`snac login gave no code: ${callback.toString()}`);
    const tokenResponse = await fetch(`${baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { connection: 'close' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        client_id: clientId,
        client_secret: String(app['client_secret']),
        redirect_uri: REDIRECT_URI,
        scope: 'read write',
      }),
    });
    const token = (await tokenResponse.json()) as Record<string, unknown>;
    const accessToken = String(token['access_token']);
    const me = (await (
      await fetch(`${baseUrl}/api/v1/accounts/verify_credentials`, {
        headers: { authorization: `Bearer ${accessToken}`, connection: 'close' },
      })
    ).json()) as Record<string, unknown>;
    return { name, password, accessToken, accountId: String(me['id']) };
  };

  const stop = async (): Promise<void> => {
    if (httpd) {
      // snac's graceful shutdown waits ≈ 2.8 s for its threads; the folder is thrown away, so don't wait.
      httpd.kill('SIGKILL');
      await exited;
      httpd = null;
    }
    await rm(dir, { recursive: true, force: true });
  };

  const insertIntoTimeline = async (user: string, postUrl: string): Promise<void> => {
    await run(['insert', data, user, postUrl], '');
  };

  return { baseUrl, host, dataDir: data, insertIntoTimeline, createUserToken, addUser, login, stop };
}

function assertInstalled(): void {
  const found = spawnSync('snac', [], { stdio: 'ignore' });
  if (found.error) {
    throw new Error('snac2 is not installed: run `sh test/peers/mastodon/setup.sh` as root first.');
  }
}

function run(args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('snac', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`snac ${args.join(' ')} exited ${code}:\n${output}`))));
    child.stdin.end(input);
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url: string, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000), headers: { connection: 'close' } });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`snac httpd did not answer at ${url} within ${timeoutMs} ms. Its output:\n${log()}`);
}

async function postJson(url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Polls `check` until it returns a value (not undefined) or the time is up; snac delivers between local users in 6–9 s. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000, intervalMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
