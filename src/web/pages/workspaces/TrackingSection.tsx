/**
 * The sites (scheme://host[:port]) whose pages may send tracking data through the /t.js snippet, with the snippet to
 * paste on them. Admins only.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { Notice, TextField } from '../../components/Field';
import { InlineForm } from '../../components/InlineForm';
import { SnippetTag } from '../../components/SnippetTag';

export function TrackingSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const loaded = useApiQuery(['collect-origins', workspaceId], () => api.getCollectOrigins(workspaceId));
  const [origins, setOrigins] = useState<string[] | null>(null);
  const [input, setInput] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const list = origins ?? loaded.data?.origins ?? [];

  async function save(next: string[], clearInput: boolean) {
    setBusy(true);
    setError(null);
    try {
      setOrigins((await api.setCollectOrigins(workspaceId, next)).origins);
      if (clearInput) setInput('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (input.trim()) void save([...list, input.trim()], true);
  }

  // A refused origin is the one being added (the last of the list sent): its error goes under the input.
  const apiField = error instanceof ApiError ? error.field : undefined;
  const inputError = error && apiField === `origins[${list.length}]` ? errorText(error) : null;

  return (
    <div className="card tracking" data-testid="tracking-settings">
      <h2>{t('tracking.title')}</h2>
      <p className="muted">{t('tracking.intro')}</p>
      <SnippetTag workspaceId={workspaceId} />
      <h3 className="tracking__subtitle">{t('tracking.origins')}</h3>
      {loaded.error ? <Notice kind="error">{errorText(loaded.error)}</Notice> : null}
      {error && !inputError ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {list.length === 0 ? (
        <p className="muted">{loaded.loading && !origins ? t('common.loading') : t('tracking.none')}</p>
      ) : (
        <ul className="origin-list" data-testid="origin-list">
          {list.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>
              <button type="button" className="button button--ghost button--small" disabled={busy}
                onClick={() => void save(list.filter((o) => o !== origin), false)} aria-label={t('tracking.removeNamed', { origin })}>
                {t('tracking.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <InlineForm onSubmit={add} submitLabel={t('tracking.addSubmit')} disabled={busy || !input.trim()}>
        <TextField label={t('tracking.add')} hint={t('tracking.addHint')} error={inputError} name="origin" type="url" inputMode="url"
          placeholder="https://shop.example.com" value={input} onValue={setInput} />
      </InlineForm>
    </div>
  );
}
