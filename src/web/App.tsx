/**
 * Decides what to show before anything else: the first-run page while Chorus has no account, sign-in without a
 * session, otherwise the app for the signed-in person.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler, type User, type Workspace } from './api';
import { adoptAccountLocale } from './i18n';
import { errorText } from './lib/errors';
import { SessionProvider } from './session';
import { Layout } from './components/Layout';
import { AuthFrame } from './components/AuthFrame';
import { SetupPage } from './pages/auth/SetupPage';
import { SignInPage } from './pages/auth/SignInPage';
import { Pages } from './pages/Pages';
import { AcceptInvitePage } from './pages/auth/AcceptInvitePage';
import { ClientApprovalPage } from './pages/client-approval/ClientApprovalPage';
import { navigate, useRoute } from './router';

type Boot =
  | { kind: 'loading' }
  | { kind: 'setup' }
  | { kind: 'signin' }
  | { kind: 'ready'; user: User; workspaces: Workspace[] }
  | { kind: 'unreachable'; error: unknown };

export function App() {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  const route = useRoute();

  const start = useCallback(async () => {
    try {
      const { needed } = await api.getSetup();
      if (needed) return setBoot({ kind: 'setup' });
      const me = await api.me();
      setCsrfToken(me.csrfToken);
      adoptAccountLocale(me.user.locale);
      setBoot({ kind: 'ready', user: me.user, workspaces: me.workspaces });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return setBoot({ kind: 'signin' });
      setBoot({ kind: 'unreachable', error });
    }
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setBoot({ kind: 'signin' });
    });
    void start();
    return () => setUnauthorizedHandler(null);
  }, [start]);

  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    setCsrfToken(null);
    setBoot({ kind: 'signin' });
  }, []);

  // An invite link works whoever is signed in on this browser: it makes the invited person's session.
  const [first, inviteToken] = route.segments;
  // A client approval link is for someone without an account: its own page, whether or not anyone is signed in here.
  if (first === 'approve' && inviteToken) return <ClientApprovalPage token={inviteToken} />;
  if (first === 'invite' && inviteToken) {
    return (
      <AcceptInvitePage
        token={inviteToken}
        onDone={() => {
          navigate('/calendar');
          void start();
        }}
      />
    );
  }

  switch (boot.kind) {
    case 'loading':
      return <p className="page-loading">{t('common.loading')}</p>;
    case 'unreachable':
      return (
        <AuthFrame title={t('boot.unreachableTitle')}>
          <p>{errorText(boot.error)}</p>
          <button type="button" className="button button--primary" onClick={() => void start()}>
            {t('common.retry')}
          </button>
        </AuthFrame>
      );
    case 'setup':
      return <SetupPage onDone={() => void start()} />;
    case 'signin':
      return <SignInPage onSignedIn={() => void start()} />;
    case 'ready':
      return (
        <SessionProvider key={boot.user.id} user={boot.user} workspaces={boot.workspaces} onSignOut={() => void signOut()}>
          <Layout>
            <Pages />
          </Layout>
        </SessionProvider>
      );
  }
}
