/**
 * Whether the person may see a workspace's pages: a workspace that requires two-factor keeps out those who have not
 * turned it on (the API answers 403 `two_factor_required`); the app shows them the enrolment page instead.
 *
 * @example
 *   const gate = useTwoFactorGate();
 *   if (gate.blocks(workspace.id)) return <SecurityPage requiredBy={workspace.name} onChanged={gate.reload} />;
 */
import { useCallback } from 'react';
import { securityApi } from '../../api-security';
import { useApiQuery } from '../../api/queries';

export function useTwoFactorGate() {
  const status = useApiQuery(['two-factor'], () => securityApi.twoFactorStatus());
  const data = status.data;
  const blocks = useCallback(
    (workspaceId: string) => Boolean(data && !data.enabled && data.requiredBy.some((w) => w.id === workspaceId)),
    [data],
  );
  // Until the first answer, a workspace page would only flash and fail; an error (signed out) lets the page decide.
  const pending = status.data === null && !status.error;
  return { blocks, pending, reload: status.reload };
}
