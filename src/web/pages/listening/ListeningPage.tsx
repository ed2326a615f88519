/**
 * `#/listening`: saved searches on Bluesky, Mastodon and X. Each query shows its terms, its channels and its latest
 * matches; editors create, edit and delete queries. Every match is also in the inbox, filtered to `kind=listening`.
 */
import { useTranslation } from 'react-i18next';
import { ChannelLabel } from '../../components/ChannelLabel';
import { Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { Link } from '../../router';
import { MatchesList } from './MatchesList';
import { QueryForm } from './QueryForm';
import { useListeningPage } from './useListeningPage';
import './listening.css';

export function ListeningPage() {
  const { t } = useTranslation();
  const page = useListeningPage();
  const { queries, channels, editing } = page;
  const list = queries.data?.queries ?? [];
  return (
    <section className="page" data-testid="listening">
      <PageHeader title={t('listening.title')} intro={t('listening.intro')}>
        {page.mayEdit && editing === null ? (
          <button type="button" className="button button--primary" onClick={() => page.setEditing('new')} data-testid="listening-new">
            {t('listening.newQuery')}
          </button>
        ) : null}
      </PageHeader>
      <p>
        <Link to="/inbox?kind=listening">{t('listening.inbox')}</Link>
      </p>
      {queries.error ? <Notice kind="error">{errorText(queries.error)}</Notice> : null}
      {page.removeError ? <Notice kind="error">{errorText(page.removeError)}</Notice> : null}
      {editing === 'new' ? <QueryForm channels={channels} onSave={page.save} onCancel={() => page.setEditing(null)} /> : null}
      {queries.data === null && !queries.error ? <p className="muted">{t('common.loading')}</p> : null}
      {queries.data && list.length === 0 && editing !== 'new' ? <p className="muted">{t('listening.empty')}</p> : null}
      {list.map((query) =>
        editing === query.id ? (
          <QueryForm key={query.id} channels={channels} initial={query} onSave={page.save} onCancel={() => page.setEditing(null)} />
        ) : (
          <article key={query.id} className="card listening-query" data-testid="listening-query">
            <header className="listening-query__header">
              <h2>{query.name}</h2>
              <span className="muted">{query.active ? t('listening.active') : t('listening.paused')}</span>
              {page.mayEdit ? (
                <span className="listening-query__actions">
                  <button type="button" className="button button--ghost" onClick={() => page.setEditing(query.id)}>
                    {t('listening.edit')}
                  </button>
                  <button type="button" className="button button--ghost" onClick={() => void page.remove(query.id)}>
                    {t('listening.delete')}
                  </button>
                </span>
              ) : null}
            </header>
            <p className="terms">
              {query.keywords.map((k) => <span key={`k-${k}`} className="terms__chip">{k}</span>)}
              {query.hashtags.map((h) => <span key={`h-${h}`} className="terms__chip">#{h}</span>)}
              {query.exclude.map((e) => <span key={`e-${e}`} className="terms__chip terms__chip--excluded">−{e}</span>)}
              {query.languages.map((l) => <span key={`l-${l}`} className="terms__chip terms__chip--language">{l}</span>)}
            </p>
            <p className="listening-query__channels">
              {channels.filter((c) => query.channelIds.includes(c.id)).map((c) => <ChannelLabel key={c.id} channel={c} />)}
            </p>
            <h3>{t('listening.matches')}</h3>
            <MatchesList workspaceId={page.workspace.id} queryId={query.id} />
          </article>
        ),
      )}
    </section>
  );
}
