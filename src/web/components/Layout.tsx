/**
 * The frame around every signed-in page: the brand, the main navigation, the workspace and language switchers, and
 * under them the banners while publishing is paused and about accounts that need reconnecting. It holds the inbox's
 * live updates for the current workspace (one stream, whatever page is open), which keep the inbox badge current.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from '../router';
import { useSession } from '../session';
import { ChannelHealthProvider } from '../lib/channelHealth';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ReconnectBanner } from './ReconnectBanner';
import { useInboxCounts } from '../pages/inbox/useInboxCount';
import { InboxLiveContext, useInboxLive } from '../pages/inbox/useInboxLive';
import { PausedBanner } from './PausedBanner';
import { NotificationBell } from './NotificationBell';
import { MainNav } from './MainNav';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, workspace, workspaces, selectWorkspace, signOut } = useSession();
  const { path } = useRoute();
  const live = useInboxLive(workspace?.id ?? null);
  const open = useInboxCounts(workspace?.id ?? null, live.state)?.open ?? null;
  // On a phone the navigation is behind a menu button (see styles.css): it closes once a page is chosen.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => setMenuOpen(false), [path]);

  return (
    <ChannelHealthProvider workspaceId={workspace?.id ?? null}>
      <div className="shell">
        <header className="topbar">
          <div className="topbar__inner">
            <Link to="/calendar" className="brand">
              {t('app.name')}
            </Link>
            <button
              ref={menuButton}
              type="button"
              className="nav-toggle"
              aria-expanded={menuOpen}
              aria-controls="main-nav"
              onClick={() => setMenuOpen((open) => !open)}
              data-testid="nav-toggle"
            >
              <span aria-hidden="true">☰</span>
              <span className="visually-hidden">{t('nav.menu')}</span>
            </button>
            {workspace ? (
              <MainNav
                role={workspace.role}
                open={open}
                menuOpen={menuOpen}
                onEscape={() => {
                  setMenuOpen(false);
                  menuButton.current?.focus();
                }}
              />
            ) : null}
            <div className="topbar__tools">
              {workspaces.length > 0 && workspace ? (
                <label className="topbar__workspace">
                  <span className="visually-hidden">{t('workspace.switch')}</span>
                  <select
                    value={workspace.id}
                    onChange={(e) => selectWorkspace(e.target.value)}
                    aria-label={t('workspace.switch')}
                    data-testid="workspace-switcher"
                  >
                    {workspaces.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.name}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              {workspace ? <NotificationBell workspaceId={workspace.id} /> : null}
              <LanguageSwitcher />
              {/* Who is signed in, and the way to their account security (two-factor, sessions, tokens). */}
              <Link
                to="/security"
                className="topbar__user"
                title={`${user.email} · ${t('security.title')}`}
                aria-current={path.startsWith('/security') ? 'page' : undefined}
                data-testid="account-link"
              >
                {user.name || user.email}
              </Link>
              <button type="button" className="button button--ghost topbar__signout" onClick={signOut}>
                {t('nav.signOut')}
              </button>
            </div>
          </div>
        </header>
        <PausedBanner />
        <ReconnectBanner />
        <main className="content">
          <InboxLiveContext.Provider value={live}>{children}</InboxLiveContext.Provider>
        </main>
      </div>
    </ChannelHealthProvider>
  );
}
