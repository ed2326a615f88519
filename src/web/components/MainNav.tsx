/**
 * The main navigation, in the groups a social media team thinks in: publishing, the library it draws on, the
 * conversations, the figures, and the set-up. Wide screens show the groups in one bar, parted by a rule (their names
 * are for screen readers); a phone shows them under the menu button, one link a line under each group's name.
 */
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from '../router';
import type { Role } from '../api';
import { can } from '../lib/roles';

interface NavLink {
  to: string;
  label: string;
  show: boolean;
  count?: number | null;
}

interface Props {
  role: Role;
  /** Open inbox items, shown on the Inbox link. */
  open: number | null;
  menuOpen: boolean;
  /** Escape in the open menu: close it, giving focus back to the menu button. */
  onEscape(): void;
}

export function MainNav({ role, open, menuOpen, onEscape }: Props) {
  const { t } = useTranslation();
  const { path } = useRoute();
  const groups: { id: string; links: NavLink[] }[] = [
    {
      id: 'publish',
      links: [
        { to: '/calendar', label: t('nav.calendar'), show: true },
        { to: '/compose', label: t('nav.compose'), show: can.compose(role) },
        { to: '/approvals', label: t('nav.approvals'), show: can.compose(role) },
        { to: '/import', label: t('nav.import'), show: can.compose(role) },
        { to: '/feeds', label: t('nav.feeds'), show: true },
      ],
    },
    {
      id: 'library',
      links: [
        { to: '/ideas', label: t('nav.ideas'), show: true },
        { to: '/media', label: t('nav.media'), show: true },
        { to: '/templates', label: t('nav.templates'), show: true },
      ],
    },
    {
      id: 'engage',
      links: [
        { to: '/inbox', label: t('nav.inbox'), show: true, count: open },
        { to: '/listening', label: t('nav.listening'), show: true },
        { to: '/alerts', label: t('nav.alerts'), show: true },
      ],
    },
    {
      id: 'measure',
      links: [
        { to: '/analytics', label: t('nav.analytics'), show: true },
        { to: '/campaigns', label: t('nav.campaigns'), show: true },
        { to: '/links', label: t('nav.links'), show: true },
      ],
    },
    {
      id: 'setup',
      links: [
        { to: '/segments', label: t('nav.segments'), show: true },
        { to: '/channels', label: t('nav.channels'), show: true },
        { to: '/workspace', label: t('nav.workspace'), show: true },
      ],
    },
  ];
  return (
    <nav
      id="main-nav"
      className={menuOpen ? 'nav nav--open' : 'nav'}
      aria-label={t('nav.label')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && menuOpen) onEscape();
      }}
    >
      {groups.map((group) => (
        <div key={group.id} className="nav__group" role="group" aria-labelledby={`nav-group-${group.id}`}>
          <span id={`nav-group-${group.id}`} className="nav__group-label">
            {t(`nav.groups.${group.id}`)}
          </span>
          {group.links.filter((link) => link.show).map((link) => (
            <Link key={link.to} to={link.to} className="nav__link" aria-current={path.startsWith(link.to) ? 'page' : undefined}>
              {link.label}
              {link.count ? (
                <span className="nav__count" data-testid="inbox-count">
                  <span aria-hidden="true">{link.count > 99 ? '99+' : link.count}</span>
                  <span className="visually-hidden">{t('nav.openCount', { count: link.count })}</span>
                </span>
              ) : null}
            </Link>
          ))}
        </div>
      ))}
    </nav>
  );
}
