/** A labelled form field with its hint and its error right below it. */
import { useId, type InputHTMLAttributes, type ReactElement, type ReactNode, cloneElement } from 'react';

/** What a field shows around its control: the label, a hint below it and the error (which names this field). */
export interface FieldFrame {
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

interface FieldProps extends FieldFrame {
  /** One input, select or textarea; it gets the id, aria-describedby and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = FieldFrame &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
    value: string;
    /** The text as typed. */
    onValue(value: string): void;
  };

/**
 * A labelled text input (also email, password, url, time…): the `Field` around one `<input>` whose attributes are
 * passed through.
 *
 * @example
 *   <TextField label={t('setup.email')} error={errors.byField.email} type="email" name="email" value={email} onValue={setEmail} />
 */
export function TextField({ label, hint, error, onValue, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      <input {...input} onChange={(e) => onValue(e.target.value)} />
    </Field>
  );
}

/** A message above a form or a page: an error the API gave for no particular field, or a confirmation. */
export function Notice({ kind, children }: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
