/**
 * A list of terms as chips: type one and press Enter (or a comma) to add it, the × on a chip removes it. A term
 * already there (in any case) is not added twice; the server checks lengths and counts.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  hint?: string;
  values: string[];
  onChange(values: string[]): void;
  /** Shown before each chip (`#` for hashtags). */
  prefix?: string;
  testId: string;
}

export function TermsInput({ label, hint, values, onChange, prefix = '', testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');

  function add() {
    const term = draft.trim().replace(prefix ? new RegExp(`^\\${prefix}+`) : /^$/, '');
    setDraft('');
    if (!term || values.some((v) => v.toLocaleLowerCase() === term.toLocaleLowerCase())) return;
    onChange([...values, term]);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && !draft && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  }

  return (
    <div className="field" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="terms">
        {values.map((value) => (
          <span key={value} className="terms__chip">
            {prefix}
            {value}
            <button type="button" className="terms__remove" aria-label={t('listening.removeTerm', { term: value })} onClick={() => onChange(values.filter((v) => v !== value))}>
              ×
            </button>
          </span>
        ))}
        <input id={id} value={draft} placeholder={t('listening.addTerm')} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} onBlur={add} />
      </div>
      {hint ? <p className="field__hint">{hint}</p> : null}
    </div>
  );
}
