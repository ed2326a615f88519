/**
 * Contributors' inbox replies waiting for an editor, under the posts on the approvals page: what each answers, the
 * reply, and for editors approve (it is sent at once) or reject with a reason the author sees on the item.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxApi } from '../../api-inbox';
import { useApiQuery } from '../../api/queries';
import { Notice } from '../../components/Field';
import { NetworkName } from '../../components/ChannelLabel';
import { errorText } from '../../lib/errors';
import { Link } from '../../router';

export function PendingReplies({ workspaceId, mayApprove }: { workspaceId: string; mayApprove: boolean }) {
  const { t } = useTranslation();
  const queue = useApiQuery(['pending-replies', workspaceId], () => inboxApi.pendingReplies(workspaceId));
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const replies = queue.data?.replies ?? [];

  async function act(replyId: string, action: () => Promise<unknown>) {
    setBusyId(replyId);
    setError(null);
    try {
      await action();
      queue.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section aria-labelledby="pending-replies-title" data-testid="pending-replies">
      <h2 id="pending-replies-title">{t('approvals.replies.title', { count: queue.data?.count ?? 0 })}</h2>
      {queue.error ? <Notice kind="error">{errorText(queue.error)}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {queue.data && replies.length === 0 ? <p className="empty card">{t('approvals.replies.empty')}</p> : null}
      <ul className="approvals">
        {replies.map((reply) => (
          <li key={reply.id} className="card approval" data-testid="pending-reply">
            <p className="muted">
              {t('approvals.replies.answering', { handle: reply.engagement.authorHandle })} (<NetworkName network={reply.engagement.network} />):{' '}
              {reply.engagement.text}
            </p>
            <p className="post-text">{reply.text}</p>
            <div className="actions">
              {mayApprove ? (
                <>
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={busyId === reply.id}
                    onClick={() => void act(reply.id, () => inboxApi.approveReply(workspaceId, reply.id))}
                  >
                    {t('approvals.approve')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busyId === reply.id}
                    onClick={() => {
                      const reason = window.prompt(t('approvals.replies.rejectReason'));
                      if (reason !== null) void act(reply.id, () => inboxApi.rejectReply(workspaceId, reply.id, reason));
                    }}
                  >
                    {t('approvals.reject')}
                  </button>
                </>
              ) : null}
              <Link to="/inbox" className="button button--ghost">
                {t('approvals.replies.openInbox')}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
