/** The templates page's hashtag groups: each a name and its hashtags, inserted together from the composer. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashtagGroupsApi } from '../../api-templates';
import { useApiQuery } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice, TextField } from '../../components/Field';
import { useSubmit } from '../../lib/useSubmit';
import { errorText } from '../../lib/errors';
import { hashtagsOf } from './text';

export function HashtagGroupsSection({ workspaceId, editable }: { workspaceId: string; editable: boolean }) {
  const { t } = useTranslation();
  const list = useApiQuery(['hashtag-groups', workspaceId], () => hashtagGroupsApi.list(workspaceId));
  const [name, setName] = useState('');
  const [hashtags, setHashtags] = useState('');
  const [removeError, setRemoveError] = useState<unknown>(null);
  const { busy, errors, handleSubmit } = useSubmit(['name', 'hashtags']);
  const onSubmit = handleSubmit(async () => {
    await hashtagGroupsApi.create(workspaceId, { name: name.trim(), hashtags: hashtagsOf(hashtags) });
    setName('');
    setHashtags('');
    list.reload();
  });
  const remove = async (id: string) => {
    setRemoveError(null);
    try {
      await hashtagGroupsApi.remove(workspaceId, id);
      list.reload();
    } catch (e) {
      setRemoveError(e);
    }
  };

  return (
    <div className="card" data-testid="hashtag-groups">
      <h2>{t('templates.groups.title')}</h2>
      {removeError ? <Notice kind="error">{errorText(removeError)}</Notice> : null}
      {list.data?.groups.length === 0 ? <p className="muted">{t('templates.groups.empty')}</p> : null}
      <ul className="templates__rows">
        {(list.data?.groups ?? []).map((g) => (
          <li key={g.id} data-testid="hashtag-group">
            <strong>{g.name}</strong> <span className="muted">{g.hashtags.map((h) => `#${h}`).join(' ')}</span>
            {editable ? (
              <ConfirmButton
                label={t('templates.delete')}
                ariaLabel={t('templates.deleteNamed', { name: g.name })}
                question={t('templates.groups.deleteConfirm', { name: g.name })}
                yes={t('templates.deleteYes')}
                onConfirm={() => void remove(g.id)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <form className="form" onSubmit={onSubmit} noValidate data-testid="hashtag-group-form">
          {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
          <TextField label={t('templates.groups.name')} name="name" value={name} maxLength={200} error={errors.byField.name} onValue={setName} />
          <TextField label={t('templates.groups.hashtags')} hint={t('templates.groups.hashtagsHint')} name="hashtags" value={hashtags} error={errors.byField.hashtags} onValue={setHashtags} />
          <button type="submit" className="button button--small" disabled={busy || !name.trim() || hashtagsOf(hashtags).length === 0} data-testid="hashtag-group-add">
            {busy ? t('common.working') : t('templates.groups.add')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
