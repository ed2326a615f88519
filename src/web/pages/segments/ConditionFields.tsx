/**
 * The simple condition editor: countries (with their flags as typed), languages, climate now, age, genders and
 * interests, all of which must hold. Errors the server names by path are shown under the field they point at.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '../../components/Field';
import { CLIMATE_CHOICES, GENDER_CHOICES, countryName, flagOf, type ConditionDraft, type DraftField } from './conditions';

interface Props {
  draft: ConditionDraft;
  errors: Partial<Record<DraftField, string>>;
  onDraft(draft: ConditionDraft): void;
}

export function ConditionFields({ draft, errors, onDraft }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ConditionDraft>(key: K) => (value: ConditionDraft[K]) => onDraft({ ...draft, [key]: value });
  return (
    <div className="condition-fields" data-testid="condition-fields">
      <TextField label={t('segments.form.countries')} hint={t('segments.form.countriesHint')} name="countries" value={draft.countries} error={errors.countries} onValue={set('countries')} />
      <CountryChips text={draft.countries} />
      <TextField label={t('segments.form.languages')} hint={t('segments.form.languagesHint')} name="languages" value={draft.languages} error={errors.languages} onValue={set('languages')} />
      <Checkboxes legend={t('segments.form.climate')} hint={t('segments.form.climateHint')} name="climate" error={errors.climates} values={draft.climates} onValues={set('climates')}
        choices={CLIMATE_CHOICES.map((c) => ({ value: c, label: t(`segments.climates.${c}`) }))} />
      <div className="field__row">
        <TextField label={t('segments.form.ageMin')} name="ageMin" type="number" min={13} max={65} value={draft.ageMin} error={errors.ageMin} onValue={set('ageMin')} />
        <TextField label={t('segments.form.ageMax')} hint={t('segments.form.ageHint')} name="ageMax" type="number" min={13} max={65} value={draft.ageMax} error={errors.ageMax} onValue={set('ageMax')} />
      </div>
      <Checkboxes legend={t('segments.form.genders')} name="genders" error={errors.genders} values={draft.genders} onValues={set('genders')}
        choices={GENDER_CHOICES.map((g) => ({ value: g, label: t(`segments.genders.${g}`) }))} />
      <TextField label={t('segments.form.interests')} hint={t('segments.form.interestsHint')} name="interests" value={draft.interests} error={errors.interests} onValue={set('interests')} />
    </div>
  );
}

/** The countries typed so far, as flags and names, so a wrong code shows before it is sent. */
function CountryChips({ text }: { text: string }) {
  const { i18n } = useTranslation();
  const codes = text.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
  if (codes.length === 0) return null;
  return <CountryList codes={codes} language={i18n.language} />;
}

let flagsDrawn: boolean | undefined;

/**
 * Whether this browser draws flag emoji: Windows, and Linux without a colour emoji font, show two boxed or plain
 * letters instead, which only repeat the code. A drawn flag has colour; the fallback is drawn in the text's black.
 */
function drawsFlags(): boolean {
  if (flagsDrawn !== undefined) return flagsDrawn;
  flagsDrawn = false;
  try {
    const g = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!g) return flagsDrawn;
    g.canvas.width = g.canvas.height = 32;
    g.font = '28px sans-serif';
    g.textBaseline = 'top';
    g.fillText(flagOf('FR'), 0, 0);
    const px = g.getImageData(0, 0, 32, 32).data;
    for (let i = 0; i < px.length && !flagsDrawn; i += 4) flagsDrawn = px[i + 3]! > 0 && (px[i] !== px[i + 1] || px[i + 1] !== px[i + 2]);
  } catch {
    // No canvas (a locked-down browser): codes alone still say everything.
  }
  return flagsDrawn;
}

/** Country chips: flag (where the browser draws flags), code, and the name on hover and for screen readers. */
export function CountryList({ codes, language, testId }: { codes: string[]; language: string; testId?: string }) {
  const flags = drawsFlags();
  return (
    <ul className="country-chips" data-testid={testId}>
      {codes.map((code) => {
        const name = countryName(code, language);
        return (
          <li key={code} className="country-chip" title={name}>
            {flags ? <span aria-hidden="true">{flagOf(code)} </span> : null}
            {code}
            <span className="visually-hidden"> {name}</span>
          </li>
        );
      })}
    </ul>
  );
}

interface CheckboxesProps {
  legend: string;
  hint?: ReactNode;
  name: string;
  error?: string | undefined;
  values: string[];
  choices: Array<{ value: string; label: string }>;
  onValues(values: string[]): void;
}

function Checkboxes({ legend, hint, name, error, values, choices, onValues }: CheckboxesProps) {
  const toggle = (value: string, on: boolean) => onValues(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset className={`field checkbox-group${error ? ' field--invalid' : ''}`}>
      <legend>{legend}</legend>
      <div className="checkbox-group__items">
        {choices.map((c) => (
          <label key={c.value} className="checkbox-group__item">
            <input type="checkbox" name={name} value={c.value} checked={values.includes(c.value)} onChange={(e) => toggle(c.value, e.target.checked)} />
            {c.label}
          </label>
        ))}
      </div>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {error ? <p className="field__error" role="alert">{error}</p> : null}
    </fieldset>
  );
}

/** The full condition as JSON, for everything the simple form cannot show. */
export function AdvancedField({ value, error, onValue }: { value: string; error?: string | undefined; onValue(value: string): void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('segments.form.json')} hint={t('segments.form.jsonHint')} error={error}>
      <textarea name="when" className="condition-json" rows={10} spellCheck={false} value={value} onChange={(e) => onValue(e.target.value)} />
    </Field>
  );
}
