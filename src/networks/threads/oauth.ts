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
import { createOAuthProvider, readCallback, refusedUnlessRetryable, type OAuthDefinition } from '../oauth/engine.js';
import { expiresInToDate, type OAuthGrant, type OAuthProvider } from '../oauth2.js';
import { errorFromResponse, parse, readGraphError, ThreadsClient, THREADS_API_URL, type ThreadsClientOptions } from './client.js';
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
  // Threads appends `#_` to the redirect; URL keeps it in the hash, never in the code.
  return readCallback({ network: 'threads', who: 'Threads' }, callbackUrl, expectedState);
}

/** The short-lived step: `POST /oauth/access_token` with the secret in the form gives a one-hour token and `user_id`. */
function threadsOAuth(options: ThreadsOAuthOptions): OAuthDefinition {
  return {
    network: 'threads',
    who: 'Threads',
    authorize: { url: new URL('/oauth/authorize', options.authorizeUrl ?? THREADS_AUTHORIZE_URL).toString(), scopes: THREADS_SCOPES, scopeSeparator: ',', pkce: 'none' },
    token: {
      url: `${(options.apiUrl ?? THREADS_API_URL).replace(/\/+$/, '')}/oauth/access_token`,
      clientAuth: 'body',
      fields: { userId: 'user_id' },
      // Anything but an outage or a rate limit means the code will not work: connect again.
      refused: refusedUnlessRetryable,
      said: (body) => readGraphError(body).message,
      refusal: (_grantType, said) => `Threads did not accept the authorization${said ? ` (${said})` : ''}; start connecting the channel again.`,
      errorFrom: errorFromResponse,
    },
    listAccounts: async (grant) => {
      const client = new ThreadsClient(grant.accessToken, options);
      const profile = parse(profileSchema, await client.request('GET', '/me', { query: { fields: 'id,username,name,threads_profile_picture_url' } }), 'the profile');
      const credentials = { accessToken: grant.accessToken, accountId: profile.id, ...(grant.expiresAt ? { expiresAt: grant.expiresAt.toISOString() } : {}) };
      return [{ externalId: profile.id, label: `@${profile.username} (Threads)`, network: 'threads', connectInput: credentials }];
    },
  };
}

export function createThreadsOAuthProvider(options: ThreadsOAuthOptions): OAuthProvider {
  const anonymous = new ThreadsClient(null, options);
  const standard = createOAuthProvider(threadsOAuth(options), options);
  return {
    ...standard,
    async exchangeCode(input) {
      const short = await standard.exchangeCode(input);
      // The one-hour token would expire before the first scheduled post: exchange it at once.
      const long = await exchangeForLongLived(anonymous, options.clientSecret, short.accessToken);
      return { ...long, ...(short.userId ? { userId: short.userId } : {}), scope: THREADS_SCOPES.join(',') };
    },
  };
}
