/**
 * The variables of one scope (the workspace's, one channel's or one segment's): each `{{name}}` with its value, changed in place,
 * and a form to add one. A channel's value wins over the workspace's when a post is filled; a segment's over both.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { variablesApi, type Variable } from '../../api-templates';
import { useApiQuery } from '../../api/queries';
import { Notice, TextField } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { useSubmit } from '../../lib/useSubmit';

interface Props {
  workspaceId: string;
  /** A channel's variables; none (and no segment): the workspace's. */
  channelId?: string;
  /** A segment's variables: they win over the channel's and the workspace's. */
  segmentId?: string;
  editable: boolean;
}

export function VariableList({ workspaceId, channelId, segmentId, editable }: Props) {
  const { t } = useTranslation();
  const list = useApiQuery(['variables', workspaceId], () => variablesApi.list(workspaceId));
  const mine = (list.data?.variables ?? []).filter((v) => (channelId ? v.channelId === channelId : segmentId ? v.segmentId === segmentId : v.scope === 'workspace'));
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const { busy, errors, handleSubmit } = useSubmit(['name', 'value', 'channelId', 'segmentId']);
  const onSubmit = handleSubmit(async () => {
    await variablesApi.create(workspaceId, { name: name.trim(), value, ...(channelId && { channelId }), ...(segmentId && { segmentId }) });
    setName('');
    setValue('');
    list.reload();
  });

  return (
    <div className="variable-list" data-testid={channelId ? 'channel-variables' : segmentId ? 'segment-variables' : 'workspace-variables'}>
      {list.error ? <Notice kind="error">{errorText(list.error)}</Notice> : null}
      {list.data && mine.length === 0 ? <p className="muted">{t('templates.variables.empty')}</p> : null}
      <ul className="templates__rows">
        {mine.map((v) => (
          <VariableRow key={v.id} workspaceId={workspaceId} variable={v} editable={editable} onChanged={list.reload} />
        ))}
      </ul>
      {editable ? (
        <form className="variable-list__add" onSubmit={onSubmit} noValidate data-testid="variable-form">
          {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
          <TextField label={t('templates.variables.name')} hint={t('templates.variables.nameHint')} name="name" value={name} maxLength={60} error={errors.byField.name} onValue={setName} />
          <TextField label={t('templates.variables.value')} name="value" value={value} maxLength={5000} error={errors.byField.value} onValue={setValue} />
          <button type="submit" className="button button--small" disabled={busy || !name.trim()} data-testid="variable-add">
            {busy ? t('common.working') : t('templates.variables.add')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

function VariableRow({ workspaceId, variable, editable, onChanged }: { workspaceId: string; variable: Variable; editable: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(variable.value);
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const label = `{{${variable.name}}}`;
  return (
    <li data-testid="variable" data-name={variable.name}>
      <code>{label}</code>{' '}
      {editable ? (
        <>
          <input aria-label={t('templates.variables.valueOf', { name: variable.name })} value={value} maxLength={5000} onChange={(e) => setValue(e.target.value)} />
          <button type="button" className="button button--ghost button--small" disabled={value === variable.value} onClick={() => void run(() => variablesApi.update(workspaceId, variable.id, value))}>
            {t('templates.variables.save')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => void run(() => variablesApi.remove(workspaceId, variable.id))}>
            {t('templates.variables.remove')}
          </button>
        </>
      ) : (
        <span>{variable.value}</span>
      )}
      {error ? (
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </li>
  );
}
