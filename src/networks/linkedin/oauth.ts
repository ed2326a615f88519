/**
 * LinkedIn 3-legged OAuth (learn.microsoft.com/linkedin/shared/authentication/authorization-code-flow and
 * .../programmatic-refresh-tokens): the browser goes to `/oauth/v2/authorization`; `POST /oauth/v2/accessToken`
 * (form-encoded, client secret in the body) gives an access token for 60 days and, for apps with refresh enabled,
 * a refresh token for a year. The answer has no `token_type`. Refresh is the same endpoint with
 * `grant_type=refresh_token`.
 *
 * @example
 * const provider = createLinkedInOAuthProvider({ clientId, clientSecret });
 * const grant = await provider.exchangeCode({ code, redirectUri });
 * const choices = await provider.listAccounts(grant);   // the member, then the pages they administer
 */
import { z } from 'zod';
import { NetworkError } from '../connector.js';
import { expiresInToDate, type AccountChoice, type OAuthGrant, type OAuthProvider } from '../oauth2.js';
import { encodeUrn, errorFromResponse, LINKEDIN_OAUTH_URL, LinkedInClient, parse, readLinkedInError, type LinkedInClientOptions } from './client.js';
import { aclsSchema, organizationSchema, userinfoSchema } from './mapping.js';

export const LINKEDIN_SCOPES = ['openid', 'profile', 'w_member_social', 'r_organization_social', 'w_organization_social', 'rw_organization_admin'];

export interface LinkedInOAuthOptions extends LinkedInClientOptions {
  clientId: string;
  clientSecret: string;
  /** Origin of the authorization page (default https://www.linkedin.com). */
  authorizeUrl?: string;
  /** Origin of `/oauth/v2/accessToken` (default https://www.linkedin.com). */
  tokenUrl?: string;
}

const tokenSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().optional(),
  refresh_token: z.string().optional(),
  refresh_token_expires_in: z.number().optional(),
  scope: z.string().optional(),
});

function toGrant(body: unknown): OAuthGrant {
  const token = parse(tokenSchema, body, 'the token');
  return {
    accessToken: token.access_token,
    refreshToken: token.refresh_token,
    expiresAt: expiresInToDate(token.expires_in),
    refreshExpiresAt: expiresInToDate(token.refresh_token_expires_in),
    scope: token.scope,
  };
}

/** One call to the token endpoint; a refusal (400/401) is `auth`: the person must connect again. */
export async function requestToken(options: LinkedInOAuthOptions, form: Record<string, string>, refusal: string): Promise<OAuthGrant> {
  const client = new LinkedInClient(null, { ...options, apiUrl: options.tokenUrl ?? LINKEDIN_OAUTH_URL });
  const response = await client.send('POST', '/oauth/v2/accessToken', {
    anonymous: true,
    form: { ...form, client_id: options.clientId, client_secret: options.clientSecret },
  });
  if (response.status >= 500 || response.status === 429) throw errorFromResponse(response.status, response.headers, response.body);
  if (response.status < 200 || response.status >= 300) {
    const said = readLinkedInError(response.body).message;
    throw new NetworkError('auth', `${refusal}${said ? ` (${said})` : ''}.`, { network: 'linkedin', status: response.status });
  }
  return toGrant(response.body);
}

/**
 * Reads the callback's query: the code when `state` matches; `rejected` with LinkedIn's reason when the person
 * declined (`error=user_cancelled_authorize` or `user_cancelled_login`) or the state is not ours.
 */
export function readLinkedInCallback(callbackUrl: string | URL, expectedState: string): { code: string } {
  const url = new URL(callbackUrl);
  const error = url.searchParams.get('error');
  if (error) {
    throw new NetworkError('rejected', `LinkedIn did not authorize Chorus: ${url.searchParams.get('error_description') ?? error}.`, { network: 'linkedin' });
  }
  if (url.searchParams.get('state') !== expectedState) {
    throw new NetworkError('rejected', 'This sign-in link has expired or was not started here. Start connecting the channel again.', { network: 'linkedin' });
  }
  const code = url.searchParams.get('code');
  if (!code) throw new NetworkError('rejected', 'LinkedIn came back without an authorization code.', { network: 'linkedin' });
  return { code };
}

/** The member and the organizations they administer, as the picker shows them. */
export async function listLinkedInAccounts(client: LinkedInClient): Promise<{ member: { urn: string; name: string; picture: string | null }; organizations: { urn: string; name: string; vanityName: string | null }[] }> {
  const me = parse(userinfoSchema, (await client.request('GET', '/v2/userinfo')).body, 'the member');
  const name = me.name || [me.given_name, me.family_name].filter(Boolean).join(' ') || 'LinkedIn member';
  // "ADMINISTRATOR" and "APPROVED": only pages the member can publish as (…/organization-access-control-by-role).
  const acls = parse(aclsSchema, (await client.request('GET', '/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED')).body, 'the page roles');
  const organizations = [];
  for (const urn of new Set(acls.elements.filter((a) => a.role === 'ADMINISTRATOR' && a.state === 'APPROVED').map((a) => a.organization))) {
    const id = urn.split(':').pop() ?? '';
    const org = parse(organizationSchema, (await client.request('GET', `/rest/organizations/${encodeUrn(id)}`)).body, 'an organization');
    organizations.push({ urn, name: org.localizedName ?? `Organization ${id}`, vanityName: org.vanityName ?? null });
  }
  return { member: { urn: `urn:li:person:${me.sub}`, name, picture: me.picture ?? null }, organizations };
}

export function createLinkedInOAuthProvider(options: LinkedInOAuthOptions): OAuthProvider {
  return {
    network: 'linkedin',
    usesPkce: false,
    authorizeUrl({ state, redirectUri }) {
      const url = new URL('/oauth/v2/authorization', options.authorizeUrl ?? LINKEDIN_OAUTH_URL);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', options.clientId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('state', state);
      url.searchParams.set('scope', LINKEDIN_SCOPES.join(' '));
      return url.toString();
    },
    exchangeCode({ code, redirectUri }) {
      return requestToken(options, { grant_type: 'authorization_code', code, redirect_uri: redirectUri }, 'LinkedIn did not accept the authorization; start connecting the channel again');
    },
    async listAccounts(grant): Promise<AccountChoice[]> {
      const { member, organizations } = await listLinkedInAccounts(new LinkedInClient(grant.accessToken, options));
      const tokens: Record<string, string> = {
        accessToken: grant.accessToken,
        ...(grant.refreshToken ? { refreshToken: grant.refreshToken } : {}),
        ...(grant.expiresAt ? { expiresAt: grant.expiresAt.toISOString() } : {}),
        ...(grant.refreshExpiresAt ? { refreshExpiresAt: grant.refreshExpiresAt.toISOString() } : {}),
      };
      return [
        { externalId: member.urn, label: `${member.name} (LinkedIn profile)`, network: 'linkedin', connectInput: { ...tokens, accountId: member.urn } },
        ...organizations.map((org) => ({
          externalId: org.urn,
          label: `${org.name} (LinkedIn page)`,
          network: 'linkedin' as const,
          connectInput: { ...tokens, accountId: org.urn },
        })),
      ];
    },
  };
}
