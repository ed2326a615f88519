/**
 * The post page's data: the post (reloaded every few seconds while something is on its way out, and again when
 * a held account is reconnected), the accounts' health, and the post's actions (approve, cancel, delete).
 *
 * @example
 *   const page = usePost(postId);
 *   page.act(api.cancelPost);
 */
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { useWorkspace } from '../../session';
import { useApiQuery } from '../../api/queries';
import { useChannelHealth } from '../../lib/channelHealth';

const REFRESH_MS = 3000;

export function usePost(postId: string) {
  const workspace = useWorkspace();
  const post = useApiQuery(['post', workspace.id, postId], () => api.getPost(workspace.id, postId));
  const health = useChannelHealth();
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const data = post.data;

  const inFlight = data?.publications.some((p) => p.status === 'publishing' || (p.status === 'scheduled' && p.scheduledAt && Date.parse(p.scheduledAt) <= Date.now()));
  useEffect(() => {
    if (!inFlight) return;
    const timer = setInterval(post.reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [inFlight, post.reload]);

  // A held publication means an account stopped working: the banner should say so now, not at the next minute.
  const heldCount = data?.publications.filter((p) => p.status === 'held').length ?? 0;
  const { refresh: refreshHealth, needsReconnect } = health;
  useEffect(() => {
    if (heldCount > 0) refreshHealth();
  }, [heldCount, refreshHealth]);
  // Once an account is reconnected (here, in another tab, by someone else), its held publications are released.
  const brokenIds = needsReconnect.map((c) => c.id).join();
  const seenBroken = useRef(brokenIds);
  useEffect(() => {
    if (seenBroken.current === brokenIds) return;
    seenBroken.current = brokenIds;
    post.reload();
  }, [brokenIds, post.reload]);

  async function act(action: (ws: string, id: string) => Promise<unknown>, after?: () => void) {
    setBusy(true);
    setActionError(null);
    try {
      await action(workspace.id, postId);
      if (after) after();
      else post.reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  return { workspace, post, data, channels: health.channels ?? [], actionError, busy, act };
}
