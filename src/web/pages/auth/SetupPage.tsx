/** First run: creates the first account (the owner) and its workspace. Shown while `GET /setup` says needed. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../../api';
import { setLanguage, type Language } from '../../i18n';
import { useSubmit } from '../../lib/useSubmit';
import { AuthForm } from '../../components/AuthFrame';
import { Field } from '../../components/Field';

const FIELDS = ['email', 'password', 'workspaceName'] as const;

export function SetupPage({ onDone }: { onDone(): void }) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [workspaceName, setWorkspaceName] = useState('');
  const { busy, errors, submit } = useSubmit(FIELDS);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(
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
  }

  return (
    <AuthForm
      title={t('setup.title')}
      intro={t('setup.intro')}
      error={errors.general}
      onSubmit={onSubmit}
      busy={busy}
      submitLabel={t('setup.submit')}
    >
      <Field label={t('setup.email')} error={errors.byField.email}>
        <input type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field label={t('setup.password')} hint={t('setup.passwordHint')} error={errors.byField.password}>
        <input
          type="password"
          name="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <Field label={t('setup.workspaceName')} hint={t('setup.workspaceHint')} error={errors.byField.workspaceName}>
        <input type="text" name="workspaceName" required value={workspaceName} onChange={(e) => setWorkspaceName(e.target.value)} />
      </Field>
    </AuthForm>
  );
}
