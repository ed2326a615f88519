/**
 * Facebook Login for Business as an `OAuthProvider`: one sign-in gives the Pages a person manages and the Instagram
 * professional accounts linked to them. Steps (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow):
 * 1. the browser goes to `www.facebook.com/{version}/dialog/oauth` (with the business login `config_id`, or `scope`);
 * 2. the code is exchanged with `GET /{version}/oauth/access_token` (Meta uses GET; no PKCE, no refresh token);
 * 3. the short-lived user token (~1-2 hours) becomes a long-lived one (~60 days) with `grant_type=fb_exchange_token`
 *    (https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived);
 * 4. `GET /me/accounts` lists the Pages, each with its own Page token. Page tokens obtained from a long-lived user
 *    token have no expiry, so channels store those, never the user token.
 *
 * @example
 * const meta = createMetaOAuthProvider({ network: 'facebook', clientId, clientSecret, configId });
 * res.redirect(meta.authorizeUrl({ state, redirectUri }));
 * const grant = await meta.exchangeCode({ code, redirectUri });
 * const choices = await meta.listAccounts(grant); // Pages and their Instagram accounts
 */
import { z } from 'zod';
import { NetworkError, type NetworkId } from '../connector.js';
import { expiresInToDate, type AccountChoice, type OAuthGrant, type OAuthProvider } from '../oauth2.js';
import { errorFromGraph, graphErrorSchema, personMessage } from './errors.js';
import { proofInput } from './channel.js';
import { GraphClient, listOf, parseGraph, type GraphOptions } from './graph.js';

/** What Chorus needs: list Pages, post and moderate on them, read insights; the same for linked Instagram accounts. */
export const META_SCOPES = [
  'pages_show_list',
  'pages_read_engagement',
  'pages_read_user_content',
  'pages_manage_posts',
  'pages_manage_engagement',
  'read_insights',
  'business_management',
  'instagram_basic',
  'instagram_content_publish',
  'instagram_manage_comments',
  'instagram_manage_insights',
];

export const META_AUTHORIZE_ORIGIN = 'https://www.facebook.com';

export interface MetaOAuthOptions extends GraphOptions {
  clientId: string;
  clientSecret: string;
  /** Which network the provider is registered for; `instagram` lists only Instagram accounts. */
  network?: 'facebook' | 'instagram';
  /** Origin of the login dialog, default https://www.facebook.com. */
  authorizeUrl?: string;
  /** Facebook Login for Business configuration id; when absent the dialog asks for `scope` instead. */
  configId?: string;
  scopes?: string[];
}

const tokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.union([z.number(), z.string()]).optional(),
});

const pageSchema = z.object({
  id: z.string(),
  name: z.string().catch(''),
  access_token: z.string().optional(),
  instagram_business_account: z
    .object({ id: z.string(), username: z.string().optional(), name: z.string().optional() })
    .optional(),
});

/** Pages read per sign-in (100 per request): people who manage more pick from the first thousand. */
const MAX_PAGES = 10;

/**
 * Reads the callback query: the code, or `auth` with Meta's reason when the person declined
 * (`error=access_denied&error_reason=user_denied`).
 */
export function readMetaCallback(query: URLSearchParams): { code: string; state: string | null } {
  const error = query.get('error');
  if (error) {
    const reason = query.get('error_description') ?? query.get('error_reason') ?? error;
    throw new NetworkError('auth', `Facebook did not authorize Chorus (${reason}). Connect again and allow access.`, { network: 'facebook' });
  }
  const code = query.get('code');
  if (!code) throw new NetworkError('auth', 'Facebook came back without an authorization code. Connect again.', { network: 'facebook' });
  return { code, state: query.get('state') };
}

