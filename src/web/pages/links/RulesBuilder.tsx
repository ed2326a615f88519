/**
 * The audience rules of a link, in order (the first that matches a visitor wins): each picks one kind of condition,
 * its values and where those visitors go. Rules can be moved and removed. The "advanced" box shows the JSON that is
 * sent and takes JSON back, for conditions the builder has no controls for (`all`, `any`, `not`, `notIn`, …).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '../../components/Field';
import {
  CLIMATE_CHOICES, DEVICE_CHOICES, RULE_KINDS, emptyRule, fromRule, parseRulesJson, toRule, type RuleDraft, type RuleKind,
} from './ruleDrafts';

export interface RuleErrors {
  /** The error of one rule, by its index: under its condition or under its URL. */
  at: { index: number; part: 'when' | 'url'; text: string } | null;
  /** An error about the rules as a whole. */
  general: string | null;
}

interface Props {
  rules: RuleDraft[];
  onChange(rules: RuleDraft[]): void;
  errors: RuleErrors;
  /** Unapplied text of the advanced box, kept by the form so a submit can apply it first. */
  json: string | null;
  onJsonChange(text: string | null): void;
  jsonError: string | null;
  onJsonError(error: string | null): void;
}

export function RulesBuilder({ rules, onChange, errors, json, onJsonChange, jsonError, onJsonError }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  const edit = (index: number, patch: Partial<RuleDraft>) => {
    onJsonChange(null);
    onChange(rules.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...rules];
    const [rule] = next.splice(index, 1);
    next.splice(index + by, 0, rule!);
    onJsonChange(null);
    onChange(next);
  };
  const remove = (index: number) => {
    onJsonChange(null);
    onChange(rules.filter((_, i) => i !== index));
  };
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  function applyJson() {
    if (json === null) return;
    const parsed = parseRulesJson(json);
    if ('error' in parsed) return onJsonError(t(parsed.error) + (parsed.detail ? ` (${parsed.detail})` : ''));
    onJsonError(null);
    onJsonChange(null);
    onChange(parsed.rules.map(fromRule));
  }

  const sent = JSON.stringify(rules.map(toRule), null, 2);

  return (
    <fieldset className="rules" data-testid="rules">
      <legend>{t('links.rules.title')}</legend>
      <p className="field__hint">{t('links.rules.intro')}</p>
      {rules.length > 0 ? (
        <ol className="rules__list">
          {rules.map((rule, index) => {
            const error = errors.at?.index === index ? errors.at : null;
            return (
              <li key={rule.key} className="rule" data-testid={`rule-${index}`}>
                <div className="rule__head">
                  <strong>{t('links.rules.number', { n: index + 1 })}</strong>
                  <div className="rule__tools">
                    <button type="button" className="button button--ghost button--small" disabled={index === 0}
                      onClick={() => move(index, -1)} aria-label={t('links.rules.moveUpNamed', { n: index + 1 })}>
                      ↑ <span className="rule__tool-text">{t('links.rules.moveUp')}</span>
                    </button>
                    <button type="button" className="button button--ghost button--small" disabled={index === rules.length - 1}
                      onClick={() => move(index, 1)} aria-label={t('links.rules.moveDownNamed', { n: index + 1 })}>
                      ↓ <span className="rule__tool-text">{t('links.rules.moveDown')}</span>
                    </button>
                    <button type="button" className="button button--danger button--small" onClick={() => remove(index)}
                      aria-label={t('links.rules.removeNamed', { n: index + 1 })}>
                      {t('links.rules.remove')}
                    </button>
                  </div>
                </div>
                <div className="rule__when">
                  <Field label={t('links.rules.kind')}>
                    <select value={rule.kind} data-testid={`rule-${index}-kind`}
                      onChange={(e) => edit(index, { kind: e.target.value as RuleKind, list: '' })}>
                      {RULE_KINDS.map((kind) => (
                        <option key={kind} value={kind}>{t(`links.rules.kinds.${kind}`)}</option>
                      ))}
                      {rule.kind === 'custom' ? <option value="custom">{t('links.rules.kinds.custom')}</option> : null}
                    </select>
                  </Field>
                  <ConditionValues rule={rule} index={index} edit={(patch) => edit(index, patch)} toggle={toggle} />
                </div>
                {error?.part === 'when' ? <p className="field__error" role="alert">{error.text}</p> : null}
                <TextField label={t('links.rules.url')} error={error?.part === 'url' ? error.text : null} type="url" inputMode="url" value={rule.url}
                  placeholder="https://" data-testid={`rule-${index}-url`} onValue={(url) => edit(index, { url })} />
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted rules__empty">{t('links.rules.none')}</p>
      )}
      {errors.general ? <p className="field__error" role="alert">{errors.general}</p> : null}
      <div>
        <button type="button" className="button button--secondary button--small" onClick={() => { onJsonChange(null); onChange([...rules, emptyRule()]); }}>
          + {t('links.rules.add')}
        </button>
      </div>
      <details className="advanced" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>{t('links.rules.advanced')}</summary>
        <p className="field__hint">{t('links.rules.advancedHint')}</p>
        <textarea className="code" rows={Math.min(18, Math.max(4, (json ?? sent).split('\n').length + 1))} spellCheck={false}
          aria-label={t('links.rules.json')} data-testid="rules-json" value={json ?? sent}
          onChange={(e) => onJsonChange(e.target.value)} aria-invalid={jsonError ? true : undefined} />
        {jsonError ? <p className="field__error" role="alert">{jsonError}</p> : null}
        <div className="actions">
          <button type="button" className="button button--secondary button--small" disabled={json === null} onClick={applyJson}>
            {t('links.rules.applyJson')}
          </button>
          {json !== null ? (
            <button type="button" className="button button--ghost button--small" onClick={() => { onJsonChange(null); onJsonError(null); }}>
              {t('links.rules.discardJson')}
            </button>
          ) : null}
        </div>
      </details>
    </fieldset>
  );
}

interface ValuesProps {
  rule: RuleDraft;
  index: number;
  edit(patch: Partial<RuleDraft>): void;
  toggle(list: string[], value: string, on: boolean): string[];
}

function ConditionValues({ rule, index, edit, toggle }: ValuesProps) {
  const { t } = useTranslation();
  switch (rule.kind) {
    case 'country':
    case 'language':
      return (
        <TextField label={t(`links.rules.${rule.kind}List`)} hint={t(`links.rules.${rule.kind}Hint`)} value={rule.list} data-testid={`rule-${index}-list`}
          onValue={(list) => edit({ list })} placeholder={rule.kind === 'country' ? 'FR, BE, CH' : 'fr, de'} />
      );
    case 'device':
    case 'climate': {
      const choices = rule.kind === 'device' ? DEVICE_CHOICES : CLIMATE_CHOICES;
      const key = rule.kind === 'device' ? 'devices' : 'climates';
      const chosen = rule[key];
      return (
        <fieldset className="rule__choices">
          <legend className="visually-hidden">{t(`links.rules.kinds.${rule.kind}`)}</legend>
          {choices.map((value) => (
            <label key={value} className={`radio-card${chosen.includes(value) ? ' radio-card--on' : ''}`}>
              <input type="checkbox" checked={chosen.includes(value)} data-testid={`rule-${index}-${value}`}
                onChange={(e) => edit({ [key]: toggle(chosen, value, e.target.checked) })} />
              {t(`links.${rule.kind === 'device' ? 'devices' : 'climates'}.${value}`)}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'localTime':
      return (
        <div className="rule__pair">
          <TextField label={t('links.rules.from')} type="time" value={rule.from} onValue={(from) => edit({ from })} />
          <TextField label={t('links.rules.to')} hint={t('links.rules.timeHint')} type="time" value={rule.to} onValue={(to) => edit({ to })} />
        </div>
      );
    case 'query':
      return (
        <div className="rule__pair">
          <TextField label={t('links.rules.param')} value={rule.param} placeholder="ref" onValue={(param) => edit({ param })} />
          <TextField label={t('links.rules.equals')} value={rule.equals} placeholder="newsletter" onValue={(equals) => edit({ equals })} />
        </div>
      );
    case 'custom':
      return (
        <div className="rule__custom">
          <code>{JSON.stringify(rule.custom)}</code>
          <p className="field__hint">{t('links.rules.customHint')}</p>
        </div>
      );
  }
}
