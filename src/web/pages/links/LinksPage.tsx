/**
 * The workspace's short links, newest first, filtered by archived or not and by tag (both kept in the address:
 * `#/links?archived=true&tag=spring`), and the form to create one (contributors and up). Creating a link opens it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ShortLink } from '../../api';
import { useWorkspace } from '../../session';
import { Link, navigate, useRoute } from '../../router';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { LinkForm } from './LinkForm';
import { LinksTabs } from './LinksTabs';
import { ShortUrl } from './ShortUrl';
import { displayUrl, formatDate, networkLabel } from './format';

export function LinksPage() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const { query } = useRoute();
  const archived = query.get('archived') === 'true';
  const tag = query.get('tag') ?? '';
  const [creating, setCreating] = useState(query.get('new') === '1');
  const links = useApiQuery(['links', workspace.id, archived, tag], () => api.listLinks(workspace.id, { archived, tag: tag || undefined }));
  // Tags seen in any list shown so far, so the tag filter keeps its choices while one tag is picked.
  const [knownTags, setKnownTags] = useState<string[]>([]);
  useEffect(() => {
    const seen = links.data?.links.flatMap((l) => l.tags) ?? [];
    if (seen.length) setKnownTags((known) => [...new Set([...known, ...seen])].sort((a, b) => a.localeCompare(b)));
  }, [links.data]);

  const setFilter = (next: { archived?: boolean; tag?: string }) => {
    const params = new URLSearchParams();
    if (next.archived ?? archived) params.set('archived', 'true');
    const nextTag = next.tag ?? tag;
    if (nextTag) params.set('tag', nextTag);
    const text = params.toString();
    navigate(`/links${text ? `?${text}` : ''}`);
  };
  const mayEdit = can.compose(workspace.role);

  return (
    <section className="page page--links">
      <LinksTabs current="links" />
      <PageHeader title={t('links.title')} intro={t('links.intro')}>
        {mayEdit && !creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            + {t('links.new')}
          </button>
        ) : null}
      </PageHeader>

      {creating ? (
        <div className="card">
          <h2>{t('links.newTitle')}</h2>
          <LinkForm
            workspaceId={workspace.id}
            onSaved={(link) => navigate(`/links/${encodeURIComponent(link.id)}`)}
            onCancel={() => setCreating(false)}
          />
        </div>
      ) : null}

      <div className="toolbar links-toolbar">
        <div className="segmented" role="group" aria-label={t('links.filter.state')}>
          <button type="button" aria-pressed={!archived} onClick={() => setFilter({ archived: false })}>
            {t('links.filter.active')}
          </button>
          <button type="button" aria-pressed={archived} onClick={() => setFilter({ archived: true })}>
            {t('links.filter.archived')}
          </button>
        </div>
        <label className="inline-field">
          <span>{t('links.filter.tag')}</span>
          <select value={tag} onChange={(e) => setFilter({ tag: e.target.value })} data-testid="tag-filter">
            <option value="">{t('links.filter.allTags')}</option>
            {[...new Set([...knownTags, ...(tag ? [tag] : [])])].map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>

      {links.error ? <Notice kind="error">{errorText(links.error)}</Notice> : null}
      {!links.data ? (
        links.error ? null : <p className="muted">{t('common.loading')}</p>
      ) : links.data.links.length === 0 ? (
        <div className="card">
          <p className="empty">{tag ? t('links.emptyTag', { tag }) : archived ? t('links.emptyArchived') : t('links.empty')}</p>
        </div>
      ) : (
        <ul className="link-list card" data-testid="link-list">
          {links.data.links.map((link) => (
            <LinkRow key={link.id} link={link} language={i18n.language} activeTag={tag} onTag={(name) => setFilter({ tag: name === tag ? '' : name })} />
          ))}
        </ul>
      )}
    </section>
  );
}

function LinkRow({ link, language, activeTag, onTag }: { link: ShortLink; language: string; activeTag: string; onTag(tag: string): void }) {
  const { t } = useTranslation();
  return (
    <li className="link-row">
      <div className="link-row__main">
        <Link to={`/links/${encodeURIComponent(link.id)}`} className="link-row__title">
          {link.title || displayUrl(link.url)}
        </Link>
        <ShortUrl url={link.shortUrl} />
        <p className="link-row__dest" title={link.url}>
          <span className="muted">{t('links.to')}</span> {link.url}
        </p>
      </div>
      <div className="link-row__meta">
        {link.tags.length ? (
          <ul className="tags">
            {link.tags.map((name) => (
              <li key={name}>
                <button type="button" className={`tag${name === activeTag ? ' tag--on' : ''}`} aria-pressed={name === activeTag}
                  onClick={() => onTag(name)} title={t('links.filter.byTag', { tag: name })}>
                  #{name}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <span className="muted link-row__date">{t('links.created', { date: formatDate(link.createdAt, language) })}</span>
        {link.network ? <span className="pill">{t('links.fromPost', { network: networkLabel(link.network) })}</span> : null}
        {link.rules.length ? <span className="pill pill--accent">{t('links.ruleCount', { n: link.rules.length })}</span> : null}
        {link.archivedAt ? <span className="pill">{t('links.archivedBadge')}</span> : null}
      </div>
    </li>
  );
}
