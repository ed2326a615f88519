/**
 * Snap's OAuth 2.0 authorization-code flow for the Marketing API (developers.snap.com/api/marketing-api/Ads-API/authentication,
 * and …/Public-Profile-API/GetStarted "OAuth Set Up Steps"):
 * - the browser goes to `https://accounts.snapchat.com/login/oauth2/authorize` with `client_id`, `redirect_uri`,
 *   `response_type=code`, `scope` and `state`;
 * - `POST https://accounts.snapchat.com/login/oauth2/access_token`, form-encoded with `client_id` and
 *   `client_secret` in the body, trades the code, and later the refresh token (`grant_type=refresh_token`);
 * - access tokens are short-lived (`expires_in`, about 30 minutes to an hour): Chorus refreshes 10 minutes early and
 *   saves a new refresh token when Snap returns one.
 *
 * @example
 * const provider = createSnapchatOAuthProvider({ clientId, clientSecret });
 * const grant = await provider.exchangeCode({ code, redirectUri });
 * const profiles = await provider.listAccounts(grant);
 */
import { NetworkError } from '../connector.js';
import { accountChoice, createOAuthProvider, grantClientOptions, type OAuthDefinition, type OAuthEngineProvider } from '../oauth/engine.js';
import type { OAuthAppOptions } from '../oauth2.js';
import { errorFromResponse, SnapClient, snapMessage } from './client.js';
import { organizationsSchema, parse, profileAnswerSchema, type SnapProfile } from './mapping.js';

export const SNAPCHAT_AUTHORIZE_URL = 'https://accounts.snapchat.com/login/oauth2/authorize';
export const SNAPCHAT_ACCOUNTS_URL = 'https://accounts.snapchat.com';
/** GetStarted: the Public Profile API is reached with the `snapchat-profile-api` scope. */
export const SNAPCHAT_SCOPES = ['snapchat-profile-api'] as const;

/** Snap's OAuth app. Defaults: `apiUrl` https://businessapi.snapchat.com (listing profiles), `authorizeUrl` on accounts.snapchat.com. */
export interface SnapchatOAuthOptions extends OAuthAppOptions {
  /** Origin of the token endpoint; default https://accounts.snapchat.com. */
  accountsUrl?: string;
}

function snapchatOAuth(options: Omit<SnapchatOAuthOptions, 'clientId' | 'clientSecret'>): OAuthDefinition {
  return {
    network: 'snapchat',
    who: 'Snapchat',
    reconnect: 'the Snapchat profile',
    authorize: { url: options.authorizeUrl ?? SNAPCHAT_AUTHORIZE_URL, scopes: options.scopes ?? SNAPCHAT_SCOPES, scopeSeparator: ' ', pkce: 'none' },
    token: {
      url: new URL('/login/oauth2/access_token', options.accountsUrl ?? SNAPCHAT_ACCOUNTS_URL).toString(),
      clientAuth: 'body',
      said: snapMessage,
      errorFrom: errorFromResponse,
    },
    listAccounts: async (grant) => {
      const profiles = await listProfiles(new SnapClient(grantClientOptions(options, grant)));
      if (profiles.length === 0) {
        const message = 'This Snapchat login manages no Public Profile. Create one in the Snapchat app (or Snap Business Manager) and connect again.';
        throw new NetworkError('auth', message, { network: 'snapchat' });
      }
      return profiles.map((p) => accountChoice('snapchat', grant, p.id, `${p.display_name || p.snap_user_name || p.id} (Snapchat Public Profile)`));
    },
  };
}

/**
 * The Public Profiles this token may post as: the person's own (`GET /v1/public_profiles/my_profile`) and, ASSUMPTION,
 * those of the organizations they belong to (`GET /v1/me/organizations`, then
 * `GET /v1/organizations/{id}/public_profiles`), as the Marketing API lists organization-owned objects.
 */
export async function listProfiles(client: SnapClient): Promise<SnapProfile[]> {
  const found = new Map<string, SnapProfile>();
  const mine = await client.send('GET', '/v1/public_profiles/my_profile');
  // A person without a profile of their own answers 404; their organizations may still have some.
  if (mine.status !== 404) {
    if (mine.status < 200 || mine.status >= 300) throw errorFromResponse(mine.status, mine.headers, mine.body);
    for (const p of parse(profileAnswerSchema, mine.body, 'the public profile')) found.set(p.id, p);
  }
  let orgs: { organization: { id: string } }[] = [];
  try {
    orgs = parse(organizationsSchema, (await client.get('/v1/me/organizations')).body, 'the organizations').organizations;
  } catch (error) {
    // A login allowed to post for its own profile only is refused the organizations: its own profile still counts.
    if (!(error instanceof NetworkError && error.kind === 'rejected' && found.size > 0)) throw error;
  }
  for (const { organization } of orgs) {
    const answer = await client.get(`/v1/organizations/${encodeURIComponent(organization.id)}/public_profiles`);
    for (const p of parse(profileAnswerSchema, answer.body, 'the public profiles')) found.set(p.id, p);
  }
  return [...found.values()];
}

/** The sign-in steps, and the renewal of access with a saved refresh token (a refused one is `auth`: connect again). */
export function createSnapchatOAuthProvider(options: SnapchatOAuthOptions): OAuthEngineProvider {
  return createOAuthProvider(snapchatOAuth(options), options);
}
