/**
 * `chorus doctor`'s checks of the networks an operator configured (an OAuth app, or an API origin of their own):
 * the app has both halves, and the API origin answers. Origins are reached through the networks' guarded fetch, as
 * the connectors reach them, with a short timeout; any HTTP answer counts, as an origin's root rarely answers 200.
 *
 * @example
 *   await checkNetworks({ CHORUS_X_CLIENT_ID: 'abc' });
 *   // [{ ok: false, what: 'X: CHORUS_X_CLIENT_ID is set but not CHORUS_X_CLIENT_SECRET', fix: '…' }, { ok: true, … }]
 */
import { GRAPH_API_URL } from '../networks/meta/graph.js';
import { LINKEDIN_API_URL } from '../networks/linkedin/client.js';
import { PINTEREST_API_URL } from '../networks/pinterest/client.js';
import { guardedFetch, unsafeAddressIn } from '../networks/safe-fetch.js';
import { SNAPCHAT_API_URL } from '../networks/snapchat/client.js';
import { THREADS_API_URL } from '../networks/threads/client.js';
import { TIKTOK_API_URL } from '../networks/tiktok/client.js';
import { X_API_URL } from '../networks/x/client.js';
import { YOUTUBE_API_URL } from '../networks/youtube/client.js';
import { CHECK_TIMEOUT_MS, type CheckResult } from './doctor-checks.js';

/** A network as the environment names it: CHORUS_<key>_CLIENT_ID, _CLIENT_SECRET, _API_URL. */
interface NetworkSettings {
  name: string;
  key: string;
  defaultApiUrl: string;
}

export const NETWORKS: NetworkSettings[] = [
  { name: 'Facebook and Instagram', key: 'FACEBOOK', defaultApiUrl: GRAPH_API_URL },
  { name: 'Threads', key: 'THREADS', defaultApiUrl: THREADS_API_URL },
  { name: 'X', key: 'X', defaultApiUrl: X_API_URL },
  { name: 'LinkedIn', key: 'LINKEDIN', defaultApiUrl: LINKEDIN_API_URL },
  { name: 'YouTube', key: 'YOUTUBE', defaultApiUrl: YOUTUBE_API_URL },
  { name: 'TikTok', key: 'TIKTOK', defaultApiUrl: TIKTOK_API_URL },
  { name: 'Pinterest', key: 'PINTEREST', defaultApiUrl: PINTEREST_API_URL },
  { name: 'Snapchat', key: 'SNAPCHAT', defaultApiUrl: SNAPCHAT_API_URL },
];

const setting = (env: NodeJS.ProcessEnv, name: string) => env[name]?.trim() || undefined;

/** Both halves of an OAuth app, or neither (accounts are then connected with tokens). */
export function checkOAuthApp(network: NetworkSettings, env: NodeJS.ProcessEnv): CheckResult | undefined {
  const idName = `CHORUS_${network.key}_CLIENT_ID`;
  const secretName = `CHORUS_${network.key}_CLIENT_SECRET`;
  const id = setting(env, idName);
  const secret = setting(env, secretName);
  if (!id && !secret) return undefined;
  if (id && secret) return { ok: true, what: `${network.name}: OAuth app ${idName} and its secret are set` };
  const [present, missing] = id ? [idName, secretName] : [secretName, idName];
  return {
    ok: false,
    what: `${network.name}: ${present} is set but not ${missing}`,
    fix: `Copy ${missing} from the app's page on the network's developer site, or unset ${present} to connect accounts with tokens only.`,
  };
}

/** The API origin answers over HTTP within the timeout. */
export async function checkOrigin(name: string, origin: string, timeoutMs = CHECK_TIMEOUT_MS, doFetch?: typeof fetch): Promise<CheckResult> {
  // The configured origin is trusted as the connectors trust it; a redirect elsewhere is checked like theirs.
  const send = doFetch ?? guardedFetch({ trustedOrigins: [origin] });
  try {
    const response = await send(origin, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return { ok: true, what: `${name}: ${origin} answers (HTTP ${response.status})` };
  } catch (error) {
    const refused = unsafeAddressIn(error);
    const cause = refused?.message ?? (error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error));
    const fix = refused
      ? 'The address is local or private: set CHORUS_ALLOW_PRIVATE_NETWORKS=1 if that is intended.'
      : 'Check the API URL setting, this machine\'s DNS and outgoing firewall (or proxy).';
    return { ok: false, what: `${name}: ${origin} does not answer (${cause})`, fix };
  }
}

/** A network no env app sets, but whose app some workspaces' owners saved on the network apps page. */
function savedApp(network: NetworkSettings, savedApps: Record<string, number>): CheckResult | undefined {
  const count = savedApps[network.key.toLowerCase()] ?? 0;
  if (!count) return undefined;
  return { ok: true, what: `${network.name}: OAuth app saved by ${count} workspace${count > 1 ? 's' : ''} (network apps page)` };
}

/**
 * Every network configured in `env` or saved by a workspace (`savedApps`: workspaces per app network, from the
 * database): its OAuth app, then its API origin. Networks left unset are not contacted.
 */
export async function checkNetworks(env: NodeJS.ProcessEnv, timeoutMs = CHECK_TIMEOUT_MS, savedApps: Record<string, number> = {}): Promise<CheckResult[]> {
  const checks: Promise<CheckResult[]>[] = NETWORKS.map(async (network) => {
    const app = checkOAuthApp(network, env) ?? savedApp(network, savedApps);
    const apiUrl = setting(env, `CHORUS_${network.key}_API_URL`);
    if (!app && !apiUrl) return [];
    const origin = await checkOrigin(network.name, apiUrl ?? network.defaultApiUrl, timeoutMs);
    return app ? [app, origin] : [origin];
  });
  const bluesky = setting(env, 'CHORUS_BLUESKY_SERVICE');
  if (bluesky) checks.push(checkOrigin('Bluesky', bluesky, timeoutMs).then((r) => [r]));
  return (await Promise.all(checks)).flat();
}
