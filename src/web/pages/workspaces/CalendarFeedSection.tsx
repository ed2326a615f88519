/**
 * The workspace's secret calendar feed address (editors and above): make it, copy it (shown only once, the server
 * keeps only a hash), replace it or revoke it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { formatWhen } from '../../lib/dates';
import { Notice } from '../../components/Field';
import { CopyButton } from '../../components/CopyButton';

export function CalendarFeedSection({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const feed = useApiQuery(['calendar-feed', workspaceId], () => api.getCalendarFeed(workspaceId));
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      feed.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const create = () => run(async () => setUrl((await api.createCalendarFeed(workspaceId)).url));
  const revoke = () =>
    run(async () => {
      await api.revokeCalendarFeed(workspaceId);
      setUrl(null);
    });

  const exists = feed.data?.exists ?? false;
  return (
    <div className="card" data-testid="calendar-feed">
      <h2>{t('calendarFeed.title')}</h2>
      <p className="muted">{t('calendarFeed.intro')}</p>
      {feed.error ? <Notice kind="error">{errorText(feed.error)}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {url ? (
        <p>
          {t('calendarFeed.newUrl')} <code data-testid="calendar-feed-url">{url}</code> <CopyButton text={url} label={t('calendarFeed.copy')} />
        </p>
      ) : null}
      {!url && feed.data ? (
        <p className="muted">{exists && feed.data.createdAt ? t('calendarFeed.since', { date: formatWhen(feed.data.createdAt, i18n.language) }) : t('calendarFeed.none')}</p>
      ) : null}
      <p>
        <button type="button" className="button" disabled={busy || feed.loading} onClick={() => void create()}>
          {exists ? t('calendarFeed.rotate') : t('calendarFeed.create')}
        </button>{' '}
        {exists ? (
          <button type="button" className="button button--ghost" disabled={busy} onClick={() => void revoke()}>
            {t('calendarFeed.revoke')}
          </button>
        ) : null}
      </p>
    </div>
  );
}
