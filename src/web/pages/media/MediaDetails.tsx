/**
 * One library file in full: its picture, alt text and tags to change, the network-ready copies made of it, the posts
 * that use it, and delete (refused by the server, with its reason, while a post still going out uses it).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaApi, type LibraryItem } from '../../api-media';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Field';
import { NetworkName } from '../../components/ChannelLabel';
import { errorText, formatBytes } from '../../lib/errors';
import { Link } from '../../router';
import { MediaThumb } from './MediaThumb';

interface Props {
  workspaceId: string;
  item: LibraryItem;
  editable: boolean;
  onChanged(): void;
  onDeleted(): void;
  onClose(): void;
}

export function MediaDetails({ workspaceId, item, editable, onChanged, onDeleted, onClose }: Props) {
  const { t } = useTranslation();
  const [altText, setAltText] = useState(item.altText);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setMessage(null);
    try {
      await mediaApi.update(workspaceId, item.id, { altText, tags: tags.split(',') });
      setMessage({ kind: 'success', text: t('media.saved') });
      onChanged();
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setMessage(null);
    try {
      await mediaApi.remove(workspaceId, item.id);
      onDeleted();
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
  }

  return (
    <aside className="card library-details" aria-label={t('media.detailsOf', { file: item.fileName })} data-testid="library-details">
      <div className="library-details__head">
        <h2>{item.fileName}</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('media.close')}
        </button>
      </div>
      <MediaThumb item={item} className="library-details__preview" />
      <p className="muted">
        {item.mimeType} · {item.width && item.height ? `${item.width}×${item.height} · ` : ''}
        {formatBytes(item.sizeBytes)}
      </p>
      {message ? <Notice kind={message.kind}>{message.text}</Notice> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="field__label">{t('media.altText')}</span>
          <textarea rows={3} value={altText} onChange={(e) => setAltText(e.target.value)} disabled={!editable} data-testid="library-alt" />
          <span className="field__hint">{t('media.altHint')}</span>
        </label>
        <label className="field">
          <span className="field__label">{t('media.tags')}</span>
          <input value={tags} onChange={(e) => setTags(e.target.value)} disabled={!editable} data-testid="library-tags" />
          <span className="field__hint">{t('media.tagsHint')}</span>
        </label>
        {editable ? (
          <button type="submit" className="button button--primary" disabled={busy} data-testid="library-save">
            {t('media.save')}
          </button>
        ) : null}
      </form>
      <h3>{t('media.copies')}</h3>
      {item.renditions.length === 0 ? (
        <p className="muted">{t('media.noCopies')}</p>
      ) : (
        <ul className="library-details__list">
          {item.renditions.map((r) => (
            <li key={r.key}>
              <a href={r.url} target="_blank" rel="noreferrer">
                {r.networks.length ? r.networks.map((n) => <NetworkName key={n} network={n} />).reduce<React.ReactNode[]>((all, n, i) => (i ? [...all, ', ', n] : [n]), []) : t('media.copyOther')}
              </a>{' '}
              <span className="muted">
                {r.width}×{r.height} · {formatBytes(r.sizeBytes)} · {r.mimeType.replace('image/', '').toUpperCase()}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('media.usage')}</h3>
      {item.usage.posts === 0 ? (
        <p className="muted">{t('media.unusedLong')}</p>
      ) : (
        <>
          <p>
            {t('media.usedIn', { count: item.usage.posts })}
            {item.usage.open > 0 ? ` — ${t('media.stillGoingOut', { count: item.usage.open })}` : ''}
          </p>
          <ul className="library-details__list">
            {item.usage.postIds.map((id, i) => (
              <li key={id}>
                <Link to={`/posts/${id}`}>{t('media.openPost', { n: i + 1 })}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {editable ? (
        <div className="library-details__danger">
          <ConfirmButton label={t('media.delete')} ariaLabel={t('media.deleteFile', { file: item.fileName })} question={t('media.deleteQuestion')} yes={t('media.deleteYes')} onConfirm={() => void remove()} />
        </div>
      ) : null}
    </aside>
  );
}
