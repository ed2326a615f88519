/**
 * The navigation's inbox badge: open items (not done) of the workspace, asked again every minute while the app is
 * open, and at once after any change made in the inbox (it shares the `inbox-counts` key the inbox invalidates).
 * Live updates will replace the polling when the server streams them.
 */
import { useQuery } from '@tanstack/react-query';
import { inboxApi, type InboxCounts } from '../../api-inbox';

const EVERY_MS = 60_000;

/** Open, assigned to me, done today; null until the first answer. */
export function useInboxCounts(workspaceId: string | null): InboxCounts | null {
  const counts = useQuery({
    queryKey: ['inbox-counts', workspaceId],
    queryFn: () => inboxApi.counts(workspaceId!),
    enabled: workspaceId !== null,
    refetchInterval: EVERY_MS,
  });
  return counts.data ?? null;
}
