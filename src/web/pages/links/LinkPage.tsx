/**
 * One short link: its short URL to copy, its QR code (when the server draws one), where it leads and under which
 * rules, where it came from (a post, for links made automatically), editing and archiving, its statistics and its
 * share tree.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ShortLink } from '../../api';
import { useWorkspace } from '../../session';
import { Link } from '../../router';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { CopyButton } from '../../components/CopyButton';
import { LinkForm } from './LinkForm';
import { LinkStats } from './LinkStats';
import { ShareTree } from './ShareTree';
import { displayUrl, formatDate, networkLabel } from './format';
import { fromRule } from './ruleDrafts';

export function LinkPage({ linkId }: { linkId: string }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const loaded = useApiQuery(['link', workspace.id, linkId], () => api.getLink(workspace.id, linkId));
  const [saved, setSaved] = useState<ShortLink | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [qrMissing, setQrMissing] = useState(false);
  const link = saved ?? loaded.data;

  if (loaded.error && !link) return <Notice kind="error">{errorText(loaded.error)}</Notice>;
  if (!link) return <p className="muted page">{t('common.loading')}</p>;

  const mayEdit = can.compose(workspace.role);
  const language = i18n.language;

  async function setArchived(archived: boolean) {
    setBusy(true);
    setActionError(null);
    try {
      setSaved(await api.updateLink(workspace.id, linkId, { archived }));
      setNotice(archived ? t('links.archivedNotice') : t('links.unarchivedNotice'));
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  const utm = Object.entries(link.utm).filter(([, v]) => v);

  return (
    <section className="page page--link">
      <p className="breadcrumb">
        <Link to="/links">← {t('links.back')}</Link>
      </p>
      <header className="page__header page__header--row">
        <div className="link-head">
          <h1>{link.title || displayUrl(link.url)}</h1>
          <div className="short-url short-url--large" data-testid="short-url">
            <a href={link.shortUrl} target="_blank" rel="noreferrer" className="short-url__text">
              {displayUrl(link.shortUrl)}
            </a>
            <CopyButton text={link.shortUrl} />
          </div>
        </div>
        {link.archivedAt ? <span className="pill pill--archived">{t('links.archivedBadge')}</span> : null}
      </header>
      {notice ? <Notice kind="success">{notice}</Notice> : null}
      {actionError ? <Notice kind="error">{errorText(actionError)}</Notice> : null}
      {link.postId ? (
        <Notice kind="info">
          {t('links.origin', { network: link.network ? networkLabel(link.network) : t('links.stats.noNetwork') })}{' '}
          <Link to={`/posts/${encodeURIComponent(link.postId)}`}>{t('links.openPost')}</Link>
        </Notice>
      ) : null}

      {editing ? (
        <div className="card">
          <h2>{t('links.editTitle')}</h2>
          <LinkForm
            workspaceId={workspace.id}
            link={link}
            onSaved={(next) => {
              setSaved(next);
              setEditing(false);
              setNotice(t('links.savedNotice'));
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : (
        <div className="card link-detail">
          <div className="link-detail__body">
            <dl className="facts">
              <dt>{t('links.detail.destination')}</dt>
              <dd>
                <a href={link.url} target="_blank" rel="noreferrer" className="break">
                  {link.url}
                </a>
              </dd>
              {link.rules.length ? (
                <>
                  <dt>{t('links.rules.title')}</dt>
                  <dd>
                    <ol className="rule-summary">
                      {link.rules.map((rule, i) => (
                        <li key={i}>
                          <RuleSummary rule={rule} /> → <span className="break">{rule.url}</span>
                        </li>
                      ))}
                    </ol>
                  </dd>
                </>
              ) : null}
              {link.tags.length ? (
                <>
                  <dt>{t('links.form.tags')}</dt>
                  <dd>
                    <ul className="tags">
                      {link.tags.map((tag) => (
                        <li key={tag}>
                          <Link to={`/links?tag=${encodeURIComponent(tag)}`} className="tag">
                            #{tag}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
              {utm.length ? (
                <>
                  <dt>{t('links.utm.title')}</dt>
                  <dd className="utm-list">
                    {utm.map(([key, value]) => (
                      <span key={key}>
                        <span className="muted">utm_{key}=</span>
                        {value}
                      </span>
                    ))}
                  </dd>
                </>
              ) : null}
              <dt>{t('links.detail.created')}</dt>
              <dd>{formatDate(link.createdAt, language, true)}</dd>
              {link.expiresAt ? (
                <>
                  <dt>{t('links.form.expiresAt')}</dt>
                  <dd>{formatDate(link.expiresAt, language, true)}</dd>
                </>
              ) : null}
              {link.hasPassword || link.addClickId ? (
                <>
                  <dt>{t('links.form.options')}</dt>
                  <dd>
                    {[link.hasPassword ? t('links.detail.password') : null, link.addClickId ? t('links.detail.clickId') : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </dd>
                </>
              ) : null}
            </dl>
            {mayEdit ? (
              <div className="actions">
                <button type="button" className="button button--secondary" onClick={() => { setNotice(null); setEditing(true); }}>
                  {t('links.edit')}
                </button>
                <button type="button" className={`button ${link.archivedAt ? 'button--secondary' : 'button--danger'}`} disabled={busy}
                  onClick={() => void setArchived(!link.archivedAt)}>
                  {link.archivedAt ? t('links.unarchive') : t('links.archive')}
                </button>
              </div>
            ) : null}
          </div>
          {qrMissing ? null : (
            <figure className="qr">
              <img src={link.qrUrl} alt={t('links.qrAlt', { url: displayUrl(link.shortUrl) })} width={152} height={152}
                onError={() => setQrMissing(true)} data-testid="qr" />
              <figcaption>
                <a href={link.qrUrl} download={`${link.code}.svg`}>{t('links.qrDownload')}</a>
              </figcaption>
            </figure>
          )}
        </div>
      )}

      <LinkStats workspaceId={workspace.id} linkId={link.id} />
      <ShareTree linkId={link.id} />
    </section>
  );
}

/** A rule's condition in a few words: "Climate: hot", "Countries: FR, BE"; the JSON for combinators. */
function RuleSummary({ rule }: { rule: ShortLink['rules'][number] }) {
  const { t } = useTranslation();
  const d = fromRule(rule);
  let text: string;
  switch (d.kind) {
    case 'country':
    case 'language':
      text = d.list;
      break;
    case 'device':
      text = d.devices.map((v) => t(`links.devices.${v}`)).join(', ');
      break;
    case 'climate':
      text = d.climates.map((v) => t(`links.climates.${v}`)).join(', ');
      break;
    case 'localTime':
      text = `${d.from}–${d.to}`;
      break;
    case 'query':
      text = `${d.param} = ${d.equals}`;
      break;
    case 'custom':
      return <code>{JSON.stringify(d.custom)}</code>;
  }
  return <span>{t('links.rules.summary', { kind: t(`links.rules.kinds.${d.kind}`), values: text })}</span>;
}
