/**
 * The campaign a post or link belongs to, chosen among the workspace's campaigns ("No campaign" first). A campaign
 * archived since it was chosen stays shown, marked, so saving does not silently drop it.
 *
 * @example
 *   <CampaignPicker workspaceId={ws} value={campaignId} error={errors.byField.campaignId} onValue={setCampaignId} />
 */
import { useTranslation } from 'react-i18next';
import { campaignsApi } from '../../api-campaigns';
import { useApiQuery } from '../../api/queries';
import { SelectField } from '../../components/Select';

interface Props {
  workspaceId: string;
  /** The chosen campaign's id, '' for none. */
  value: string;
  error?: string | null | undefined;
  onValue(campaignId: string): void;
}

export function CampaignPicker({ workspaceId, value, error, onValue }: Props) {
  const { t } = useTranslation();
  const list = useApiQuery(['campaigns', workspaceId, true], () => campaignsApi.list(workspaceId, true));
  const campaigns = (list.data?.campaigns ?? []).filter((c) => !c.archivedAt || c.id === value);
  const choices = campaigns.map((c) => ({ value: c.id, label: c.archivedAt ? `${c.name} (${t('campaigns.archived')})` : c.name }));
  return (
    <SelectField
      label={t('campaigns.picker.label')}
      hint={t('campaigns.picker.hint')}
      name="campaignId"
      value={value}
      choices={choices}
      placeholder={t('campaigns.picker.none')}
      error={error ?? null}
      onValue={onValue}
      data-testid="campaign-picker"
    />
  );
}
