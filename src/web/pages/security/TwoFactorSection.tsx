/**
 * Two-factor sign-in on the account security page: set it up (QR code or key, then a code from the app), the ten
 * recovery codes shown once with copy and download, new recovery codes and turning it off (with a code or the
 * password).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { securityApi, type Enrolment } from '../../api-security';
import { useApiQuery } from '../../api/queries';
import { useSubmit } from '../../lib/useSubmit';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { CodeField, PasswordField, ProofSwitch, useProofChoice } from '../../components/CredentialFields';
import { CopyButton } from '../../components/CopyButton';
import { FormActions } from '../../components/FormActions';
import { formatWhen } from '../../lib/dates';

export function TwoFactorSection({ onChanged }: { onChanged?: (() => void) | undefined }) {
  const { t, i18n } = useTranslation();
  const status = useApiQuery(['two-factor'], () => securityApi.twoFactorStatus());
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useSubmit([]);

  const changed = () => {
    status.reload();
    onChanged?.();
  };

  function begin() {
    void start.submit(async () => setEnrolment(await securityApi.startEnrolment()));
  }

  const s = status.data;
  return (
    <div className="card" data-testid="two-factor">
      <h2>{t('security.twoFactor.title')}</h2>
      {status.error ? <Notice kind="error">{errorText(status.error)}</Notice> : null}
      {start.errors.general ? <Notice kind="error">{start.errors.general}</Notice> : null}
      {codes ? (
        <RecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(null);
            // Only now: a person kept out of a workspace is let in once the codes shown this once are put away.
            onChanged?.();
          }}
        />
      ) : !s ? (
        <p className="muted">{t('common.loading')}</p>
      ) : s.enabled ? (
        <>
          <p>
            <span className="pill pill--on">{t('security.twoFactor.on')}</span>{' '}
            {s.enabledAt ? t('security.twoFactor.onSince', { date: formatWhen(s.enabledAt, i18n.language) }) : null}
          </p>
          <p className="muted" data-testid="recovery-codes-left">
            {t('security.twoFactor.codesLeft', { count: s.recoveryCodesLeft })}
          </p>
          <ProofActions onCodes={setCodes} onDisabled={changed} />
        </>
      ) : enrolment ? (
        <ConfirmEnrolment
          enrolment={enrolment}
          onConfirmed={(recoveryCodes) => {
            setEnrolment(null);
            setCodes(recoveryCodes);
            status.reload();
          }}
          onCancel={() => setEnrolment(null)}
        />
      ) : (
        <>
          <p className="muted">{t('security.twoFactor.offIntro')}</p>
          <button type="button" className="button button--primary" disabled={start.busy} onClick={begin}>
            {t('security.twoFactor.setUp')}
          </button>
        </>
      )}
    </div>
  );
}

function ConfirmEnrolment({ enrolment, onConfirmed, onCancel }: { enrolment: Enrolment; onConfirmed(codes: string[]): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const { busy, errors, handleSubmit } = useSubmit(['code']);
  const onSubmit = handleSubmit(async () => onConfirmed((await securityApi.confirmEnrolment(code.trim())).recoveryCodes));

  return (
    <form className="form two-factor-setup" onSubmit={onSubmit} noValidate>
      <ol className="two-factor-setup__steps">
        <li>
          <p>{t('security.twoFactor.scan')}</p>
          <img className="two-factor-setup__qr" src={enrolment.qrCode} alt={t('security.twoFactor.qrAlt')} width={200} height={200} />
          <p className="muted">
            {t('security.twoFactor.orKey')} <code className="two-factor-setup__secret" data-testid="totp-secret">{enrolment.secret}</code>
          </p>
        </li>
        <li>
          <CodeField label={t('security.twoFactor.code')} hint={t('security.twoFactor.codeHint')} error={errors.byField.code} name="code" value={code} onValue={setCode} />
        </li>
      </ol>
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <FormActions className="form__actions" label={t('security.twoFactor.turnOn')} busy={busy} disabled={busy || !code.trim()} onCancel={onCancel} />
    </form>
  );
}

/** The recovery codes, this once: copy them, download them, then say they are saved. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const { t } = useTranslation();
  const text = `${codes.join('\n')}\n`;
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  return (
    <div className="recovery-codes">
      <Notice kind="success">{t('security.twoFactor.codesIntro')}</Notice>
      <ul className="recovery-codes__list" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <CopyButton text={text} label={t('security.twoFactor.copyCodes')} />
        <a className="button button--secondary button--small" href={download} download="chorus-recovery-codes.txt">
          {t('security.twoFactor.download')}
        </a>
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('security.twoFactor.saved')}
        </button>
      </div>
    </div>
  );
}

/** New recovery codes or turning off: both ask for a current code or the password first. */
function ProofActions({ onCodes, onDisabled }: { onCodes(codes: string[]): void; onDisabled(): void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<'codes' | 'disable' | null>(null);
  const choice = useProofChoice();
  const { instead: withPassword, value, setValue } = choice;
  const { busy, errors, handleSubmit } = useSubmit(['code', 'password']);
  const onSubmit = handleSubmit(async () => {
    const proof = withPassword ? { password: value } : { code: value.trim() };
    if (action === 'codes') onCodes((await securityApi.newRecoveryCodes(proof)).recoveryCodes);
    else await securityApi.disableTwoFactor(proof);
    if (action === 'disable') onDisabled();
    setAction(null);
    setValue('');
  });

  if (!action) {
    return (
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => setAction('codes')}>
          {t('security.twoFactor.newCodes')}
        </button>
        <button type="button" className="button button--danger" onClick={() => setAction('disable')}>
          {t('security.twoFactor.turnOff')}
        </button>
      </div>
    );
  }
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <p>{action === 'codes' ? t('security.twoFactor.newCodesIntro') : t('security.twoFactor.turnOffIntro')}</p>
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      {withPassword ? (
        <PasswordField label={t('signIn.password')} error={errors.byField.password} value={value} onValue={setValue} />
      ) : (
        <CodeField label={t('security.twoFactor.code')} error={errors.byField.code} name="proof-code" value={value} onValue={setValue} />
      )}
      <ProofSwitch choice={choice} toCode={t('security.twoFactor.withCode')} toOther={t('security.twoFactor.withPassword')} />
      <FormActions
        className="form__actions"
        label={action === 'codes' ? t('security.twoFactor.newCodesSubmit') : t('security.twoFactor.turnOffSubmit')}
        danger={action === 'disable'}
        busy={busy}
        disabled={busy || !value}
        onCancel={() => setAction(null)}
      />
    </form>
  );
}
