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
import { accountChoice, createOAuthProvider, readCallback, refusedUnlessRetryable, requestToken as requestOAuthToken, type OAuthDefinition } from '../oauth/engine.js';
import type { OAuthGrant, OAuthProvider } from '../oauth2.js';
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

const CODE_REFUSED = 'LinkedIn did not accept the authorization; start connecting the channel again';

/** `refusal` is the person's sentence for a refused code or refresh token; LinkedIn's reason is appended. */
function linkedInOAuth(options: LinkedInOAuthOptions, refusal: string): OAuthDefinition {
  return {
    network: 'linkedin',
    who: 'LinkedIn',
    authorize: { url: new URL('/oauth/v2/authorization', options.authorizeUrl ?? LINKEDIN_OAUTH_URL).toString(), scopes: LINKEDIN_SCOPES, scopeSeparator: ' ', pkce: 'none' },
    token: {
      url: new URL('/oauth/v2/accessToken', options.tokenUrl ?? LINKEDIN_OAUTH_URL).toString(),
      clientAuth: 'body',
      fields: { refreshExpiresIn: 'refresh_token_expires_in' },
      refused: refusedUnlessRetryable,
      said: (body) => readLinkedInError(body).message,
      refusal: (_grantType, said) => `${refusal}${said ? ` (${said})` : ''}.`,
      errorFrom: errorFromResponse,
    },
    listAccounts: async (grant) => {
      const { member, organizations } = await listLinkedInAccounts(new LinkedInClient(grant.accessToken, options));
      return [
        accountChoice('linkedin', grant, member.urn, `${member.name} (LinkedIn profile)`),
        ...organizations.map((org) => accountChoice('linkedin', grant, org.urn, `${org.name} (LinkedIn page)`)),
      ];
    },
  };
}

/** One call to the token endpoint; a refusal (400/401) is `auth`: the person must connect again. */
export function requestToken(options: LinkedInOAuthOptions, form: Record<string, string>, refusal: string): Promise<OAuthGrant> {
  return requestOAuthToken(linkedInOAuth(options, refusal), options, form);
}

/**
 * Reads the callback's query: the code when `state` matches; `rejected` with LinkedIn's reason when the person
 * declined (`error=user_cancelled_authorize` or `user_cancelled_login`) or the state is not ours.
 */
export function readLinkedInCallback(callbackUrl: string | URL, expectedState: string): { code: string } {
  return readCallback({ network: 'linkedin', who: 'LinkedIn' }, callbackUrl, expectedState);
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
  return createOAuthProvider(linkedInOAuth(options, CODE_REFUSED), options);
}
