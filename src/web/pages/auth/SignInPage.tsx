/** Sign-in with email and password. Wrong credentials and too many attempts are said plainly. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../../api';
import { useSubmit } from '../../lib/useSubmit';
import { AuthForm } from '../../components/AuthFrame';
import { Field } from '../../components/Field';

const FIELDS = ['email', 'password'] as const;

export function SignInPage({ onSignedIn, intro, email: presetEmail = '' }: { onSignedIn(): void; intro?: string; email?: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(presetEmail);
  const [password, setPassword] = useState('');
  const { busy, errors, submit } = useSubmit(FIELDS);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(
      async () => {
        const result = await api.login({ email, password });
        setCsrfToken(result.csrfToken);
        onSignedIn();
      },
      { leaves: true },
    );
  }

  return (
    <AuthForm title={t('signIn.title')} intro={intro} error={errors.general} onSubmit={onSubmit} busy={busy} submitLabel={t('signIn.submit')}>
      <Field label={t('signIn.email')} error={errors.byField.email}>
        <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field label={t('signIn.password')} error={errors.byField.password}>
        <input
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
    </AuthForm>
  );
}
