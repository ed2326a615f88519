/**
 * The foot of a form: its submit button (which reads "working…" while the request runs) and, when the form can be
 * left without saving, a cancel button.
 *
 * @example
 *   <FormActions className="actions" label={t('links.form.create')} busy={busy} onCancel={close} testId="link-submit" />
 */
import { useTranslation } from 'react-i18next';

interface Props {
  /** The class of the row holding the buttons (the layouts of forms differ). */
  className: string;
  label: string;
  busy: boolean;
  /** Off while the request runs; also off while the form is not ready to send. */
  disabled?: boolean;
  onCancel?: () => void;
  testId?: string;
  /** The form does something that cannot be undone (turning a protection off): its button is red. */
  danger?: boolean;
}

export function FormActions({ className, label, busy, disabled = busy, onCancel, testId, danger = false }: Props) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <button type="submit" className={danger ? 'button button--danger' : 'button button--primary'} disabled={disabled} data-testid={testId}>
        {busy ? t('common.working') : label}
      </button>
      {onCancel ? (
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
    </div>
  );
}
