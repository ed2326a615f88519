/**
 * A workspace's own OAuth apps (issue 11): which network can be connected by sign-in in this workspace, and with
 * whose app. The server's environment (`CHORUS_<NETWORK>_CLIENT_ID` / `_SECRET`) wins for every workspace; otherwise
 * an owner may save the workspace's own client id and secret here. The secret is sealed with the key that seals
 * channel credentials, bound to the workspace and the network, and never leaves the server (its last 4 characters
 * at most, to owners, so they can tell which one is saved).
 *
 * @example
 * const provider = await workspaceOAuthProvider(ctx, access.workspaceId, 'instagram'); // the Meta app's provider
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, forbidden } from '../../core/errors.js';
import type { NetworkId } from '../../networks/connector.js';
import { appOfNetwork, createAppOAuthProviders, envOAuthApp, networksOfApp, OAUTH_APPS, type OAuthAppNetwork } from '../../networks/index.js';
import { metaVerifyTokenFor, sameVerifyToken } from '../../networks/meta/webhooks.js';
import type { OAuthAppSettings, OAuthProvider } from '../../networks/oauth2.js';
import { auditRepository } from '../audit/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { networkAppsRepository, type NetworkAppRow } from './repository.js';

export type NetworkAppStatus = 'env' | 'saved' | 'none';

export interface NetworkAppView {
  network: OAuthAppNetwork;
  /** The networks this app signs in: `facebook` gives Facebook and Instagram. */
  networks: NetworkId[];
  status: NetworkAppStatus;
  /** The address(es) to register as the app's redirect/callback URL at the network. */
  callbackUrls: string[];
  /** Owners only, and only for an app the workspace saved. */
  clientId?: string;
  secretSet: boolean;
  /** Owners only: the last 4 characters of the saved secret, to tell which one it is. */
  secretLast4?: string;
  /** Owners only, for a saved Meta app: the webhook callback URL and verify token to enter in the app's Webhooks settings. */
  webhook?: { callbackUrl: string; verifyToken: string };
  updatedAt?: string;
}

/** Where a network sends the browser back after sign-in; the address each app must register. */
export function oauthRedirectUri(ctx: AppContext, network: string): string {
  return `${ctx.config.publicUrl.replace(/\/+$/, '')}/api/v1/oauth/${encodeURIComponent(network)}/callback`;
}

/** Where Meta delivers webhooks, for the server's app and every workspace's. */
export function metaWebhookUrl(ctx: AppContext): string {
  return `${ctx.config.publicUrl.replace(/\/+$/, '')}/api/v1/webhooks/meta`;
}

/** Sealed with the workspace and the network: a ciphertext copied to another workspace's or network's row won't open. */
const boundTo = (workspaceId: string, network: string) => `network-app:${workspaceId}:${network}`;

function openSecret(ctx: AppContext, workspaceId: string, row: NetworkAppRow): string {
  return ctx.secrets.open(row.client_secret_enc, boundTo(workspaceId, row.network))['clientSecret'] ?? '';
}

/** Every OAuth app and where this workspace stands with it. Secrets stay on the server; ids and last 4 go to owners. */
export async function listNetworkApps(ctx: AppContext, access: WorkspaceAccess): Promise<NetworkAppView[]> {
  const saved = new Map((await networkAppsRepository.list(ctx.database.db, access.workspaceId)).map((row) => [row.network, row]));
  const owner = access.role === 'owner';
  return OAUTH_APPS.map((network) => {
    const row = saved.get(network);
    const fromEnv = envOAuthApp(ctx.config, network) !== undefined;
    const view: NetworkAppView = {
      network,
      networks: networksOfApp(network),
      status: fromEnv ? 'env' : row ? 'saved' : 'none',
      callbackUrls: networksOfApp(network).map((n) => oauthRedirectUri(ctx, n)),
      secretSet: fromEnv || row !== undefined,
    };
    if (row) {
      view.updatedAt = row.updated_at.toISOString();
      if (owner) {
        const secret = openSecret(ctx, access.workspaceId, row);
        view.clientId = row.client_id;
        view.secretLast4 = secret.slice(-4);
        if (network === 'facebook') view.webhook = { callbackUrl: metaWebhookUrl(ctx), verifyToken: metaVerifyTokenFor(secret) };
      }
    }
    return view;
  });
}

function ownerOnly(access: WorkspaceAccess): void {
  if (access.role !== 'owner') throw forbidden('Only an owner of this workspace can set up network apps. Ask an owner to do it.');
}

function notSetByServer(ctx: AppContext, network: OAuthAppNetwork): void {
  if (envOAuthApp(ctx.config, network)) {
    throw new ApiError(
      409,
      'network_app_set_by_server',
      `The ${network} app is set by the server (CHORUS_${network.toUpperCase()}_CLIENT_ID) and is used for every workspace; it cannot be changed here.`,
      'network',
      undefined,
      { network },
    );
  }
}

