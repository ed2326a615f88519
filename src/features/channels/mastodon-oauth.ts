/**
 * "Sign in with Mastodon": Chorus registers itself once per instance, sends the person to their instance to
 * authorize, and on the way back exchanges the code and connects the channel like a pasted token would.
 */
import type { AppContext } from '../../core/context.js';
import { invalid } from '../../core/errors.js';
import { authorizeUrl, exchangeCode, normalizeInstanceUrl, registerApp, type MastodonApp } from '../../networks/mastodon/index.js';
import { NetworkError } from '../../networks/connector.js';
import { assertPublicHttpUrl, UnsafeUrlError } from '../../networks/safe-url.js';
import { unsafeAddressIn } from '../../networks/safe-fetch.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { requireWorkspace, type WorkspaceAccess } from '../workspaces/access.js';
import { oauthRepository } from './oauth-repository.js';
import { connectChannel } from './service.js';

const STATE_MINUTES = 15;
const APP_SECRET_BINDING = 'oauth-app';

export function mastodonRedirectUri(ctx: AppContext): string {
  return `${ctx.config.publicUrl}/api/v1/oauth/mastodon/callback`;
}

export async function checkedInstanceUrl(raw: string): Promise<string> {
  let instanceUrl: string;
  try {
    instanceUrl = normalizeInstanceUrl(raw);
  } catch (error) {
    if (error instanceof NetworkError) throw invalid('invalid_instance', error.message, 'instanceUrl');
    throw error;
  }
  try {
    await assertPublicHttpUrl(instanceUrl);
  } catch (error) {
    if (error instanceof UnsafeUrlError) throw invalid('unsafe_url', error.message, 'instanceUrl');
    throw error;
  }
  return instanceUrl;
}

export async function startMastodonOAuth(ctx: AppContext, access: WorkspaceAccess, rawInstanceUrl: string): Promise<string> {
  const instanceUrl = await checkedInstanceUrl(rawInstanceUrl);
  const redirectUri = mastodonRedirectUri(ctx);
  const db = ctx.database.db;
  let row = await oauthRepository.findApp(db, 'mastodon', instanceUrl, redirectUri);
  if (!row) {
    let app: MastodonApp;
    try {
      app = await registerApp({ instanceUrl, redirectUri, clientName: 'Chorus', website: ctx.config.publicUrl });
    } catch (error) {
      const unsafe = unsafeAddressIn(error);
      if (unsafe) throw invalid('unsafe_url', unsafe.message, 'instanceUrl');
      const message = error instanceof Error ? error.message : String(error);
      throw invalid('instance_refused', `${instanceUrl} did not register Chorus: ${message}`, 'instanceUrl');
    }
    row = await oauthRepository.saveApp(db, {
      network: 'mastodon',
      instanceUrl,
      redirectUri,
      clientId: app.clientId,
      clientSecretEnc: ctx.secrets.seal({ clientSecret: app.clientSecret }, APP_SECRET_BINDING),
      scopes: app.scopes,
    });
  }
  const state = newSecret('st_');
  await oauthRepository.saveState(db, {
    stateHash: hashSecret(state),
    workspaceId: access.workspaceId,
    userId: access.userId,
    network: 'mastodon',
    appId: row.id,
    expiresAt: new Date(Date.now() + STATE_MINUTES * 60_000),
  });
  return authorizeUrl({ app: appOf(ctx, row), state });
}

function appOf(ctx: AppContext, row: NonNullable<Awaited<ReturnType<typeof oauthRepository.findAppById>>>): MastodonApp {
  return {
    instanceUrl: row.instance_url,
    clientId: row.client_id,
    clientSecret: ctx.secrets.open(row.client_secret_enc, APP_SECRET_BINDING).clientSecret ?? '',
    redirectUri: row.redirect_uri,
    scopes: row.scopes,
  };
}

/** The callback: returns the new channel's id, or throws with a message to show on the channels page. */
export async function finishMastodonOAuth(ctx: AppContext, state: string, code: string): Promise<string> {
  const db = ctx.database.db;
  const saved = await oauthRepository.consumeState(db, hashSecret(state));
  if (!saved) throw invalid('invalid_state', 'This sign-in link has expired or was already used. Start again from the channels page.');
  const row = await oauthRepository.findAppById(db, saved.oauth_app_id);
  if (!row) throw invalid('invalid_state', 'This sign-in attempt is no longer valid. Start again.');
  // The person who started must still be allowed to connect channels there.
  const access = await requireWorkspace(db, { userId: saved.user_id, via: 'session' }, saved.workspace_id, 'admin');
  const token = await exchangeCode({ app: appOf(ctx, row), code });
  const { channel } = await connectChannel(ctx, access, 'mastodon', { instanceUrl: row.instance_url, accessToken: token.accessToken });
  return channel.id;
}
