/**
 * A workspace's network apps (the OAuth app each network needs before "Connect with <network>" works): their status,
 * the callback URL to register, and an owner saving or removing one. Same conventions as api.ts (typed calls through
 * api/client.ts; every type is read from the server's OpenAPI document).
 *
 * @example
 *   const { apps } = await networkAppsApi.list(workspaceId);
 *   await networkAppsApi.save(workspaceId, 'pinterest', { clientId, clientSecret });
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type NetworkApp = Answer<'/api/v1/workspaces/{ws}/network-apps', 'get'>['apps'][number];
export type AppNetwork = NetworkApp['network'];
export type NetworkAppInput = Input<'/api/v1/workspaces/{ws}/network-apps/{network}', 'put'>;

const at = (ws: string, network: AppNetwork) => ({ params: { path: { ws, network } } });

export const networkAppsApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/network-apps', { params: { path: { ws } } })),
  save: (ws: string, network: AppNetwork, body: NetworkAppInput) =>
    answer(client.PUT('/api/v1/workspaces/{ws}/network-apps/{network}', { ...at(ws, network), body })),
  remove: (ws: string, network: AppNetwork) => done(client.DELETE('/api/v1/workspaces/{ws}/network-apps/{network}', at(ws, network))),
};

/** The app that signs a network in (Instagram signs in through the Facebook app). */
export function appOf(network: string): AppNetwork | undefined {
  if (network === 'instagram') return 'facebook';
  const apps: readonly string[] = ['facebook', 'threads', 'x', 'linkedin', 'youtube', 'tiktok', 'pinterest', 'snapchat'] satisfies AppNetwork[];
  return apps.includes(network) ? (network as AppNetwork) : undefined;
}

/**
 * Where each network's developer console creates an app and takes its redirect URL (the pages the networks' own
 * guides start from).
 */
export const DEVELOPER_CONSOLES: Record<AppNetwork, string> = {
  facebook: 'https://developers.facebook.com/apps/',
  threads: 'https://developers.facebook.com/apps/',
  x: 'https://developer.x.com/en/portal/projects-and-apps',
  linkedin: 'https://www.linkedin.com/developers/apps',
  youtube: 'https://console.cloud.google.com/apis/credentials',
  tiktok: 'https://developers.tiktok.com/apps/',
  pinterest: 'https://developers.pinterest.com/apps/',
  snapchat: 'https://business.snapchat.com/',
};
