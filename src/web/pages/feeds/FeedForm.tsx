/**
 * Adds or changes a feed: its address, the channels it posts on, the template of its posts, how many a day at most,
 * and whether they go out at once, in each channel's queue or as drafts.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { FEED_MODES, feedsApi, type Feed, type FeedMode } from '../../api-feeds';
import { ChannelLabel } from '../../components/ChannelLabel';
import { Notice, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/Select';
import { useSubmit } from '../../lib/useSubmit';

// Template variables are code, not words: the same in every language.
const VARIABLES = ['title', 'link', 'summary', 'author'].map((v) => `{{${v}}}`).join(' ');

interface Props {
  workspaceId: string;
  channels: Channel[];
  /** The feed to change; none to add one. */
  feed?: Feed;
  onSaved(feed: Feed): void;
  onCancel(): void;
}

export function FeedForm({ workspaceId, channels, feed, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(feed?.url ?? '');
  const [channelIds, setChannelIds] = useState<string[]>(feed?.channelIds ?? []);
  const [template, setTemplate] = useState(feed?.template ?? '{{title}} {{link}}');
  const [dailyCap, setDailyCap] = useState(String(feed?.dailyCap ?? 3));
  const [mode, setMode] = useState<FeedMode>(feed?.mode ?? 'publish');
  const { busy, errors, handleSubmit } = useSubmit(['url', 'channelIds', 'template', 'dailyCap', 'mode']);
  const onSubmit = handleSubmit(async () => {
    const body = { url: url.trim(), channelIds, template, dailyCap: Number(dailyCap), mode };
    onSaved(feed ? await feedsApi.update(workspaceId, feed.id, body) : await feedsApi.create(workspaceId, body));
  });
  const toggle = (id: string) => setChannelIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const modes = FEED_MODES.map((m) => ({ value: m, label: t(`feeds.modes.${m}`) }));

  return (
    <form className="form feed-form" onSubmit={onSubmit} noValidate data-testid="feed-form">
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <TextField label={t('feeds.form.url')} hint={t('feeds.form.urlHint')} type="url" name="url" value={url} maxLength={2048} error={errors.byField.url} onValue={setUrl} />
      <fieldset className="feed-form__channels">
        <legend>{t('feeds.form.channels')}</legend>
        {channels.length === 0 ? <p className="muted">{t('feeds.form.noChannels')}</p> : null}
        {channels.map((channel) => (
          <label key={channel.id} className="checkbox">
            <input type="checkbox" checked={channelIds.includes(channel.id)} onChange={() => toggle(channel.id)} data-testid="feed-channel" />
            <ChannelLabel channel={channel} />
          </label>
        ))}
        {errors.byField.channelIds ? <p className="field__error">{errors.byField.channelIds}</p> : null}
      </fieldset>
      <TextField label={t('feeds.form.template')} hint={t('feeds.form.templateHint', { variables: VARIABLES })} name="template" value={template} maxLength={2000} error={errors.byField.template} onValue={setTemplate} />
      <TextField label={t('feeds.form.dailyCap')} hint={t('feeds.form.dailyCapHint')} type="number" min={1} max={50} name="dailyCap" value={dailyCap} error={errors.byField.dailyCap} onValue={setDailyCap} />
      <SelectField<FeedMode> label={t('feeds.form.mode')} name="mode" value={mode} choices={modes} error={errors.byField.mode} onValue={setMode} />
      <FormActions
        className="actions"
        label={feed ? t('feeds.form.save') : t('feeds.form.create')}
        busy={busy}
        disabled={busy || !url.trim() || channelIds.length === 0}
        onCancel={onCancel}
        testId="feed-save"
      />
    </form>
  );
}
