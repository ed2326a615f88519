/**
 * Creates or changes a template: its name, text (with `{{variables}}`), tags, and the channels it is written for.
 * With channels chosen the server fills it for each and refuses it when a network would (the error names the
 * channel and the rule).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { templatesApi, type Template } from '../../api-templates';
import { useApiQuery } from '../../api/queries';
import { Field, Notice, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { ChannelPicker } from '../composer/ChannelPicker';
import { useSubmit } from '../../lib/useSubmit';

interface Props {
  workspaceId: string;
  /** The template to change; none to create one. */
  template?: Template;
  onSaved(template: Template): void;
  onCancel(): void;
}

export function TemplateForm({ workspaceId, template, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const channels = useApiQuery(['channels', workspaceId], () => api.listChannels(workspaceId));
  const [name, setName] = useState(template?.name ?? '');
  const [text, setText] = useState(template?.text ?? '');
  const [tags, setTags] = useState((template?.tags ?? []).join(', '));
  const [channelIds, setChannelIds] = useState<string[]>(template?.channelIds ?? []);
  const { busy, errors, handleSubmit } = useSubmit(['name', 'text', 'tags', 'channelIds']);
  const onSubmit = handleSubmit(async () => {
    const body = { name: name.trim(), text, tags: tags.split(',').map((s) => s.trim()).filter(Boolean), channelIds };
    onSaved(template ? await templatesApi.update(workspaceId, template.id, body) : await templatesApi.create(workspaceId, body));
  });

  return (
    <form className="form template-form" onSubmit={onSubmit} noValidate data-testid="template-form">
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <TextField label={t('templates.form.name')} name="name" value={name} maxLength={200} error={errors.byField.name} onValue={setName} />
      <Field label={t('templates.form.text')} hint={t('templates.form.textHint', { example: '{{city}}' })} error={errors.byField.text}>
        <textarea name="text" rows={5} value={text} onChange={(e) => setText(e.target.value)} data-testid="template-text" />
      </Field>
      <TextField label={t('templates.form.tags')} hint={t('templates.form.tagsHint')} name="tags" value={tags} error={errors.byField.tags} onValue={setTags} />
      {channels.data ? (
        <ChannelPicker channels={channels.data.channels} selected={channelIds} onChange={setChannelIds} error={errors.byField.channelIds ?? null} />
      ) : null}
      <p className="field__hint">{t('templates.form.channelsHint')}</p>
      <FormActions
        className="actions"
        label={template ? t('templates.form.save') : t('templates.form.create')}
        busy={busy}
        disabled={busy || !name.trim() || !text.trim()}
        onCancel={onCancel}
        testId="template-save"
      />
    </form>
  );
}
