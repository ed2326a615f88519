/** One post on the client's page: its previews, one per network, and the decision (given, or the form to give it). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientApprovalsApi, type ClientApprovalPost } from '../../api-client-approvals';
import { errorText } from '../../lib/errors';
import { NetworkName } from '../../components/ChannelLabel';
import { Notice } from '../../components/Field';
import { decorate } from '../composer/PostPreview';

type Preview = ClientApprovalPost['previews'][number];

function NetworkPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const media = preview.media.slice(0, 4);
  const handle = preview.handle.startsWith('@') ? preview.handle : `@${preview.handle}`;
  return (
    <article className={`preview preview--${preview.network}`} aria-label={t('composer.previewFor', { handle: preview.handle })}>
      <header className="preview__author">
        <NetworkName network={preview.network} />
        <span>
          <strong>{preview.channelName}</strong>
          <span className="muted"> {handle}</span>
        </span>
      </header>
      <p className="preview__text" data-testid={`client-preview-${preview.network}`}>
        {decorate(preview.text, preview.network, 'c')}
      </p>
      {media.length > 0 ? (
        <div className={`preview__media preview__media--${media.length}`}>
          {media.map((m) => (
            <figure key={m.url}>
              {m.mimeType.startsWith('video/') ? <video src={m.url} controls muted aria-label={m.altText || undefined} /> : <img src={m.url} alt={m.altText} />}
            </figure>
          ))}
        </div>
      ) : null}
    </article>
  );
}

interface Props {
  token: string;
  post: ClientApprovalPost;
  name: string;
  onDecided(): void;
}

export function ClientPostCard({ token, post, name, onDecided }: Props) {
  const { t, i18n } = useTranslation();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const when = (iso: string | null) => (iso ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso)) : t('clientApproval.noDate'));

  async function send(decision: 'approved' | 'changes_requested') {
    setBusy(true);
    setError(null);
    try {
      await clientApprovalsApi.decide(token, { postId: post.id, decision, ...(comment.trim() && { comment: comment.trim() }), ...(name.trim() && { name: name.trim() }) });
      onDecided();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const decided = post.decision;
  return (
    <section className="card client-post" data-testid={`client-post-${post.id}`}>
      <p className="muted client-post__when">
        {/* Asking for changes holds the post until the team acts: "Goes out" would no longer be a promise. */}
        {post.scheduledAt && post.decision?.decision === 'changes_requested'
          ? t('clientApproval.wasPlanned', { date: when(post.scheduledAt) })
          : t('clientApproval.when', { date: when(post.scheduledAt) })}
      </p>
      <div className="client-post__previews">
        {post.previews.map((p, i) => (
          <NetworkPreview key={`${p.network}-${i}`} preview={p} />
        ))}
      </div>
      {decided ? (
        <div className={`client-post__decision client-post__decision--${decided.decision}`} data-testid="client-decision">
          <strong>{t(`clientApproval.decided.${decided.decision}`)}</strong>
          {decided.comment ? <p className="client-post__comment">{decided.comment}</p> : null}
        </div>
      ) : (
        <div className="client-post__form">
          {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
          <label className="client-post__label" htmlFor={`comment-${post.id}`}>
            {t('clientApproval.comment')}
          </label>
          <textarea id={`comment-${post.id}`} rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="client-comment" />
          <div className="actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void send('approved')} data-testid="client-approve">
              {t('clientApproval.approve')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void send('changes_requested')} data-testid="client-request-changes">
              {t('clientApproval.requestChanges')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
