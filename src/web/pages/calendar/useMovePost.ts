/**
 * Moving a post on the calendar: it shows at its new time at once, the server checks the move (the date, the
 * networks' rules and quotas), and a refusal puts it back where it was with the server's reason in a notice.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Post } from '../../api';
import { queryClient } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { formatWhen } from '../../lib/dates';

export interface MoveNotice {
  kind: 'error' | 'success';
  text: string;
}

export function useMovePost(workspaceId: string) {
  const { t, i18n } = useTranslation();
  // Posts shown at their new time while the server decides.
  const [moving, setMoving] = useState<ReadonlyMap<string, Date>>(new Map());
  const [notice, setNotice] = useState<MoveNotice | null>(null);

  const settle = (postId: string) =>
    setMoving((current) => {
      const next = new Map(current);
      next.delete(postId);
      return next;
    });

  const move = useCallback(
    async (post: Post, at: Date) => {
      if (post.scheduledAt && new Date(post.scheduledAt).getTime() === at.getTime()) return;
      setMoving((current) => new Map(current).set(post.id, at));
      setNotice(null);
      try {
        await api.updatePost(workspaceId, post.id, { scheduledAt: at.toISOString() });
        // The calendar's own list and every other view of posts load the moved post again.
        await queryClient.invalidateQueries({ queryKey: ['posts', workspaceId] });
        setNotice({ kind: 'success', text: t('calendar.moved', { when: formatWhen(at.toISOString(), i18n.language) }) });
      } catch (error) {
        setNotice({ kind: 'error', text: t('calendar.moveRefused', { reason: errorText(error) }) });
      } finally {
        settle(post.id);
      }
    },
    [workspaceId, t, i18n.language],
  );

  return { moving, move, notice, dismiss: () => setNotice(null) };
}
