/**
 * `#/feeds`: the workspace's RSS/Atom feeds posted on its channels, each with the status of its last read, and the
 * form to add one; after adding, or on request, a preview of the posts its next read would make. Viewers read;
 * editors add, change, pause and remove.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Channel } from '../../api';
import { feedsApi, type Feed, type FeedCheck } from '../../api-feeds';
import { useApiQuery } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { can } from '../../lib/roles';
import { useWorkspace } from '../../session';
import { FeedForm } from './FeedForm';
import { FeedPreview } from './FeedPreview';
import './feeds.css';

export function FeedsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const editable = can.editFeeds(workspace.role);
  const list = useApiQuery(['feeds', workspace.id], () => feedsApi.list(workspace.id));
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  const [creating, setCreating] = useState(false);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const feeds = list.data?.feeds ?? [];
  const allChannels = channels.data?.channels ?? [];

  return (
    <section className="page page--wide feeds" data-testid="feeds-page">
      <PageHeader title={t('feeds.title')} intro={t('feeds.intro')}>
        {editable && !creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="feed-new">
            {t('feeds.new')}
          </button>
        ) : null}
      </PageHeader>
      {list.error ? <Notice kind="error">{errorText(list.error)}</Notice> : null}
      {creating ? (
        <div className="card">
          <h2>{t('feeds.form.createTitle')}</h2>
          <p className="muted">{t('feeds.form.firstReadNote')}</p>
          <FeedForm
            workspaceId={workspace.id}
            channels={allChannels}
            onCancel={() => setCreating(false)}
            onSaved={(f) => {
              setCreating(false);
              setJustAdded(f.id);
              list.reload();
            }}
          />
        </div>
      ) : null}
      {list.loading && !list.data ? <p className="muted">{t('common.loading')}</p> : null}
      {list.data && feeds.length === 0 ? <p className="card muted" data-testid="feeds-empty">{t('feeds.empty')}</p> : null}
      <ul className="feeds__list" data-testid="feed-list">
        {feeds.map((f) => (
          <FeedCard key={f.id} workspaceId={workspace.id} feed={f} channels={allChannels} editable={editable} previewAtOnce={f.id === justAdded} onChanged={list.reload} />
        ))}
      </ul>
    </section>
  );
}

interface CardProps {
  workspaceId: string;
  feed: Feed;
  channels: Channel[];
  editable: boolean;
  previewAtOnce: boolean;
  onChanged(): void;
}

function FeedCard({ workspaceId, feed, channels, editable, previewAtOnce, onChanged }: CardProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [check, setCheck] = useState<FeedCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const preview = async () => {
    setChecking(true);
    await run(async () => setCheck(await feedsApi.check(workspaceId, feed.id)));
    setChecking(false);
  };
  // A feed just added shows at once what it would post (its first read only records the entries already there).
  useEffect(() => {
    if (previewAtOnce && editable) void preview();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the card first shows a new feed
  }, [previewAtOnce]);
  const names = feed.channelIds.map((id) => channels.find((c) => c.id === id)?.handle ?? id).join(', ');
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) : t('feeds.never'));

  return (
    <li className="card feed-card" data-testid="feed" data-status={feed.status}>
      <header className="feed-card__head">
        <h2 className="feed-card__url">{feed.url}</h2>
        <span className={`feed-card__status feed-card__status--${feed.active ? feed.status : 'paused'}`}>
          {feed.active ? t(`feeds.status.${feed.status}`) : t('feeds.status.paused')}
        </span>
      </header>
      <p className="muted">
        {t('feeds.summary', { channels: names, cap: feed.dailyCap, mode: t(`feeds.modes.${feed.mode}`) })}
        <br />
        <code>{feed.template}</code>
      </p>
      <p className="muted">{t('feeds.lastChecked', { when: when(feed.lastCheckedAt) })}</p>
      {feed.error ? <Notice kind="error">{feed.failures > 0 ? t('feeds.failing', { error: feed.error, count: feed.failures, next: when(feed.nextCheckAt) }) : feed.error}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {editable && !editing ? (
        <div className="actions">
          <button type="button" className="button button--ghost button--small" onClick={() => void preview()} disabled={checking} data-testid="feed-check">
            {checking ? t('feeds.checking') : t('feeds.check')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)} data-testid="feed-edit">
            {t('feeds.edit')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => void run(() => feedsApi.update(workspaceId, feed.id, { active: !feed.active }))} data-testid="feed-toggle">
            {feed.active ? t('feeds.pause') : t('feeds.resume')}
          </button>
          <ConfirmButton label={t('feeds.delete')} ariaLabel={t('feeds.deleteNamed', { url: feed.url })} question={t('feeds.deleteConfirm')} yes={t('feeds.deleteYes')} onConfirm={() => void run(() => feedsApi.remove(workspaceId, feed.id))} />
        </div>
      ) : null}
      {editing ? <FeedForm workspaceId={workspaceId} channels={channels} feed={feed} onCancel={() => setEditing(false)} onSaved={() => (setEditing(false), onChanged())} /> : null}
      {check ? <FeedPreview check={check} /> : null}
    </li>
  );
}
