/** The page an invite link opens (`#/invite/<token>`): the invited person picks a name and a password. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../../api';
import { useSubmit } from '../../lib/useSubmit';
import { AuthForm } from '../../components/AuthFrame';
import { Field } from '../../components/Field';

const FIELDS = ['name', 'password'] as const;

export function AcceptInvitePage({ token, onDone }: { token: string; onDone(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  // The token is not a field of this form: an invalid or used link is said above the form.
  const { busy, errors, submit } = useSubmit(FIELDS);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(
      async () => {
        const result = await api.acceptInvite({ token, password, ...(name.trim() ? { name: name.trim() } : {}) });
        setCsrfToken(result.csrfToken);
        onDone();
      },
      { leaves: true },
    );
  }

  return (
    <AuthForm
      title={t('invite.title')}
      intro={t('invite.intro')}
      error={errors.general}
      onSubmit={onSubmit}
      busy={busy}
      canSubmit={password !== ''}
      submitLabel={t('invite.submit')}
    >
      <Field label={t('invite.name')} error={errors.byField.name}>
        <input name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('invite.password')} hint={t('setup.passwordHint')} error={errors.byField.password}>
        <input
          type="password"
          name="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
    </AuthForm>
  );
}
