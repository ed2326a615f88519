/**
 * A post's version history: who changed what and when, newest first. Choosing a version shows its word diff against
 * the one before (insertions and deletions coloured, part by part: text, each variant, media, channels, schedule);
 * editors can restore it, which the server checks against the networks' rules like any edit.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collabApi, type PostVersion, type VersionDiff } from '../../api-collab';
import { useApiQuery } from '../../api/queries';
import { Notice } from '../../components/Field';
import { errorText } from '../../lib/errors';

interface Props {
  workspaceId: string;
  postId: string;
  canRestore: boolean;
  /** The post changed (a version was restored): the page reloads it. */
  onRestored(): void;
  /** Changes when the post does, so the history follows edits made from this page. */
  revision: string;
}

export function PostHistory({ workspaceId, postId, canRestore, onRestored, revision }: Props) {
  const { t, i18n } = useTranslation();
  const versions = useApiQuery(['post-versions', workspaceId, postId, revision], () => collabApi.versions(workspaceId, postId));
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const format = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const list = versions.data?.versions ?? [];

  async function restore(v: PostVersion) {
    setBusy(true);
    setError(null);
    try {
      await collabApi.restore(workspaceId, postId, v.id);
      setChosen(null);
      onRestored();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="post-history" aria-labelledby="post-history-title" data-testid="post-history">
      <h2 id="post-history-title">{t('collab.history.title')}</h2>
      {versions.error ? <Notice kind="error">{errorText(versions.error)}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {versions.data && list.length === 0 ? <p className="empty card">{t('collab.history.empty')}</p> : null}
      <ol className="post-history__list">
        {list.map((v) => (
          <li key={v.id} className={chosen === v.id ? 'post-version post-version--open card' : 'post-version card'} data-testid="post-version">
            <button type="button" className="post-version__head" aria-expanded={chosen === v.id} onClick={() => setChosen(chosen === v.id ? null : v.id)}>
              <strong>{t('collab.history.version', { number: v.number })}</strong> · {v.author ? v.author.name || v.author.email : t('collab.someone')} · {format(v.createdAt)}
              <span className="muted"> — {v.number === 1 ? t('collab.history.first') : v.changes.map((c) => t(`collab.parts.${c}`)).join(', ')}</span>
            </button>
            {chosen === v.id ? (
              <>
                <DiffView workspaceId={workspaceId} postId={postId} versionId={v.id} />
                {canRestore && v.number !== list[0]?.number ? (
                  <button type="button" className="button button--small" disabled={busy} onClick={() => void restore(v)} data-testid="version-restore">
                    {t('collab.history.restore', { number: v.number })}
                  </button>
                ) : null}
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function DiffView({ workspaceId, postId, versionId }: { workspaceId: string; postId: string; versionId: string }) {
  const { t } = useTranslation();
  const diff = useApiQuery(['post-version-diff', workspaceId, postId, versionId], () => collabApi.diff(workspaceId, postId, versionId));
  if (diff.error) return <Notice kind="error">{errorText(diff.error)}</Notice>;
  if (!diff.data) return <p className="muted">{t('common.loading')}</p>;
  const changed = diff.data.sections.filter((s) => s.changed);
  return (
    <div className="version-diff" data-testid="version-diff">
      <p className="muted">{diff.data.against ? t('collab.history.against', { number: diff.data.against.number }) : t('collab.history.againstNothing')}</p>
      {changed.length === 0 ? <p className="muted">{t('collab.history.noChange')}</p> : null}
      {changed.map((s) => (
        <div key={s.key} className="version-diff__section">
          <h3>{sectionTitle(t, s)}</h3>
          <p className="version-diff__text">
            {s.parts.map((p, i) =>
              p.added ? (
                <ins key={i} data-testid="diff-added">
                  {p.value}
                </ins>
              ) : p.removed ? (
                <del key={i} data-testid="diff-removed">
                  {p.value}
                </del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </p>
        </div>
      ))}
    </div>
  );
}

type Section = VersionDiff['sections'][number];

function sectionTitle(t: (key: string, options?: Record<string, string>) => string, s: Section): string {
  if (!s.variant) return t(`collab.parts.${s.part}`);
  const which = [s.variant.network, s.variant.channelId, s.variant.segmentId ? t('collab.history.segment') : null].filter(Boolean).join(' · ');
  return t('collab.history.variant', { which: which || t('collab.history.allChannels') });
}
