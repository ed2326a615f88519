/**
 * What an OAuth provider sends, for the tests of each network's oauth.ts: the authorize URL split into its endpoint and
 * query, and the one token request a code exchange makes (answered with the given JSON).
 *
 * @example
 *   const { endpoint, query } = authorizeRequest(createPinterestOAuthProvider({ clientId: 'cid', clientSecret: 's' }), { state: 's', redirectUri });
 *   const { grant, request } = await exchangeCodeAnswered((fetch) => createPinterestOAuthProvider({ clientId: 'cid', clientSecret: 'sec', fetch }), { access_token: 'a' }, { code: 'c', redirectUri });
 */
import type { OAuthGrant, OAuthProvider } from './oauth2.js';

export function authorizeRequest(provider: OAuthProvider, input: Parameters<OAuthProvider['authorizeUrl']>[0]): { endpoint: string; query: Record<string, string> } {
  const url = new URL(provider.authorizeUrl(input));
  return { endpoint: url.origin + url.pathname, query: Object.fromEntries(url.searchParams) };
}

/** The token request as the network receives it: where, the Authorization header, and the form body. */
export interface TokenRequest {
  url: string;
  authorization: string | null;
  form: Record<string, string>;
}

export async function exchangeCodeAnswered(
  provider: (fetch: typeof globalThis.fetch) => OAuthProvider,
  answer: Record<string, unknown>,
  input: Parameters<OAuthProvider['exchangeCode']>[0],
): Promise<{ grant: OAuthGrant; request: TokenRequest }> {
  const requests: TokenRequest[] = [];
  const fetch: typeof globalThis.fetch = async (url, init) => {
    const form = Object.fromEntries(new URLSearchParams(String(init?.body)));
    requests.push({ url: String(url), authorization: new Headers(init?.headers).get('authorization'), form });
    return Response.json(answer);
  };
  const grant = await provider(fetch).exchangeCode(input);
  if (requests.length !== 1) throw new Error(`a code exchange makes one token request, not ${requests.length}`);
  return { grant, request: requests[0]! };
}
