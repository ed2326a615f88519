/**
 * A one-row form under a list (invite someone, make a token, allow a website): the error that names none of its
 * fields, the fields, and the submit button.
 *
 * @example
 *   <InlineForm onSubmit={onSubmit} error={errors.general} submitLabel={t('access.createToken')} disabled={busy || !name.trim()}>
 *     <TextField label={t('access.tokenName')} name="tokenName" value={name} onValue={setName} />
 *   </InlineForm>
 */
import type { FormEvent, ReactNode } from 'react';
import { Notice } from './Field';

interface Props {
  onSubmit(event: FormEvent): void;
  error?: string | null;
  submitLabel: string;
  disabled: boolean;
  children: ReactNode;
}

export function InlineForm({ onSubmit, error, submitLabel, disabled, children }: Props) {
  return (
    <form className="form form--inline" onSubmit={onSubmit} noValidate>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {children}
      <button type="submit" className="button button--primary" disabled={disabled}>
        {submitLabel}
      </button>
    </form>
  );
}
