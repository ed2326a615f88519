/**
 * Creating or editing one listening query: its name, terms as chips, languages, and which channels search (only the
 * workspace's Bluesky, Mastodon and X channels are offered).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { SEARCHABLE_NETWORKS, type ListeningQuery, type ListeningQueryInput } from '../../api-listening';
import { ChannelLabel } from '../../components/ChannelLabel';
import { Notice, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { errorText } from '../../lib/errors';
import { TermsInput } from './TermsInput';

interface Props {
  channels: Channel[];
  initial?: ListeningQuery;
  onSave(input: ListeningQueryInput): Promise<void>;
  onCancel(): void;
}

export function QueryForm({ channels, initial, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const searchable = channels.filter((c) => SEARCHABLE_NETWORKS.includes(c.network));
  const [name, setName] = useState(initial?.name ?? '');
  const [keywords, setKeywords] = useState(initial?.keywords ?? []);
  const [hashtags, setHashtags] = useState(initial?.hashtags ?? []);
  const [exclude, setExclude] = useState(initial?.exclude ?? []);
  const [languages, setLanguages] = useState(initial?.languages ?? []);
  const [channelIds, setChannelIds] = useState(initial?.channelIds ?? searchable.map((c) => c.id));
  const [active, setActive] = useState(initial?.active ?? true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({ name, keywords, hashtags, exclude, languages, channelIds, active });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string) => setChannelIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  return (
    <form className="card listening-form" onSubmit={submit} data-testid="listening-form">
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      <TextField label={t('listening.name')} value={name} onValue={setName} maxLength={100} required />
      <TermsInput label={t('listening.keywords')} hint={t('listening.keywordsHint')} values={keywords} onChange={setKeywords} testId="listening-keywords" />
      <TermsInput label={t('listening.hashtags')} values={hashtags} onChange={setHashtags} prefix="#" testId="listening-hashtags" />
      <TermsInput label={t('listening.exclude')} values={exclude} onChange={setExclude} testId="listening-exclude" />
      <TermsInput label={t('listening.languages')} hint={t('listening.languagesHint')} values={languages} onChange={(v) => setLanguages(v.map((l) => l.toLowerCase()))} testId="listening-languages" />
      <fieldset className="listening-form__channels">
        <legend>{t('listening.channels')}</legend>
        {searchable.length === 0 ? <p className="muted">{t('listening.noChannels')}</p> : null}
        {searchable.map((channel) => (
          <label key={channel.id} className="checkbox">
            <input type="checkbox" checked={channelIds.includes(channel.id)} onChange={() => toggle(channel.id)} />
            <ChannelLabel channel={channel} />
          </label>
        ))}
        <p className="field__hint">{t('listening.channelsHint')}</p>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        {t('listening.active')}
      </label>
      <FormActions className="actions" label={t('listening.save')} busy={busy} onCancel={onCancel} testId="listening-save" />
    </form>
  );
}
