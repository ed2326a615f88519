/**
 * The page an invite link opens (`#/invite/<token>`). It first says what the link is for (workspace, address, role).
 * A new person picks a name and a password; someone who already has an account joins by being signed in as the
 * invited address (the link never changes a password), so a link that reaches the wrong person gives them nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, setCsrfToken } from '../../api';
import { accessApi, type InviteInfo } from '../../api-access';
import { useApiQuery } from '../../api/queries';
import { useSubmit } from '../../lib/useSubmit';
import { errorText } from '../../lib/errors';
import { AuthForm, AuthFrame } from '../../components/AuthFrame';
import { Notice, TextField } from '../../components/Field';
import { PasswordField } from '../../components/CredentialFields';
import { SignInPage } from './SignInPage';

const FIELDS = ['name', 'password'] as const;
const WORKSPACE_KEY = 'chorus.workspace';

export function AcceptInvitePage({ token, onDone }: { token: string; onDone(): void }) {
  const { t } = useTranslation();
  const invite = useApiQuery(['invite', token], () => accessApi.describeInvite(token));
  const joined = (workspaceId: string) => {
    // Open the app on the workspace just joined.
    localStorage.setItem(WORKSPACE_KEY, workspaceId);
    onDone();
  };
  if (invite.error) {
    return (
      <AuthFrame title={t('invite.title')}>
        <Notice kind="error">{errorText(invite.error)}</Notice>
      </AuthFrame>
    );
  }
  if (!invite.data) return <p className="page-loading">{t('common.loading')}</p>;
  if (!invite.data.existingAccount) return <NewAccount token={token} invite={invite.data} onJoined={joined} />;
  return <ExistingAccount token={token} invite={invite.data} onJoined={joined} />;
}

function NewAccount({ token, invite, onJoined }: { token: string; invite: InviteInfo; onJoined(workspaceId: string): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  // The token is not a field of this form: an invalid or used link is said above the form.
  const { busy, errors, handleSubmit } = useSubmit(FIELDS);
  const onSubmit = handleSubmit(
    async () => {
      const result = await accessApi.acceptInvite({ token, password, ...(name.trim() ? { name: name.trim() } : {}) });
      setCsrfToken(result.csrfToken);
      onJoined(result.workspaceId);
    },
    { leaves: true },
  );

  return (
    <AuthForm
      title={t('invite.title')}
      intro={t('invite.forNew', { email: invite.email, workspace: invite.workspaceName, role: t(`roles.${invite.role}`) })}
      error={errors.general}
      onSubmit={onSubmit}
      busy={busy}
      canSubmit={password !== ''}
      submitLabel={t('invite.submit')}
    >
      <TextField label={t('invite.name')} error={errors.byField.name} name="name" autoComplete="name" value={name} onValue={setName} />
      <PasswordField label={t('invite.password')} choosing error={errors.byField.password} value={password} onValue={setPassword} />
    </AuthForm>
  );
}

/** An account that exists: sign in as it (if needed), then join with one button. */
function ExistingAccount({ token, invite, onJoined }: { token: string; invite: InviteInfo; onJoined(workspaceId: string): void }) {
  const { t } = useTranslation();
  const me = useApiQuery(['me'], () => api.me().catch((e: unknown) => (e instanceof ApiError && e.status === 401 ? null : Promise.reject(e))));
  const { busy, errors, handleSubmit } = useSubmit([]);
  const about = { email: invite.email, workspace: invite.workspaceName, role: t(`roles.${invite.role}`) };
  if (me.loading && !me.data) return <p className="page-loading">{t('common.loading')}</p>;
  if (!me.data) {
    return <SignInPage email={invite.email} intro={t('invite.signInFirst', about)} onSignedIn={me.reload} />;
  }
  setCsrfToken(me.data.csrfToken);
  if (me.data.user.email.toLowerCase() !== invite.email.toLowerCase()) {
    return (
      <AuthFrame title={t('invite.title')}>
        <Notice kind="error">{t('invite.someoneElse', { ...about, current: me.data.user.email })}</Notice>
        <button type="button" className="button button--primary" onClick={() => void api.logout().then(me.reload, me.reload)}>
          {t('invite.signOut')}
        </button>
      </AuthFrame>
    );
  }
  const onSubmit = handleSubmit(async () => onJoined((await accessApi.acceptInvite({ token })).workspaceId), { leaves: true });
  return (
    <AuthForm title={t('invite.title')} intro={t('invite.forExisting', about)} error={errors.general} onSubmit={onSubmit} busy={busy} submitLabel={t('invite.join')}>
      {null}
    </AuthForm>
  );
}
