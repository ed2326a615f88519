/**
 * Google OAuth 2.0 for a web server app (developers.google.com/identity/protocols/oauth2/web-server):
 * - the browser goes to `https://accounts.google.com/o/oauth2/v2/auth` with `access_type=offline` (so Google issues
 *   a refresh token) and `prompt=consent` (Google issues the refresh token only at a consent, so a person connecting
 *   again would otherwise get none), PKCE S256 (Google supports it for web clients too);
 * - `POST https://oauth2.googleapis.com/token` (form-encoded, client id and secret in the body) trades the code, and
 *   later the refresh token; access tokens last one hour (`expires_in` 3599); a refresh answer has no new refresh
 *   token: the first one stays valid until revoked;
 * - errors are `{error: 'invalid_grant' | 'invalid_client' | …, error_description}`.
 * Scopes: developers.google.com/youtube/v3/guides/auth/server-side-web-apps#identify-access-scopes.
 *
 * @example
 * const provider = createYouTubeOAuthProvider({ clientId, clientSecret });
 * const url = provider.authorizeUrl({ state, redirectUri, codeChallenge: pkce.challenge });
 */
import { z } from 'zod';
import { NetworkError } from '../connector.js';
import { type AccountChoice, grantFrom, type OAuthGrant, type OAuthProvider, type OAuthAppOptions, oauthTokenSchema } from '../oauth2.js';
import { errorFromResponse, googleError, unreachable, YouTubeClient } from './client.js';
import { channelListSchema, parse } from './mapping.js';
import { guardedFetch } from '../safe-fetch.js';

export const YOUTUBE_AUTHORIZE_URL = 'https://accounts.google.com/o/oauth2/v2/auth';
export const YOUTUBE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/** Upload videos; manage comments and thumbnails (force-ssl); read the channel and its statistics. */
export const YOUTUBE_SCOPES = [
  'https://www.googleapis.com/auth/youtube.upload',
  'https://www.googleapis.com/auth/youtube.force-ssl',
  'https://www.googleapis.com/auth/youtube.readonly',
] as const;

/** Google's OAuth client. Defaults: `apiUrl` https://www.googleapis.com (the Data API, for listAccounts), `authorizeUrl` https://accounts.google.com/o/oauth2/v2/auth. */
export interface YouTubeOAuthOptions extends OAuthAppOptions {
  /** Token endpoint; default https://oauth2.googleapis.com/token. */
  tokenUrl?: string;
}

const tokenSchema = oauthTokenSchema;

const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** One call to the token endpoint; a refused code or refresh token is `auth` (connect again). */
export async function requestToken(options: Omit<YouTubeOAuthOptions, 'authorizeUrl' | 'scopes'>, form: Record<string, string>): Promise<OAuthGrant> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let response: Response;
  let body: unknown;
  try {
    const tokenUrl = options.tokenUrl ?? YOUTUBE_TOKEN_URL;
    response = await (options.fetch ?? guardedFetch({ trustedOrigins: [tokenUrl] }))(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ ...form, client_id: options.clientId, client_secret: options.clientSecret }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    body = text ? (JSON.parse(text) as unknown) : null;
  } catch (error) {
    throw unreachable(error, timeoutMs);
  }
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    const parsed = oauthErrorSchema.safeParse(body);
    const said = parsed.success ? `${parsed.data.error}${parsed.data.error_description ? `: ${parsed.data.error_description}` : ''}` : googleError(body).message;
    const what = form['grant_type'] === 'refresh_token' ? 'the saved access of this channel' : 'the authorization';
    throw new NetworkError('auth', `Google refused ${what}${said ? ` (${said})` : ''}. Connect the YouTube channel again.`, {
      network: 'youtube',
      status: response.status,
    });
  }
  if (!response.ok) throw errorFromResponse(response.status, response.headers, body);
  return grantFrom(parse(tokenSchema, body, 'the token request'));
}

export function createYouTubeOAuthProvider(options: YouTubeOAuthOptions): OAuthProvider {
  const scopes = options.scopes ?? YOUTUBE_SCOPES;
  return {
    network: 'youtube',
    usesPkce: true,

    authorizeUrl({ state, redirectUri, codeChallenge }) {
      const url = new URL(options.authorizeUrl ?? YOUTUBE_AUTHORIZE_URL);
      url.searchParams.set('client_id', options.clientId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('scope', scopes.join(' '));
      url.searchParams.set('access_type', 'offline');
      url.searchParams.set('prompt', 'consent');
      url.searchParams.set('include_granted_scopes', 'true');
      url.searchParams.set('state', state);
      if (codeChallenge) {
        url.searchParams.set('code_challenge', codeChallenge);
        url.searchParams.set('code_challenge_method', 'S256');
      }
      return url.toString();
    },

    async exchangeCode({ code, redirectUri, codeVerifier }) {
      return requestToken(options, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        ...(codeVerifier ? { code_verifier: codeVerifier } : {}),
      });
    },

    async listAccounts(grant) {
      // Google lets the person untick scopes on the consent screen (granular consent): say which one is missing.
      const granted = grant.scope?.split(/\s+/);
      const missing = granted ? ['https://www.googleapis.com/auth/youtube.upload'].filter((s) => !granted.includes(s)) : [];
      if (missing.length > 0) {
        throw new NetworkError('auth', 'Google did not grant the permission to upload videos; connect again and allow it.', { network: 'youtube' });
      }
      const client = new YouTubeClient({ apiUrl: options.apiUrl, accessToken: grant.accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs });
      const response = await client.request('GET', '/youtube/v3/channels', { query: { mine: true, part: 'snippet,contentDetails' } });
      const channels = parse(channelListSchema, response.body, 'the channels').items;
      if (channels.length === 0) {
        throw new NetworkError('auth', 'This Google account has no YouTube channel. Create one on YouTube, then connect again.', { network: 'youtube' });
      }
      return channels.map(
        (channel): AccountChoice => ({
          externalId: channel.id,
          label: `${channel.snippet.title} (YouTube channel)`,
          network: 'youtube',
          connectInput: {
            accessToken: grant.accessToken,
            ...(grant.refreshToken ? { refreshToken: grant.refreshToken } : {}),
            ...(grant.expiresAt ? { expiresAt: grant.expiresAt.toISOString() } : {}),
            accountId: channel.id,
          },
        }),
      );
    },
  };
}
