/**
 * One short link: its short URL to copy, its QR code (when the server draws one), where it leads and under which
 * rules, where it came from (a post, for links made automatically), editing and archiving, its statistics, its
 * conversions over the same period, its A/B arms and its share tree.
 */
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../session';
import { Link } from '../../router';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { LinkForm } from './LinkForm';
import { LinkDetails } from './LinkDetails';
import { LinkStats } from './LinkStats';
import { LinkConversions } from './LinkConversions';
import { LinkArms } from './LinkArms';
import { ShareTree } from './ShareTree';
import { displayUrl, networkLabel } from './format';
import { ShortUrl } from './ShortUrl';
import { useLinkPage } from './useLinkPage';

export function LinkPage({ linkId }: { linkId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const page = useLinkPage(workspace.id, linkId);
  const { link } = page;

  if (page.loadError && !link) return <Notice kind="error">{errorText(page.loadError)}</Notice>;
  if (!link) return <p className="muted page">{t('common.loading')}</p>;

  return (
    <section className="page page--link">
      <p className="breadcrumb">
        <Link to="/links">← {t('links.back')}</Link>
      </p>
      <header className="page__header page__header--row">
        <div className="link-head">
          <h1>{link.title || displayUrl(link.url)}</h1>
          <ShortUrl url={link.shortUrl} large testId="short-url" />
        </div>
        {link.archivedAt ? <span className="pill pill--archived">{t('links.archivedBadge')}</span> : null}
      </header>
      {page.notice ? <Notice kind="success">{page.notice}</Notice> : null}
      {page.actionError ? <Notice kind="error">{errorText(page.actionError)}</Notice> : null}
      {link.postId ? (
        <Notice kind="info">
          {t('links.origin', { network: link.network ? networkLabel(link.network) : t('links.stats.noNetwork') })}{' '}
          <Link to={`/posts/${encodeURIComponent(link.postId)}`}>{t('links.openPost')}</Link>
        </Notice>
      ) : null}

      {page.editing ? (
        <div className="card">
          <h2>{t('links.editTitle')}</h2>
          <LinkForm workspaceId={workspace.id} link={link} onSaved={page.onSaved} onCancel={page.cancelEditing} />
        </div>
      ) : (
        <LinkDetails link={link} mayEdit={can.compose(workspace.role)} busy={page.busy} onEdit={page.startEditing}
          onArchive={(archived) => void page.setArchived(archived)} />
      )}

      <LinkStats workspaceId={workspace.id} linkId={link.id} range={page.range} onRange={page.setRange} />
      <LinkConversions workspaceId={workspace.id} linkId={link.id} range={page.range} />
      {link.variants ? <LinkArms workspaceId={workspace.id} linkId={link.id} /> : null}
      <ShareTree linkId={link.id} />
    </section>
  );
}
