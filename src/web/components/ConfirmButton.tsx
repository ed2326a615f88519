/**
 * A button for an action that cannot be undone (remove a person, revoke a token): the first click asks the question
 * in place, with "yes" and "cancel", instead of a browser dialog.
 *
 * @example
 *   <ConfirmButton label={t('access.revoke')} ariaLabel={…} question={…} yes={t('access.revokeYes')} onConfirm={revoke} />
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  ariaLabel: string;
  question: string;
  yes: string;
  onConfirm(): void;
}

export function ConfirmButton({ label, ariaLabel, question, yes, onConfirm }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--ghost button--small" onClick={() => setAsking(true)} aria-label={ariaLabel}>
        {label}
      </button>
    );
  }
  return (
    <>
      <span className="muted">{question}</span>
      <button type="button" className="button button--danger button--small" onClick={onConfirm}>
        {yes}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </>
  );
}