/** Saves (or replaces) the workspace's app for a network. Owners only; refused while the server sets the app. Audited. */
export async function saveNetworkApp(
  ctx: AppContext,
  access: WorkspaceAccess,
  network: OAuthAppNetwork,
  app: OAuthAppSettings,
): Promise<void> {
  ownerOnly(access);
  notSetByServer(ctx, network);
  await ctx.database.db.transaction().execute(async (trx) => {
    const before = await networkAppsRepository.find(trx, access.workspaceId, network);
    await networkAppsRepository.save(trx, {
      workspaceId: access.workspaceId,
      network,
      clientId: app.clientId,
      clientSecretEnc: ctx.secrets.seal({ clientSecret: app.clientSecret }, boundTo(access.workspaceId, network)),
      userId: access.userId,
    });
    // The client id is public (it appears in every sign-in URL); the secret never goes into the log.
    await auditRepository.recordBy(trx, access, {
      action: before ? 'network_app.replaced' : 'network_app.saved',
      targetType: 'network_app',
      targetId: null,
      data: { network, clientId: app.clientId },
    });
  });
}

/** Forgets the workspace's app for a network; false when there was none. Owners only. Audited. */
export async function removeNetworkApp(ctx: AppContext, access: WorkspaceAccess, network: OAuthAppNetwork): Promise<boolean> {
  ownerOnly(access);
  return ctx.database.db.transaction().execute(async (trx) => {
    const removed = await networkAppsRepository.remove(trx, access.workspaceId, network);
    if (removed) {
      await auditRepository.recordBy(trx, access, {
        action: 'network_app.removed',
        targetType: 'network_app',
        targetId: null,
        data: { network },
      });
    }
    return removed;
  });
}

/** The app that signs `network` in for this workspace: the server's when it sets one, else the workspace's own. */
export async function workspaceOAuthApp(ctx: AppContext, workspaceId: string, network: string): Promise<OAuthAppSettings | undefined> {
  const app = appOfNetwork(network);
  if (!app) return undefined;
  const fromEnv = envOAuthApp(ctx.config, app);
  if (fromEnv) return fromEnv;
  const row = await networkAppsRepository.find(ctx.database.db, workspaceId, app);
  return row ? { clientId: row.client_id, clientSecret: openSecret(ctx, workspaceId, row) } : undefined;
}

/**
 * The sign-in of `network` for this workspace: the server's provider (env, or one a test registered) first, else one
 * built from the workspace's saved app. Undefined when neither exists.
 */
export async function workspaceOAuthProvider(ctx: AppContext, workspaceId: string, network: string): Promise<OAuthProvider | undefined> {
  const registered = ctx.networks.oauthProvider(network);
  if (registered) return registered;
  const app = appOfNetwork(network);
  if (!app || envOAuthApp(ctx.config, app)) return undefined;
  const row = await networkAppsRepository.find(ctx.database.db, workspaceId, app);
  if (!row) return undefined;
  const credentials = { clientId: row.client_id, clientSecret: openSecret(ctx, workspaceId, row) };
  return createAppOAuthProviders(ctx.config, app, credentials).find((p) => p.network === network);
}

/** Whether any workspace on this server saved its own app for `app` (a server-wide fact, never about one account). */
export async function anyWorkspaceSavedApp(ctx: AppContext, app: OAuthAppNetwork): Promise<boolean> {
  return ((await networkAppsRepository.countByNetwork(ctx.database.db))[app] ?? 0) > 0;
}

/**
 * Whether `token` is the webhook verify token of some workspace's saved Meta app (see `metaVerifyTokenFor`). Meta's
 * handshake names no workspace, so each saved Meta app is tried; a match only lets Chorus echo Meta's challenge.
 */
export async function isWorkspaceMetaVerifyToken(ctx: AppContext, token: string): Promise<boolean> {
  let found = false;
  for (const row of await networkAppsRepository.listForNetwork(ctx.database.db, 'facebook')) {
    if (sameVerifyToken(token, metaVerifyTokenFor(openSecret(ctx, row.workspace_id, row)))) found = true;
  }
  return found;
}

/** The networks a workspace can connect by sign-in: the server's and those of the apps it saved. */
export async function workspaceOAuthNetworks(ctx: AppContext, workspaceId: string): Promise<Set<string>> {
  const networks = new Set<string>(ctx.networks.oauthNetworks());
  for (const row of await networkAppsRepository.list(ctx.database.db, workspaceId)) {
    const app = appOfNetwork(row.network);
    if (app) for (const n of networksOfApp(app)) networks.add(n);
  }
  return networks;
}

