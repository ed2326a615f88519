/**
 * Sign-in with email and password, then the two-factor code when it is on. Wrong credentials and too many attempts
 * are said plainly.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setCsrfToken } from '../../api';
import { securityApi } from '../../api-security';
import { useSubmit } from '../../lib/useSubmit';
import { AuthForm } from '../../components/AuthFrame';
import { Notice, TextField } from '../../components/Field';
import { PasswordField } from '../../components/CredentialFields';
import { TwoFactorStep } from './TwoFactorStep';

const FIELDS = ['email', 'password'] as const;

export function SignInPage({ onSignedIn, intro, email: presetEmail = '' }: { onSignedIn(): void; intro?: string; email?: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(presetEmail);
  const [password, setPassword] = useState('');
  const { busy, errors, submit, handleSubmit } = useSubmit(FIELDS);
  const [challenge, setChallenge] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const onSubmit = handleSubmit(
    async () => {
      setExpired(false);
      const result = await securityApi.signIn({ email, password });
      if ('twoFactorRequired' in result) {
        setChallenge(result.challenge);
        return;
      }
      setCsrfToken(result.csrfToken);
      onSignedIn();
    },
    { leaves: true },
  );

  if (challenge) {
    return (
      <TwoFactorStep
        key={challenge}
        challenge={challenge}
        onSignedIn={onSignedIn}
        onRestart={(wasExpired) => {
          setChallenge(null);
          setPassword('');
          setExpired(wasExpired);
          // The password form is shown again: it must not stay "working".
          void submit(async () => undefined);
        }}
      />
    );
  }

  return (
    <AuthForm title={t('signIn.title')} intro={intro} error={errors.general} onSubmit={onSubmit} busy={busy} submitLabel={t('signIn.submit')}>
      {expired ? <Notice kind="info">{t('security.signIn.expired')}</Notice> : null}
      <TextField label={t('signIn.email')} error={errors.byField.email} type="email" name="email" autoComplete="username" required value={email} onValue={setEmail} />
      <PasswordField label={t('signIn.password')} error={errors.byField.password} required value={password} onValue={setPassword} />
    </AuthForm>
  );
}