export function createMetaOAuthProvider(options: MetaOAuthOptions): OAuthProvider {
  const network: NetworkId = options.network ?? 'facebook';
  const graph = new GraphClient({ ...options, network });
  const version = graph.version;

  const tokenCall = async (params: Record<string, string>, what: string): Promise<OAuthGrant> => {
    // No access token and so no appsecret_proof here: the app authenticates with client_secret itself.
    const response = await graph.send('GET', '/oauth/access_token', { client_id: options.clientId, client_secret: options.clientSecret, ...params });
    if (response.status < 200 || response.status >= 300) {
      const error = errorFromGraph(response.status, response.headers, response.body, network);
      // A used, expired or wrong code, or a wrong app secret (Graph's code 1, which elsewhere means "retry"): the
      // exchange will not succeed by retrying, so the person starts again.
      if (response.status >= 400 && response.status < 500 && error.kind !== 'rate_limited') {
        const said = graphErrorSchema.safeParse(response.body);
        const reason = said.success ? personMessage(said.data.error) : `HTTP ${response.status}`;
        throw new NetworkError('auth', `Facebook refused ${what} (${reason}). Connect again.`, { network, status: response.status });
      }
      throw error;
    }
    const token = parseGraph(tokenSchema, response.body, what, network);
    const expiresAt = expiresInToDate(token.expires_in);
    return { accessToken: token.access_token, ...(expiresAt ? { expiresAt } : {}) };
  };

  return {
    network,
    usesPkce: false,

    authorizeUrl({ state, redirectUri }) {
      const url = new URL(`${(options.authorizeUrl ?? META_AUTHORIZE_ORIGIN).replace(/\/+$/, '')}/${version}/dialog/oauth`);
      url.searchParams.set('client_id', options.clientId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('state', state);
      url.searchParams.set('response_type', 'code');
      // Login for Business takes its permissions from the configuration; classic login lists them.
      if (options.configId) url.searchParams.set('config_id', options.configId);
      else url.searchParams.set('scope', (options.scopes ?? META_SCOPES).join(','));
      return url.toString();
    },

    async exchangeCode({ code, redirectUri }) {
      const short = await tokenCall({ redirect_uri: redirectUri, code }, 'the authorization code');
      const long = await tokenCall({ grant_type: 'fb_exchange_token', fb_exchange_token: short.accessToken }, 'a long-lived token');
      return long;
    },

    async listAccounts(grant) {
      const user = graph.withToken(grant.accessToken);
      const pages: z.infer<typeof pageSchema>[] = [];
      let after: string | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const response = await user.get('/me/accounts', {
          fields: 'id,name,access_token,instagram_business_account{id,username,name}',
          limit: 100,
          after,
        });
        const list = parseGraph(listOf(pageSchema), response.body, 'the Pages list', network);
        pages.push(...list.data);
        after = list.paging?.cursors?.after;
        if (!list.paging?.next || !after) break;
      }
      const choices: AccountChoice[] = [];
      for (const page of pages) {
        if (!page.access_token) continue; // Listed without a token: the person can't publish as this Page.
        if (network === 'facebook') {
          choices.push({
            externalId: page.id,
            label: `${page.name || page.id} (Facebook Page)`,
            network: 'facebook',
            connectInput: { accessToken: page.access_token, accountId: page.id, ...proofInput(page.access_token, options.appSecret) },
          });
        }
        const ig = page.instagram_business_account;
        if (ig) {
          choices.push({
            externalId: ig.id,
            label: `@${ig.username ?? ig.id} (Instagram, linked to ${page.name || page.id})`,
            network: 'instagram',
            // The Page token works for the linked Instagram account's endpoints and, like the Page's, does not expire.
            connectInput: { accessToken: page.access_token, accountId: ig.id, pageId: page.id, ...proofInput(page.access_token, options.appSecret) },
          });
        }
      }
      if (choices.length === 0) {
        throw new NetworkError(
          'auth',
          network === 'instagram'
            ? 'No Instagram professional account linked to a Facebook Page was shared with Chorus. Link the account to a Page, then connect again and select that Page.'
            : 'No Facebook Page was shared with Chorus. Connect again, select at least one Page and allow every permission asked (pages_show_list, pages_manage_posts).',
          { network },
        );
      }
      return choices;
    },
  };
}
