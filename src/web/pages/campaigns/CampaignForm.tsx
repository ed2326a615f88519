/**
 * Creates or changes a campaign: its name, goal, first and last day, and the utm_campaign its links send (empty: a
 * slug of the name, made by the server). Days are whole UTC days: from 00:00 on the first to 23:59:59 on the last.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsApi, type Campaign } from '../../api-campaigns';
import { Notice, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/Select';
import { useSubmit } from '../../lib/useSubmit';

export const GOALS = ['awareness', 'traffic', 'leads'] as const;
export type Goal = (typeof GOALS)[number];

interface Props {
  workspaceId: string;
  /** The campaign to change; none to create one. */
  campaign?: Campaign;
  onSaved(campaign: Campaign): void;
  onCancel(): void;
}

const dayOf = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');
const today = () => new Date().toISOString().slice(0, 10);

export function CampaignForm({ workspaceId, campaign, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(campaign?.name ?? '');
  const [goal, setGoal] = useState<Goal>(campaign?.goal ?? 'awareness');
  const [starts, setStarts] = useState(dayOf(campaign?.startsAt) || today());
  const [ends, setEnds] = useState(dayOf(campaign?.endsAt) || today());
  const [utm, setUtm] = useState(campaign?.utmCampaign ?? '');
  const { busy, errors, handleSubmit } = useSubmit(['name', 'goal', 'startsAt', 'endsAt', 'utmCampaign']);
  const onSubmit = handleSubmit(async () => {
    const body = { name: name.trim(), goal, startsAt: `${starts}T00:00:00Z`, endsAt: `${ends}T23:59:59Z`, utmCampaign: utm.trim() };
    onSaved(campaign ? await campaignsApi.update(workspaceId, campaign.id, body) : await campaignsApi.create(workspaceId, body));
  });
  const goals = GOALS.map((g) => ({ value: g, label: t(`campaigns.goals.${g}`) }));

  return (
    <form className="form campaign-form" onSubmit={onSubmit} noValidate data-testid="campaign-form">
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <TextField label={t('campaigns.form.name')} name="name" value={name} maxLength={200} error={errors.byField.name} onValue={setName} />
      <SelectField<Goal> label={t('campaigns.form.goal')} name="goal" value={goal} choices={goals} error={errors.byField.goal} onValue={setGoal} />
      <div className="campaign-form__dates">
        <TextField label={t('campaigns.form.starts')} type="date" name="startsAt" value={starts} error={errors.byField.startsAt} onValue={setStarts} />
        <TextField label={t('campaigns.form.ends')} type="date" name="endsAt" value={ends} min={starts} error={errors.byField.endsAt} onValue={setEnds} />
      </div>
      <TextField label={t('campaigns.form.utm')} hint={t('campaigns.form.utmHint')} name="utmCampaign" value={utm} maxLength={200} error={errors.byField.utmCampaign} onValue={setUtm} />
      <FormActions
        className="actions"
        label={campaign ? t('campaigns.form.save') : t('campaigns.form.create')}
        busy={busy}
        disabled={busy || !name.trim() || !starts || !ends}
        onCancel={onCancel}
        testId="campaign-save"
      />
    </form>
  );
}
