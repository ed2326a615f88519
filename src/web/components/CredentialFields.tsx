/**
 * The fields that prove who someone is, each with the attributes browsers and phones act on: the account's password
 * (one being chosen, with the rules it must meet as hint and the browser's offer to generate one, or the current one,
 * which the browser fills in), a code from the authenticator app (the numeric keypad, the one-time-code fill), and a
 * token pasted from a network.
 *
 * @example
 *   <PasswordField label={t('setup.password')} choosing error={errors.byField.password} value={password} onValue={setPassword} />
 *   <CodeField label={t('security.signIn.code')} name="code" error={errors.byField.code} value={code} onValue={setCode} />
 */
import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type FieldFrame } from './Field';

interface SecretProps {
  value: string;
  onValue(value: string): void;
}

type PasswordProps = Omit<FieldFrame, 'hint'> & SecretProps & Pick<InputHTMLAttributes<HTMLInputElement>, 'required'> & { choosing?: boolean };

export function PasswordField({ choosing = false, ...field }: PasswordProps) {
  const { t } = useTranslation();
  const autoComplete = choosing ? 'new-password' : 'current-password';
  return <TextField {...field} hint={choosing ? t('setup.passwordHint') : undefined} type="password" name="password" autoComplete={autoComplete} />;
}

type CodeProps = FieldFrame & SecretProps & Pick<InputHTMLAttributes<HTMLInputElement>, 'name' | 'autoFocus'>;

/** Six digits, which some apps show as "123 456": eight characters are let in so the space fits. */
export function CodeField(field: CodeProps) {
  return <TextField {...field} inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={8} />;
}

/**
 * A secret made on a network and pasted here (an access token, an app password): hidden as it is typed, and not one the
 * browser should save or fill in as the account's password.
 */
export function TokenField(field: CodeProps) {
  return <TextField {...field} type="password" autoComplete="off" />;
}

/**
 * Which of two proofs a form asks for (the app's code, or instead a recovery code or the password) and what was typed;
 * switching drops the typed value, which belongs to the other field.
 */
export function useProofChoice() {
  const [instead, setInstead] = useState(false);
  const [value, setValue] = useState('');
  const switchProof = () => {
    setInstead(!instead);
    setValue('');
  };
  return { instead, value, setValue, switchProof };
}

/** The button that swaps the app's code for the other proof (`toOther`), and back (`toCode`). */
export function ProofSwitch({ choice, toCode, toOther }: { choice: ReturnType<typeof useProofChoice>; toCode: string; toOther: string }) {
  return (
    <button type="button" className="button button--ghost button--small" onClick={choice.switchProof}>
      {choice.instead ? toCode : toOther}
    </button>
  );
}
