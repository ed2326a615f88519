/**
 * The workspace's alert rules: what each watches, over which window, from how many items; pause, resume or delete one,
 * and add one. Keyword surges take a comma-separated list of keywords.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { alertsApi, type AlertRule, type AlertRuleKind } from '../../api-alerts';
import { errorText } from '../../lib/errors';
import { useSubmit } from '../../lib/useSubmit';
import { Notice, TextField } from '../../components/Field';
import { SelectField } from '../../components/Select';
import { ConfirmButton } from '../../components/ConfirmButton';

const kinds: AlertRuleKind[] = ['negative_surge', 'keyword_surge', 'post_backlash'];

interface Props {
  workspaceId: string;
  rules: AlertRule[];
  error: unknown;
  editable: boolean;
  onChanged(): void;
}

export function RulesSection({ workspaceId, rules, error, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const [actionError, setActionError] = useState<unknown>(null);
  const act = async (work: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await work();
      onChanged();
    } catch (e) {
      setActionError(e);
    }
  };
  return (
    <div className="card" data-testid="alert-rules">
      <h2>{t('alerts.rules')}</h2>
      <p className="muted">{t('alerts.rulesIntro')}</p>
      {error || actionError ? <Notice kind="error">{errorText(error ?? actionError)}</Notice> : null}
      {rules.length === 0 ? <p className="muted">{t('alerts.noRules')}</p> : null}
      <ul className="member-list">
        {rules.map((rule) => (
          <li key={rule.id} data-testid="alert-rule" data-name={rule.name}>
            <span>
              <strong>{rule.name}</strong> <span className="pill">{t(`alerts.kinds.${rule.kind}`)}</span>
              {!rule.active ? <span className="pill">{t('alerts.paused')}</span> : null}
              <br />
              <span className="muted">
                {t('alerts.ruleLine', { minutes: rule.windowMinutes, min: rule.minCount })}
                {rule.keywords.length > 0 ? ` · ${rule.keywords.join(', ')}` : ''}
              </span>
            </span>
            {editable ? (
              <span className="member-list__actions">
                <button type="button" className="button button--ghost button--small" onClick={() => void act(() => alertsApi.updateRule(workspaceId, rule.id, { active: !rule.active }))}>
                  {rule.active ? t('alerts.pause') : t('alerts.resume')}
                </button>
                <ConfirmButton
                  label={t('alerts.delete')}
                  ariaLabel={t('alerts.deleteNamed', { name: rule.name })}
                  question={t('alerts.deleteConfirm', { name: rule.name })}
                  yes={t('alerts.deleteYes')}
                  onConfirm={() => void act(() => alertsApi.removeRule(workspaceId, rule.id))}
                />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? <NewRule workspaceId={workspaceId} onCreated={onChanged} /> : null}
    </div>
  );
}

function NewRule({ workspaceId, onCreated }: { workspaceId: string; onCreated(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AlertRuleKind>('negative_surge');
  const [windowMinutes, setWindowMinutes] = useState('30');
  const [minCount, setMinCount] = useState('10');
  const [keywords, setKeywords] = useState('');
  const { busy, errors, handleSubmit } = useSubmit(['name', 'kind', 'windowMinutes', 'minCount', 'keywords']);
  const onSubmit = handleSubmit(async () => {
    const words = keywords.split(',').map((k) => k.trim()).filter(Boolean);
    await alertsApi.createRule(workspaceId, {
      name: name.trim(),
      kind,
      windowMinutes: Number(windowMinutes),
      minCount: Number(minCount),
      ...(kind === 'keyword_surge' && { keywords: words }),
    });
    setName('');
    setKeywords('');
    onCreated();
  });
  return (
    <form className="form alert-rule-form" onSubmit={onSubmit} noValidate data-testid="new-alert-rule">
      <h3>{t('alerts.newRule')}</h3>
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <TextField label={t('alerts.name')} name="ruleName" value={name} maxLength={100} error={errors.byField.name} onValue={setName} />
      <SelectField<AlertRuleKind> label={t('alerts.kind')} name="ruleKind" value={kind} choices={kinds.map((k) => ({ value: k, label: t(`alerts.kinds.${k}`) }))} error={errors.byField.kind} onValue={setKind} />
      <TextField label={t('alerts.window')} hint={t('alerts.windowHint')} name="windowMinutes" type="number" min={1} max={1440} value={windowMinutes} error={errors.byField.windowMinutes} onValue={setWindowMinutes} />
      <TextField label={t('alerts.minCount')} hint={t('alerts.minCountHint')} name="minCount" type="number" min={1} value={minCount} error={errors.byField.minCount} onValue={setMinCount} />
      {kind === 'keyword_surge' ? (
        <TextField label={t('alerts.keywords')} hint={t('alerts.keywordsHint')} name="keywords" value={keywords} error={errors.byField.keywords} onValue={setKeywords} />
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy || !name.trim()}>
        {t('alerts.create')}
      </button>
    </form>
  );
}
