/**
 * The navigation's inbox badge: open items (not done) of the workspace, asked again whenever the live stream says
 * items arrived (useInboxLive.ts) and at once after any change made in the inbox (it shares the `inbox-counts` key
 * the inbox invalidates). Only while the stream is down is it asked every minute.
 */
import { useQuery } from '@tanstack/react-query';
import { inboxApi, type InboxCounts } from '../../api-inbox';
import { pollEvery, type StreamState } from './live';

export const POLL_MS = 60_000;

/** Open, assigned to me, done today; null until the first answer. */
export function useInboxCounts(workspaceId: string | null, stream: StreamState): InboxCounts | null {
  const counts = useQuery({
    queryKey: ['inbox-counts', workspaceId],
    queryFn: () => inboxApi.counts(workspaceId!),
    enabled: workspaceId !== null,
    refetchInterval: pollEvery(stream, POLL_MS),
  });
  return counts.data ?? null;
}
