/**
 * Threads OAuth (developers.facebook.com/docs/threads/get-started/get-access-tokens-and-permissions and
 * .../get-started/long-lived-tokens): the authorization window gives a code; `POST /oauth/access_token` trades it for a
 * one-hour token and the `user_id`; `GET /access_token?grant_type=th_exchange_token` trades that for a 60-day token,
 * which `GET /refresh_access_token?grant_type=th_refresh_token` renews (once it is a day old). No refresh token, no PKCE.
 *
 * @example
 * const provider = createThreadsOAuthProvider({ clientId, clientSecret });
 * const url = provider.authorizeUrl({ state, redirectUri });
 * const grant = await provider.exchangeCode({ code, redirectUri });      // long-lived already
 * const [choice] = await provider.listAccounts(grant);
 */
import { z } from 'zod';
import { NetworkError } from '../connector.js';
import { expiresInToDate, type AccountChoice, type OAuthGrant, type OAuthProvider } from '../oauth2.js';
import { errorFromResponse, parse, readGraphError, ThreadsClient, type ThreadsClientOptions } from './client.js';
import { profileSchema } from './mapping.js';

/** threads_delete is not in the publishing list but "Required for making any delete calls" (…/threads/posts/delete-posts). */
export const THREADS_SCOPES = [
  'threads_basic',
  'threads_content_publish',
  'threads_manage_replies',
  'threads_read_replies',
  'threads_manage_insights',
  'threads_delete',
];

export const THREADS_AUTHORIZE_URL = 'https://threads.net';
/** Long-lived tokens last 60 days (…/get-started/long-lived-tokens); used when an answer has no `expires_in`. */
export const LONG_LIVED_TOKEN_MS = 60 * 24 * 3600 * 1000;

export interface ThreadsOAuthOptions extends ThreadsClientOptions {
  clientId: string;
  clientSecret: string;
  /** Origin of the authorization window (default https://threads.net). */
  authorizeUrl?: string;
}

const shortLivedSchema = z.object({ access_token: z.string().min(1), user_id: z.union([z.string(), z.number()]).transform(String) });
export const longLivedSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().optional(),
});

/** `GET /access_token?grant_type=th_exchange_token`: a short-lived token becomes a 60-day one. */
export async function exchangeForLongLived(client: ThreadsClient, clientSecret: string, shortLived: string): Promise<OAuthGrant> {
  const response = await client.send('GET', '/access_token', {
    unversioned: true,
    anonymous: true,
    query: { grant_type: 'th_exchange_token', client_secret: clientSecret, access_token: shortLived },
  });
  if (response.status < 200 || response.status >= 300) throw codeRefused(response.status, response.headers, response.body);
  const token = parse(longLivedSchema, response.body, 'the long-lived token');
  return { accessToken: token.access_token, expiresAt: expiresInToDate(token.expires_in) ?? new Date(Date.now() + LONG_LIVED_TOKEN_MS) };
}

/** `GET /refresh_access_token?grant_type=th_refresh_token`. Any refusal is `auth`: the channel must reconnect. */
export async function refreshLongLived(client: ThreadsClient, accessToken: string): Promise<{ accessToken: string; expiresAt: Date }> {
  const response = await client.send('GET', '/refresh_access_token', {
    unversioned: true,
    anonymous: true,
    query: { grant_type: 'th_refresh_token', access_token: accessToken },
  });
  if (response.status >= 500 || response.status === 429) throw errorFromResponse(response.status, response.headers, response.body);
  if (response.status < 200 || response.status >= 300) {
    const said = readGraphError(response.body).message;
    throw new NetworkError('auth', `Threads refused to renew this channel's access${said ? ` (${said})` : ''}. Reconnect the channel.`, {
      network: 'threads',
      status: response.status,
    });
  }
  const token = parse(longLivedSchema, response.body, 'the refreshed token');
  return { accessToken: token.access_token, expiresAt: expiresInToDate(token.expires_in) ?? new Date(Date.now() + LONG_LIVED_TOKEN_MS) };
}

/** A code the network won't take means "start connecting again": `auth`, as the OAuthProvider contract says. */
function codeRefused(status: number, headers: Headers, body: unknown): NetworkError {
  if (status >= 500 || status === 429) return errorFromResponse(status, headers, body);
  const said = readGraphError(body).message;
  return new NetworkError('auth', `Threads did not accept the authorization${said ? ` (${said})` : ''}; start connecting the channel again.`, {
    network: 'threads',
    status,
  });
}

/**
 * Reads the callback's query: the code when `state` matches; `rejected` with Threads' reason when the person declined
 * (`error=access_denied&error_reason=user_denied`) or the state is not ours.
 */
export function readThreadsCallback(callbackUrl: string | URL, expectedState: string): { code: string } {
  const url = new URL(callbackUrl);
  const error = url.searchParams.get('error');
  if (error) {
    const description = url.searchParams.get('error_description') ?? url.searchParams.get('error_reason') ?? error;
    throw new NetworkError('rejected', `Threads did not authorize Chorus: ${description}.`, { network: 'threads' });
  }
  if (url.searchParams.get('state') !== expectedState) {
    throw new NetworkError('rejected', 'This sign-in link has expired or was not started here. Start connecting the channel again.', { network: 'threads' });
  }
  // Threads appends `#_` to the redirect; URL keeps it in the hash, never in the code.
  const code = url.searchParams.get('code');
  if (!code) throw new NetworkError('rejected', 'Threads came back without an authorization code.', { network: 'threads' });
  return { code };
}

export function createThreadsOAuthProvider(options: ThreadsOAuthOptions): OAuthProvider {
  const anonymous = new ThreadsClient(null, options);
  return {
    network: 'threads',
    usesPkce: false,
    authorizeUrl({ state, redirectUri }) {
      const url = new URL('/oauth/authorize', options.authorizeUrl ?? THREADS_AUTHORIZE_URL);
      url.searchParams.set('client_id', options.clientId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('scope', THREADS_SCOPES.join(','));
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('state', state);
      return url.toString();
    },
    async exchangeCode({ code, redirectUri }) {
      const response = await anonymous.send('POST', '/oauth/access_token', {
        unversioned: true,
        anonymous: true,
        form: { client_id: options.clientId, client_secret: options.clientSecret, grant_type: 'authorization_code', redirect_uri: redirectUri, code },
      });
      if (response.status < 200 || response.status >= 300) throw codeRefused(response.status, response.headers, response.body);
      const short = parse(shortLivedSchema, response.body, 'the access token');
      // The one-hour token would expire before the first scheduled post: exchange it at once.
      const long = await exchangeForLongLived(anonymous, options.clientSecret, short.access_token);
      return { ...long, userId: short.user_id, scope: THREADS_SCOPES.join(',') };
    },
    async listAccounts(grant): Promise<AccountChoice[]> {
      const client = new ThreadsClient(grant.accessToken, options);
      const profile = parse(profileSchema, await client.request('GET', '/me', { query: { fields: 'id,username,name,threads_profile_picture_url' } }), 'the profile');
      return [
        {
          externalId: profile.id,
          label: `@${profile.username} (Threads)`,
          network: 'threads',
          connectInput: {
            accessToken: grant.accessToken,
            accountId: profile.id,
            ...(grant.expiresAt ? { expiresAt: grant.expiresAt.toISOString() } : {}),
          },
        },
      ];
    },
  };
}
