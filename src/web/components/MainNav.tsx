/**
 * The main navigation, in the groups a social media team thinks in: publishing, the library it draws on, the
 * conversations, the figures, and the set-up. Wide screens show the groups in one bar, parted by a rule (their names
 * are for screen readers); a phone shows them under the menu button, one link a line under each group's name.
 */
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from '../router';
import type { Role } from '../api';
import { can } from '../lib/roles';

/** Each page's key is its address (`/key`) and its label (`nav.key`); `compose` pages are for contributors and up. */
const GROUPS: { id: string; pages: { key: string; compose?: boolean }[] }[] = [
  { id: 'publish', pages: [{ key: 'calendar' }, { key: 'compose', compose: true }, { key: 'approvals', compose: true }, { key: 'import', compose: true }, { key: 'feeds' }] },
  { id: 'library', pages: [{ key: 'ideas' }, { key: 'media' }, { key: 'templates' }] },
  { id: 'engage', pages: [{ key: 'inbox' }, { key: 'listening' }, { key: 'alerts' }] },
  { id: 'measure', pages: [{ key: 'analytics' }, { key: 'campaigns' }, { key: 'links' }] },
  { id: 'setup', pages: [{ key: 'segments' }, { key: 'channels' }, { key: 'workspace' }] },
];

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
  return (
    <nav
      id="main-nav"
      className={menuOpen ? 'nav nav--open' : 'nav'}
      aria-label={t('nav.label')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && menuOpen) onEscape();
      }}
    >
      {GROUPS.map((group) => (
        <div key={group.id} className="nav__group" role="group" aria-labelledby={`nav-group-${group.id}`}>
          <span id={`nav-group-${group.id}`} className="nav__group-label">
            {t(`nav.groups.${group.id}`)}
          </span>
          {group.pages
            .filter((page) => !page.compose || can.compose(role))
            .map(({ key }) => {
              const count = key === 'inbox' ? open : null;
              return (
                <Link key={key} to={`/${key}`} className="nav__link" aria-current={path.startsWith(`/${key}`) ? 'page' : undefined}>
                  {t(`nav.${key}`)}
                  {count ? (
                    <span className="nav__count" data-testid="inbox-count">
                      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
                      <span className="visually-hidden">{t('nav.openCount', { count })}</span>
                    </span>
                  ) : null}
                </Link>
              );
            })}
        </div>
      ))}
    </nav>
  );
}
