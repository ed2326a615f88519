/**
 * A choice among known values, each shown in words: the `<select>` with its options, and the same inside a labelled
 * `Field`. The value handed back is one of the choices' values, typed as such.
 *
 * @example
 *   <SelectField label={t('workspace.inviteRole')} value={role} choices={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} onValue={setRole} />
 */
import type { SelectHTMLAttributes } from 'react';
import { Field, type FieldFrame } from './Field';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

type SelectProps<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: T;
  choices: readonly Choice<T>[];
  onValue(value: T): void;
  /** A first option with the empty value, for "nothing chosen yet". */
  placeholder?: string;
};

export function Select<T extends string>({ value, choices, onValue, placeholder, ...select }: SelectProps<T>) {
  return (
    <select {...select} value={value} onChange={(e) => onValue(e.target.value as T)}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

/** A `Select` with its label, hint and error. */
export function SelectField<T extends string>({ label, hint, error, ...select }: FieldFrame & SelectProps<T>) {
  return (
    <Field label={label} hint={hint} error={error}>
      <Select {...select} />
    </Field>
  );
}
