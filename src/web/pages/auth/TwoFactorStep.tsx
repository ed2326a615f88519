/**
 * The second step of signing in with two-factor on: the code the authenticator app shows, or one of the recovery
 * codes. A challenge that expired or had too many wrong codes sends the person back to the password.
 */
import { useTranslation } from 'react-i18next';
import { ApiError, setCsrfToken } from '../../api';
import { securityApi } from '../../api-security';
import { useSubmit } from '../../lib/useSubmit';
import { AuthForm } from '../../components/AuthFrame';
import { TextField } from '../../components/Field';
import { CodeField, ProofSwitch, useProofChoice } from '../../components/CredentialFields';

const FIELDS = ['code', 'recoveryCode'] as const;

interface Props {
  challenge: string;
  onSignedIn(): void;
  /** Back to the password step: `expired` when the challenge can no longer be used. */
  onRestart(expired: boolean): void;
}

export function TwoFactorStep({ challenge, onSignedIn, onRestart }: Props) {
  const { t } = useTranslation();
  const choice = useProofChoice();
  const { instead: useRecovery, value: code, setValue: setCode } = choice;
  const { busy, errors, handleSubmit } = useSubmit(FIELDS);
  const onSubmit = handleSubmit(
    async () => {
      try {
        const input = useRecovery ? { challenge, recoveryCode: code.trim() } : { challenge, code: code.trim() };
        const result = await securityApi.signInWithCode(input);
        setCsrfToken(result.csrfToken);
        onSignedIn();
      } catch (error) {
        if (error instanceof ApiError && error.code === 'challenge_expired') onRestart(true);
        throw error;
      }
    },
    { leaves: true },
  );

  return (
    <AuthForm
      title={t('security.signIn.title')}
      intro={useRecovery ? t('security.signIn.recoveryIntro') : t('security.signIn.codeIntro')}
      error={errors.general}
      onSubmit={onSubmit}
      busy={busy}
      canSubmit={code.trim().length > 0}
      submitLabel={t('security.signIn.submit')}
    >
      {useRecovery ? (
        <TextField label={t('security.signIn.recoveryCode')} error={errors.byField.recoveryCode} name="recoveryCode" autoComplete="off" autoCapitalize="none"
          spellCheck={false} value={code} onValue={setCode} />
      ) : (
        <CodeField label={t('security.signIn.code')} error={errors.byField.code} name="code" autoFocus value={code} onValue={setCode} />
      )}
      <div className="auth__links">
        <ProofSwitch choice={choice} toCode={t('security.signIn.useCode')} toOther={t('security.signIn.useRecovery')} />
        <button type="button" className="button button--ghost button--small" onClick={() => onRestart(false)}>
          {t('security.signIn.back')}
        </button>
      </div>
    </AuthForm>
  );
}
