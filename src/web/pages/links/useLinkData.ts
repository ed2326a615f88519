/**
 * The server state of one link's page, one query each, keyed so that sections asking for the same thing share one
 * request: the link, its clicks and conversions over the chosen period, and its A/B arms. The period is the one the
 * statistics tab shows; conversions follow it so that a conversion rate compares like with like.
 */
import { api } from '../../api';
import { useApiQuery } from '../../api/queries';

export const RANGES = [7, 30, 90] as const;
export type RangeDays = (typeof RANGES)[number];
export const DAY_MS = 86_400_000;

/** The last `days` days up to now, as the `from`/`to` query of the statistics and conversions routes. */
function lastDays(days: RangeDays): { from: string; to: string } {
  const to = new Date();
  return { from: new Date(to.getTime() - days * DAY_MS).toISOString(), to: to.toISOString() };
}

export function useLinkQuery(workspaceId: string, linkId: string) {
  return useApiQuery(['link', workspaceId, linkId], () => api.getLink(workspaceId, linkId));
}

export function useLinkStats(workspaceId: string, linkId: string, range: RangeDays) {
  return useApiQuery(['link-stats', workspaceId, linkId, range], () =>
    api.linkStats(workspaceId, linkId, { ...lastDays(range), interval: 'day' }),
  );
}

export function useLinkConversions(workspaceId: string, linkId: string, range: RangeDays) {
  return useApiQuery(['link-conversions', workspaceId, linkId, range], () => api.linkConversions(workspaceId, linkId, lastDays(range)));
}

export function useLinkArms(workspaceId: string, linkId: string) {
  return useApiQuery(['link-arms', workspaceId, linkId], () => api.linkArms(workspaceId, linkId));
}
