/** The two views of the Links section: the short links, and the link-in-bio page that lists some of them. */
import { useTranslation } from 'react-i18next';
import { Link } from '../../router';

export function LinksTabs({ current }: { current: 'links' | 'bio' }) {
  const { t } = useTranslation();
  return (
    <nav className="subnav" aria-label={t('links.tabs.label')}>
      <Link to="/links" className="subnav__link" aria-current={current === 'links' ? 'page' : undefined}>
        {t('links.tabs.links')}
      </Link>
      <Link to="/links/bio" className="subnav__link" aria-current={current === 'bio' ? 'page' : undefined}>
        {t('links.tabs.bio')}
      </Link>
    </nav>
  );
}
