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
import { NetworkError } from '../connector.js';
import { accountChoice, createOAuthProvider, grantClientOptions, oauthErrorSaid, type OAuthDefinition, type OAuthEngineProvider } from '../oauth/engine.js';
import type { OAuthAppOptions } from '../oauth2.js';
import { errorFromResponse, googleError, YouTubeClient } from './client.js';
import { channelListSchema, parse } from './mapping.js';

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

function youtubeOAuth(options: Omit<YouTubeOAuthOptions, 'clientId' | 'clientSecret'>): OAuthDefinition {
  return {
    network: 'youtube',
    who: 'YouTube',
    reconnect: 'the YouTube channel',
    authorize: {
      url: options.authorizeUrl ?? YOUTUBE_AUTHORIZE_URL,
      scopes: options.scopes ?? YOUTUBE_SCOPES,
      scopeSeparator: ' ',
      pkce: 'supported',
      params: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
    },
    token: {
      url: options.tokenUrl ?? YOUTUBE_TOKEN_URL,
      clientAuth: 'body',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      said: (body) => oauthErrorSaid(body) ?? googleError(body).message,
      // The token endpoint is Google's, not YouTube's: people know the refusal as Google's.
      refusal: (grantType, said) => {
        const what = grantType === 'refresh_token' ? 'the saved access of this channel' : 'the authorization';
        return `Google refused ${what}${said ? ` (${said})` : ''}. Connect the YouTube channel again.`;
      },
      errorFrom: errorFromResponse,
    },
    // Google lets the person untick scopes on the consent screen (granular consent): say which one is missing.
    requiredScopes: {
      scopes: ['https://www.googleapis.com/auth/youtube.upload'],
      message: () => 'Google did not grant the permission to upload videos; connect again and allow it.',
    },
    listAccounts: async (grant) => {
      const client = new YouTubeClient(grantClientOptions(options, grant));
      const response = await client.request('GET', '/youtube/v3/channels', { query: { mine: true, part: 'snippet,contentDetails' } });
      const channels = parse(channelListSchema, response.body, 'the channels').items;
      if (channels.length === 0) {
        throw new NetworkError('auth', 'This Google account has no YouTube channel. Create one on YouTube, then connect again.', { network: 'youtube' });
      }
      return channels.map((channel) => accountChoice('youtube', grant, channel.id, `${channel.snippet.title} (YouTube channel)`));
    },
  };
}

/** The sign-in steps, and the renewal of access with a saved refresh token (a refused one is `auth`: connect again). */
export function createYouTubeOAuthProvider(options: YouTubeOAuthOptions): OAuthEngineProvider {
  return createOAuthProvider(youtubeOAuth(options), options);
}
