/**
 * A/B destinations of a link: switched on, the short URL splits its visitors between two to ten arms, either by
 * weight (a returning visitor keeps their arm) or by a bandit that sends more traffic to the arm that converts best.
 * An API error naming an arm (`variants.arms[1].url`) goes under that arm's field.
 */
import { useTranslation } from 'react-i18next';
import type { LinkVariants } from '../../api';
import { Field, TextField } from '../../components/Field';

export type ArmsDraft = LinkVariants;
/** Arm errors by place: `"1.url"` → the second arm's URL; `general` for the whole list. */
export type ArmErrors = Record<string, string>;

/** The server's limits (src/features/links/variants.ts). */
const MAX_ARMS = 10;

/** The first two arms when a test starts: the link's destination against a second page still to fill in. */
export function startArms(url: string): ArmsDraft {
  return { mode: 'weighted', arms: [{ id: 'a', url, weight: 1 }, { id: 'b', url: '', weight: 1 }] };
}

/** The next free one-letter id: a, b, c, … */
function nextId(arms: ArmsDraft['arms']): string {
  const taken = new Set(arms.map((a) => a.id));
  return 'abcdefghijklmnopqrstuvwxyz'.split('').find((c) => !taken.has(c)) ?? `arm${arms.length + 1}`;
}

interface Props {
  value: ArmsDraft | null;
  url: string;
  errors: ArmErrors;
  onChange(next: ArmsDraft | null): void;
}

export function ArmsEditor({ value, url, errors, onChange }: Props) {
  const { t } = useTranslation();
  const setArm = (i: number, patch: Partial<ArmsDraft['arms'][number]>) =>
    value && onChange({ ...value, arms: value.arms.map((a, k) => (k === i ? { ...a, ...patch } : a)) });

  return (
    <fieldset className="arms-editor" data-testid="arms-editor">
      <legend>{t('links.arms.editTitle')}</legend>
      <label className="check">
        <input type="checkbox" checked={value !== null} onChange={(e) => onChange(e.target.checked ? startArms(url) : null)} />
        <span>
          {t('links.arms.enable')}
          <span className="field__hint check__hint">{t('links.arms.enableHint')}</span>
        </span>
      </label>
      {value ? (
        <>
          <div className="checks" role="radiogroup" aria-label={t('links.arms.modeLabel')}>
            {(['weighted', 'bandit'] as const).map((mode) => (
              <label key={mode} className="check">
                <input type="radio" name="arms-mode" checked={value.mode === mode} onChange={() => onChange({ ...value, mode })} />
                <span>
                  {t(`links.arms.modeName.${mode}`)}
                  <span className="field__hint check__hint">{t(`links.arms.mode.${mode}`)}</span>
                </span>
              </label>
            ))}
          </div>
          <ol className="arms-editor__list">
            {value.arms.map((arm, i) => (
              <li key={i} className="arms-editor__row" data-testid={`arm-edit-${i}`}>
                <TextField label={t('links.arms.id', { n: i + 1 })} error={errors[`${i}.id`]} value={arm.id} autoComplete="off" spellCheck={false}
                  onValue={(id) => setArm(i, { id })} />
                <TextField label={t('links.arms.url', { n: i + 1 })} error={errors[`${i}.url`]} type="url" inputMode="url" value={arm.url} placeholder="https://"
                  onValue={(url) => setArm(i, { url })} />
                <Field label={t('links.arms.weightOf', { n: i + 1 })} error={errors[`${i}.weight`]}>
                  <input type="number" min={0} max={1000} step="any" value={arm.weight ?? 1} disabled={value.mode === 'bandit'}
                    onChange={(e) => setArm(i, { weight: e.target.value === '' ? 0 : Number(e.target.value) })} />
                </Field>
                <button type="button" className="button button--danger button--small" disabled={value.arms.length <= 2}
                  aria-label={t('links.arms.remove', { n: i + 1 })} title={t('links.arms.remove', { n: i + 1 })}
                  onClick={() => onChange({ ...value, arms: value.arms.filter((_, k) => k !== i) })}>✕</button>
              </li>
            ))}
          </ol>
          {errors.general ? <p className="field__error" role="alert">{errors.general}</p> : null}
          <button type="button" className="button button--secondary button--small" disabled={value.arms.length >= MAX_ARMS}
            onClick={() => onChange({ ...value, arms: [...value.arms, { id: nextId(value.arms), url: '', weight: 1 }] })}>
            {t('links.arms.add')}
          </button>
        </>
      ) : null}
    </fieldset>
  );
}
