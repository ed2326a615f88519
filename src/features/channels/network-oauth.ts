/**
 * "Connect with <network>" for every network whose OAuth app is configured, by the server or by the workspace: the start
 * (a one-time `state` bound to the person, their session and the workspace, with the PKCE verifier kept here) and the
 * callback (state checked, code exchanged, accounts listed; one account is connected at once, several wait as a
 * sealed, short-lived grant for the person to pick from). Providers are pure HTTP (src/networks/oauth2.ts).
 *
 * @example
 * const authorizeUrl = await startNetworkOAuth(ctx, access, actor, 'x');
 * // ... the browser comes back to /api/v1/oauth/x/callback?code&state ...
 * const outcome = await finishNetworkOAuth(ctx, request.actor, 'x', { code, state });
 */
import type { AppContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import { NetworkError } from '../../networks/connector.js';
import { createPkce, type AccountChoice, type OAuthProvider } from '../../networks/oauth2.js';
import type { Actor } from '../auth/actor.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { requireWorkspace, type WorkspaceAccess } from '../workspaces/access.js';
import { networkName } from './network-names.js';
import { appOfNetwork } from '../../networks/index.js';
import { oauthRedirectUri, workspaceOAuthProvider } from '../network-apps/service.js';
import { networkOAuthRepository } from './network-oauth-repository.js';
import { connectChannel } from './service.js';

/** How long the person has on the network's consent page (the brief of issue 4: ten minutes). */
const ATTEMPT_MS = 10 * 60_000;
/** How long several accounts wait for the person to pick (the tokens inside are sealed, and then deleted). */
export const GRANT_MS = 15 * 60_000;

/** The network's OAuth provider for this workspace, or a 404 saying who can set it up (and the token route meanwhile). */
export async function providerFor(ctx: AppContext, workspaceId: string, network: string): Promise<OAuthProvider> {
  const provider = await workspaceOAuthProvider(ctx, workspaceId, network);
  if (provider) return provider;
  if (network === 'mastodon') {
    throw new ApiError(404, 'oauth_not_configured', 'Mastodon signs in on each instance: POST /api/v1/workspaces/{ws}/channels/mastodon/oauth {instanceUrl}.', 'network');
  }
  const app = appOfNetwork(network);
  const message = app
    ? `Connecting ${networkName(network)} by sign-in is not set up in this workspace: an owner enters the ${networkName(app)} app on the ` +
      'network apps page (or the server sets it). Until then, connect the account with an access token.'
    : `Chorus has no sign-in for "${network}".`;
  throw new ApiError(404, 'oauth_not_configured', message, 'network', undefined, { network });
}

/** Starts a sign-in and returns the URL to send the browser to. */
export async function startNetworkOAuth(ctx: AppContext, access: WorkspaceAccess, actor: Actor, network: string): Promise<string> {
  const provider = await providerFor(ctx, access.workspaceId, network);
  const db = ctx.database.db;
  await networkOAuthRepository.removeExpired(db);
  const state = newSecret('st_');
  const stateHash = hashSecret(state);
  const pkce = provider.usesPkce ? createPkce() : null;
  await networkOAuthRepository.saveAttempt(db, {
    stateHash,
    workspaceId: access.workspaceId,
    userId: access.userId,
    sessionHash: actor.via === 'session' ? (actor.sessionTokenHash ?? null) : null,
    network,
    // Bound to this very attempt: a verifier copied into another row does not open.
    verifierEnc: pkce ? ctx.secrets.seal({ verifier: pkce.verifier }, `oauth-attempt:${stateHash}`) : null,
    expiresAt: new Date(Date.now() + ATTEMPT_MS),
  });
  return provider.authorizeUrl({ state, redirectUri: oauthRedirectUri(ctx, network), ...(pkce ? { codeChallenge: pkce.challenge } : {}) });
}

/** Why a callback did not connect anything: a code the web app translates, and the specifics in English. */
export class OAuthFailure extends Error {
  constructor(
    readonly code:
      | 'oauth_state_missing'
      | 'oauth_state_unknown'
      | 'oauth_state_expired'
      | 'oauth_state_mismatch'
      | 'oauth_denied'
      | 'oauth_code_refused'
      | 'oauth_no_accounts'
      | 'oauth_connect_failed',
    message: string,
  ) {
    super(message);
    this.name = 'OAuthFailure';
  }
}

export type OAuthOutcome =
  | { kind: 'connected'; workspaceId: string; channelId: string }
  | { kind: 'pick'; workspaceId: string; grantId: string };

export interface CallbackQuery {
  code?: string | undefined;
  state?: string | undefined;
  error?: string | undefined;
  errorDescription?: string | undefined;
}

/** The callback: checks the state against the person now signed in, then connects or stores the grant. */
export async function finishNetworkOAuth(ctx: AppContext, actor: Actor | null, network: string, query: CallbackQuery): Promise<OAuthOutcome> {
  const name = networkName(network);
  if (!query.state) throw new OAuthFailure('oauth_state_missing', `${name} came back without the sign-in's state. Start again from the channels page.`);
  const db = ctx.database.db;
  const stateHash = hashSecret(query.state);
  const attempt = await networkOAuthRepository.takeAttempt(db, stateHash);
  if (!attempt || attempt.network !== network) {
    throw new OAuthFailure('oauth_state_unknown', 'This sign-in was already used or was not started here. Start again from the channels page.');
  }
  if (attempt.expires_at.getTime() <= Date.now()) {
    throw new OAuthFailure('oauth_state_expired', `This sign-in took more than ${ATTEMPT_MS / 60_000} minutes and expired. Start again from the channels page.`);
  }
  // Bound to who started it: another person (or another browser of the same person) cannot finish it.
  const sameSession = attempt.session_hash === null || actor?.sessionTokenHash === attempt.session_hash;
  if (!actor || actor.userId !== attempt.user_id || !sameSession) {
    throw new OAuthFailure('oauth_state_mismatch', 'This sign-in was started by someone else or in another browser. Sign in to Chorus here and start again.');
  }
  if (query.error) {
    const said = query.errorDescription ?? query.error;
    throw new OAuthFailure('oauth_denied', `${name} did not authorize Chorus (${said}). Start again and allow access.`);
  }
  if (!query.code) throw new OAuthFailure('oauth_code_refused', `${name} came back without an authorization code. Start again.`);
  const access = await requireWorkspace(db, actor, attempt.workspace_id, 'admin');
  // The app of the workspace the sign-in was started in: the one that issued the code.
  const provider = await providerFor(ctx, access.workspaceId, network);
  const verifier = attempt.verifier_enc ? ctx.secrets.open(attempt.verifier_enc, `oauth-attempt:${stateHash}`)['verifier'] : undefined;

  let choices: AccountChoice[];
  try {
    const grant = await provider.exchangeCode({ code: query.code, redirectUri: oauthRedirectUri(ctx, network), ...(verifier ? { codeVerifier: verifier } : {}) });
    try {
      choices = await provider.listAccounts(grant);
    } catch (error) {
      if (error instanceof NetworkError) throw new OAuthFailure('oauth_no_accounts', error.message);
      throw error;
    }
  } catch (error) {
    if (error instanceof NetworkError) throw new OAuthFailure('oauth_code_refused', error.message);
    throw error;
  }
  if (choices.length === 1 && choices[0]) {
    const channelId = await connectChoice(ctx, access, choices[0]);
    return { kind: 'connected', workspaceId: access.workspaceId, channelId };
  }
  const saved = await networkOAuthRepository.saveGrant(db, {
    workspaceId: access.workspaceId,
    userId: access.userId,
    network,
    accounts: choices.map((c) => ({ externalId: c.externalId, label: c.label, network: c.network })),
    choicesEnc: ctx.secrets.seal({ choices: JSON.stringify(choices) }, access.workspaceId),
    expiresAt: new Date(Date.now() + GRANT_MS),
  });
  return { kind: 'pick', workspaceId: access.workspaceId, grantId: saved.id };
}

/** One account becomes a channel through its own network's connector (a Facebook sign-in gives Instagram accounts). */
export async function connectChoice(ctx: AppContext, access: WorkspaceAccess, choice: AccountChoice): Promise<string> {
  try {
    const { channel } = await connectChannel(ctx, access, choice.network, choice.connectInput);
    return channel.id;
  } catch (error) {
    if (error instanceof ApiError) throw new OAuthFailure('oauth_connect_failed', error.message);
    throw error;
  }
}
