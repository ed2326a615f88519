/** The import's form: the file, the channels every row goes to, how the file is read, and how the rows are saved. */
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useApiQuery } from '../../api/queries';
import { ChannelLabel } from '../../components/ChannelLabel';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Select';
import { useWorkspace } from '../../session';
import type { Format, ImportChoices, Order } from './useImport';

const FORMATS = ['hootsuite', 'sprout', 'agorapulse', 'chorus'] as const;
const ORDERS = ['DMY', 'MDY', 'YMD'] as const;

interface FormProps {
  choices: ImportChoices;
  onChoose(change: Partial<ImportChoices>): void;
}

export function ImportForm({ choices, onChoose }: FormProps) {
  const { t } = useTranslation();
  const { format, dateOrder, timeZone, asDrafts, allOrNothing } = choices;
  return (
    <>
      <Field label={t('imports.file')} hint={t('imports.fileHint')}>
        <input type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(e) => onChoose({ file: e.target.files?.[0] ?? null })} />
      </Field>
      <ChannelChoice chosen={choices.channelIds} onChoose={(channelIds) => onChoose({ channelIds })} />
      <div className="imports__options">
        <SelectField<Format> label={t('imports.format')} value={format} onValue={(f) => onChoose({ format: f })} placeholder={t('imports.detect')} choices={FORMATS.map((f) => ({ value: f, label: t(`imports.formats.${f}`) }))} data-testid="import-format" />
        <SelectField<Order> label={t('imports.dateOrder')} value={dateOrder} onValue={(o) => onChoose({ dateOrder: o })} placeholder={t('imports.detect')} choices={ORDERS.map((o) => ({ value: o, label: t(`imports.orders.${o}`) }))} data-testid="import-date-order" />
        <Field label={t('imports.timeZone')} hint={t('imports.timeZoneHint')}>
          <input value={timeZone} placeholder={t('imports.workspaceZone')} onChange={(e) => onChoose({ timeZone: e.target.value })} data-testid="import-time-zone" />
        </Field>
      </div>
      <label>
        <input type="checkbox" checked={asDrafts} onChange={(e) => onChoose({ asDrafts: e.target.checked })} data-testid="import-drafts" /> {t('imports.asDrafts')}
      </label>
      <label>
        <input type="checkbox" checked={allOrNothing} onChange={(e) => onChoose({ allOrNothing: e.target.checked })} data-testid="import-all-or-nothing" /> {t('imports.allOrNothing')}
      </label>
    </>
  );
}

/** The workspace's channels, each ticked or not. */
function ChannelChoice({ chosen, onChoose }: { chosen: string[]; onChoose(ids: string[]): void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  const toggle = (id: string) => onChoose(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);
  return (
    <fieldset className="imports__channels">
      <legend>{t('imports.channels')}</legend>
      {(channels.data?.channels ?? []).map((c) => (
        <label key={c.id}>
          <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} data-testid="import-channel" /> <ChannelLabel channel={c} />
        </label>
      ))}
    </fieldset>
  );
}
