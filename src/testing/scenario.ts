/**
 * A ready-made tenant for tests: first-run setup, then a workspace with a connected channel on an in-memory network.
 */
import { after, before } from 'node:test';
import type { App } from '../core/http.js';
import type { Database } from '../db/database.js';
import type { Connector } from '../networks/connector.js';
import { NetworkRegistry } from '../networks/registry.js';
import { MemoryNetwork } from '../../test/fakes/memory-network.js';
import { call, createTestApp, type TestApp } from './app.js';

export interface Tenant {
  token: string;
  workspaceId: string;
  userId: string;
  channelId: string;
  /** The first owner's email (their password is FIRST_OWNER_PASSWORD); empty for later tenants. */
  email: string;
}

export const FIRST_OWNER_PASSWORD = 'correct horse battery';

let counter = 0;

/** First run (only once per database) or a new user + workspace via the first owner's session. */
export async function setupTenant(app: App, options: { owner?: { token: string } } = {}): Promise<Tenant> {
  counter++;
  let token: string;
  let workspaceId: string;
  let userId: string;
  let email = '';
  if (!options.owner) {
    email = `owner${counter}@example.com`;
    const setup = await call(app, null, 'POST', '/api/v1/setup', {
      email,
      password: FIRST_OWNER_PASSWORD,
      workspaceName: `Workspace ${counter}`,
    });
    if (setup.status !== 201) throw new Error(`setup failed: ${JSON.stringify(setup.body)}`);
    ({ token } = setup.body);
    workspaceId = setup.body.workspace.id;
    userId = setup.body.user.id;
  } else {
    // Another workspace of someone else: the first owner creates it and adds a new person as its owner.
    const ws = await createWorkspaceFor(app, options.owner.token, `Workspace ${counter}`);
    workspaceId = ws.workspaceId;
    userId = ws.userId;
    token = ws.token;
  }
  const channel = await call(app, token, 'POST', `/api/v1/workspaces/${workspaceId}/channels`, {
    network: 'bluesky',
    identifier: `brand${counter}.test`,
    appPassword: 'good',
  });
  if (channel.status !== 201) throw new Error(`connect failed: ${JSON.stringify(channel.body)}`);
  return { token, workspaceId, userId, channelId: channel.body.id, email };
}

async function createWorkspaceFor(app: App, _ownerToken: string, name: string) {
  // Sessions create workspaces (tokens are scoped to one); sign in as a fresh invited person.
  const email = `person${counter}@example.com`;
  const firstMe = await call(app, _ownerToken, 'GET', '/api/v1/me');
  const firstWs = firstMe.body.workspaces[0].id as string;
  const added = await call(app, _ownerToken, 'POST', `/api/v1/workspaces/${firstWs}/members`, { email, role: 'viewer' });
  const inviteToken = String(added.body.inviteUrl).split('/invite/')[1];
  const accepted = await app.inject({ method: 'POST', url: '/api/v1/invites/accept', payload: { token: inviteToken, password: 'another good password' } });
  const cookie = accepted.cookies.find((c) => c.name === 'chorus_session')!.value;
  const csrf = accepted.json().csrfToken as string;
  const headers = { cookie: `chorus_session=${cookie}`, 'x-csrf-token': csrf };
  const ws = await app.inject({ method: 'POST', url: '/api/v1/workspaces', headers, payload: { name } });
  const workspaceId = ws.json().id as string;
  const tok = await app.inject({ method: 'POST', url: `/api/v1/workspaces/${workspaceId}/tokens`, headers, payload: { name: 'tests' } });
  return { workspaceId, userId: accepted.json().user.id as string, token: tok.json().token as string };
}

export interface TenantAppOptions {
  network?: { connector(network: 'bluesky'): Connector };
  networks?: NetworkRegistry;
  env?: Record<string, string>;
}

/**
 * The set-up most route tests share: a whole Chorus on the test database with one in-memory Bluesky network, and a
 * first workspace made through the API (its owner signed in with a token). Pass `network` to keep a handle on the
 * in-memory network (to make it fail or read what it received), `networks` and `env` to start on other networks.
 *
 * @example
 *   before(async () => ({ app: t, tenant: a } = await createTenantApp(getDb())));
 *   after(async () => t?.close());
 */
export async function createTenantApp(database: Database, options: TenantAppOptions = {}): Promise<{ app: TestApp; tenant: Tenant }> {
  const networks = options.networks ?? new NetworkRegistry().register((options.network ?? new MemoryNetwork()).connector('bluesky'));
  const app = await createTestApp(database, { networks, env: options.env });
  return { app, tenant: await setupTenant(app.app) };
}

/**
 * createTenantApp as the hooks of the suite it is called in: the app is built before the first test and closed after
 * the last. `t` and `a` read through to the app and its first tenant, so tests use them like variables of their own;
 * with `secondTenant`, `b` is another person's workspace on the same app (for "other workspaces get 404").
 * `options` may be a function, run in the hook, to start fakes the app talks to.
 *
 * @example
 *   forEachDatabase('links', (getDb) => {
 *     const { t, a } = useTenantApp(getDb, { env: { CHORUS_LINK_BASE_URL: 'https://go.example.test' } });
 *     it('lists none', async () => assert.equal((await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/links`)).status, 200));
 *   });
 */
export function useTenantApp(
  getDb: () => Database,
  options: TenantAppSuiteOptions | (() => Promise<TenantAppSuiteOptions>) = {},
): { t: TestApp; a: Tenant; b: Tenant } {
  let built: { app: TestApp; tenant: Tenant; second?: Tenant } | undefined;
  before(async () => {
    const { secondTenant, ...appOptions } = typeof options === 'function' ? await options() : options;
    const { app, tenant } = await createTenantApp(getDb(), appOptions);
    built = { app, tenant };
    if (secondTenant) built.second = await setupTenant(app.app, { owner: { token: tenant.token } });
  });
  after(async () => built?.app.close());
  return {
    t: readThrough('the test app', () => built?.app),
    a: readThrough('the first tenant', () => built?.tenant),
    b: readThrough('the second tenant (ask for secondTenant)', () => built?.second),
  };
}

export interface TenantAppSuiteOptions extends TenantAppOptions {
  secondTenant?: boolean;
}

/**
 * A stand-in for a value that a suite's `before` hook builds: every read goes to the value as it is at that moment.
 * Reading it while the suite is being declared, before the hook ran, throws naming `what`.
 */
export function readThrough<T extends object>(what: string, current: () => T | undefined): T {
  const value = (): T => {
    const v = current();
    if (v === undefined) throw new Error(`${what} is not set up yet: read it inside a test or a hook`);
    return v;
  };
  return new Proxy({} as T, {
    get: (_, key) => {
      const v = value();
      const field: unknown = Reflect.get(v, key);
      return typeof field === 'function' ? field.bind(v) : field;
    },
    has: (_, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value(), key);
      // The stand-in's own target is empty: a proxy may only report a property it lacks as configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
