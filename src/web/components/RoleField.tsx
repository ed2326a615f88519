/** A labelled choice of workspace role, in the person's language, among the roles the caller may give. */
import { useTranslation } from 'react-i18next';
import type { Role } from '../api';
import { SelectField } from './Select';

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
  const choices = options.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  return <SelectField label={label} error={error} name={name} value={value} choices={choices} onValue={onChange} />;
}
