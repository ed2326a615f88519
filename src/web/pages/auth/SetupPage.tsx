/** First run: creates the first account (the owner) and its workspace. Shown while `GET /setup` says needed. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../../api';
import { setLanguage, type Language } from '../../i18n';
import { useSubmit } from '../../lib/useSubmit';
import { AuthForm } from '../../components/AuthFrame';
import { TextField } from '../../components/Field';
import { PasswordField } from '../../components/CredentialFields';

const FIELDS = ['email', 'password', 'workspaceName'] as const;

export function SetupPage({ onDone }: { onDone(): void }) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [workspaceName, setWorkspaceName] = useState('');
  const { busy, errors, handleSubmit } = useSubmit(FIELDS);
  const onSubmit = handleSubmit(
    async () => {
      const result = await api.setup({ email, password, workspaceName });
      setCsrfToken(result.csrfToken);
      localStorage.setItem('chorus.workspace', result.workspace.id);
      setLanguage(i18n.language as Language); // remember the language chosen on this page
      window.location.hash = '/channels';
      onDone();
    },
    { leaves: true },
  );

  return (
    <AuthForm
      title={t('setup.title')}
      intro={t('setup.intro')}
      error={errors.general}
      onSubmit={onSubmit}
      busy={busy}
      submitLabel={t('setup.submit')}
    >
      <TextField label={t('setup.email')} error={errors.byField.email} type="email" name="email" autoComplete="email" required value={email} onValue={setEmail} />
      <PasswordField label={t('setup.password')} choosing error={errors.byField.password} required value={password} onValue={setPassword} />
      <TextField label={t('setup.workspaceName')} hint={t('setup.workspaceHint')} error={errors.byField.workspaceName} name="workspaceName" required
        value={workspaceName} onValue={setWorkspaceName} />
    </AuthForm>
  );
}
