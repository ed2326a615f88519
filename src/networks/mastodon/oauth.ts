/**
 * Mastodon's OAuth 2 authorization-code flow, as pure steps: register Chorus as an app on the person's instance,
 * send them to the authorize URL, exchange the code for a token. Nothing is stored here — the channels feature keeps
 * the registered app per instance and the `state` per attempt, and checks `state` on the callback.
 *
 * @example
 * const app = await registerApp({ instanceUrl: 'mastodon.social', redirectUri, clientName: 'Chorus' });
 * const url = authorizeUrl({ app, state });            // redirect the browser there
 * const { accessToken } = await exchangeCode({ app, code }); // on the callback, after checking state
 * const account = await connector.connect({ instanceUrl: app.instanceUrl, accessToken });
 */
import { z } from 'zod';
import { NetworkError } from '../connector.js';
import { errorFromResponse, MastodonClient, normalizeInstanceUrl } from './client.js';

/** `read write` covers everything Chorus does (post, upload, delete, read notifications and statuses). */
export const MASTODON_SCOPES = 'read write';

/** What a registration returns: keep it per instance and redirect URI, and reuse it for every person there. */
export interface MastodonApp {
  instanceUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
}

export interface MastodonToken {
  accessToken: string;
  tokenType: string;
  scope: string;
  createdAt: Date | null;
}

const applicationSchema = z.object({
  client_id: z.string().min(1),
  client_secret: z.string().min(1),
});

const tokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  scope: z.string().optional(),
  created_at: z.number().optional(),
});

interface FetchOption {
  fetch?: typeof fetch;
}

/** `POST /api/v1/apps` (docs.joinmastodon.org/methods/apps). */
export async function registerApp(
  input: { instanceUrl: string; redirectUri: string; clientName: string; website?: string; scopes?: string } & FetchOption,
): Promise<MastodonApp> {
  const scopes = input.scopes ?? MASTODON_SCOPES;
  const client = new MastodonClient(input.instanceUrl, null, { fetch: input.fetch });
  const response = await client.request('POST', '/api/v1/apps', {
    json: {
      client_name: input.clientName,
      redirect_uris: input.redirectUri,
      scopes,
      ...(input.website ? { website: input.website } : {}),
    },
  });
  const parsed = applicationSchema.safeParse(response.body);
  if (!parsed.success) {
    throw new NetworkError('rejected', `${client.host} did not return app credentials; is it a Mastodon-compatible server?`, {
      network: 'mastodon',
    });
  }
  return {
    instanceUrl: client.instanceUrl,
    clientId: parsed.data.client_id,
    clientSecret: parsed.data.client_secret,
    redirectUri: input.redirectUri,
    scopes,
  };
}

/** Where to send the person's browser: `GET /oauth/authorize` with `response_type=code` and our `state`. */
export function authorizeUrl(input: { app: MastodonApp; state: string; forceLogin?: boolean }): string {
  const url = new URL('/oauth/authorize', normalizeInstanceUrl(input.app.instanceUrl));
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', input.app.clientId);
  url.searchParams.set('redirect_uri', input.app.redirectUri);
  url.searchParams.set('scope', input.app.scopes);
  url.searchParams.set('state', input.state);
  // Lets a person connect a second account on the same instance without logging out first.
  if (input.forceLogin) url.searchParams.set('force_login', 'true');
  return url.toString();
}

/**
 * Reads the callback's query. Returns the code when `state` matches what was issued; throws `rejected` with the
 * server's reason when the person declined (`error=access_denied`) or the state does not match (a forged callback).
 */
export function readCallback(callbackUrl: string | URL, expectedState: string): { code: string } {
  const url = new URL(callbackUrl);
  const error = url.searchParams.get('error');
  if (error) {
    const description = url.searchParams.get('error_description');
    throw new NetworkError('rejected', `The instance did not authorize Chorus: ${description ?? error}.`, { network: 'mastodon' });
  }
  if (url.searchParams.get('state') !== expectedState) {
    throw new NetworkError('rejected', 'This sign-in link has expired or was not started here. Start connecting the channel again.', {
      network: 'mastodon',
    });
  }
  const code = url.searchParams.get('code');
  if (!code) throw new NetworkError('rejected', 'The instance came back without an authorization code.', { network: 'mastodon' });
  return { code };
}

/** `POST /oauth/token` with `grant_type=authorization_code` (docs.joinmastodon.org/methods/oauth). */
export async function exchangeCode(input: { app: MastodonApp; code: string } & FetchOption): Promise<MastodonToken> {
  const client = new MastodonClient(input.app.instanceUrl, null, { fetch: input.fetch });
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: input.code,
    client_id: input.app.clientId,
    client_secret: input.app.clientSecret,
    redirect_uri: input.app.redirectUri,
    scope: input.app.scopes,
  });
  const response = await client.send('POST', '/oauth/token', { form });
  // A wrong or used code is `400 invalid_grant` (or 401 invalid_client): the person has to start again, it's not a
  // stored credential going bad, so it is `rejected` rather than `auth`.
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    throw new NetworkError('rejected', `${client.host} did not accept the authorization code; start connecting the channel again.`, {
      network: 'mastodon',
      status: response.status,
    });
  }
  if (response.status < 200 || response.status >= 300) {
    throw errorFromResponse(response.status, response.headers, response.body, client.host);
  }
  const parsed = tokenSchema.safeParse(response.body);
  if (!parsed.success) {
    throw new NetworkError('rejected', `${client.host} did not return an access token.`, { network: 'mastodon' });
  }
  return {
    accessToken: parsed.data.access_token,
    tokenType: parsed.data.token_type ?? 'Bearer',
    scope: parsed.data.scope ?? input.app.scopes,
    createdAt: parsed.data.created_at !== undefined ? new Date(parsed.data.created_at * 1000) : null,
  };
}
