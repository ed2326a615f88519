/** A labelled choice of workspace role, in the person's language, among the roles the caller may give. */
import { useTranslation } from 'react-i18next';
import type { Role } from '../api';
import { Field } from './Field';

interface Props {
  label: string;
  value: Role;
  options: Role[];
  error?: string;
  name?: string;
  onChange(role: Role): void;
}

export function RoleField({ label, value, options, error, name, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={error}>
      <select name={name} value={value} onChange={(e) => onChange(e.target.value as Role)}>
        {options.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}
