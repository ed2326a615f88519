/**
 * Adding a webhook (address and events, in plain words), and the secret shown once afterwards with a copy button
 * and how a receiver checks the signature.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_EVENTS, webhooksApi, type WebhookEvent } from '../../api-webhooks';
import { useSubmit } from '../../lib/useSubmit';
import { Notice, TextField } from '../../components/Field';
import { CopyButton } from '../../components/CopyButton';

const FIELDS = ['url', 'events'] as const;

/** The i18n key of an event type (keys cannot hold dots). */
export const eventKey = (type: string) => `webhooks.eventNames.${type.replace('.', '_')}`;

export function WebhookForm({ workspaceId, onCreated }: { workspaceId: string; onCreated(url: string, secret: string): void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['publication.published']);
  const { busy, running, errors, submit } = useSubmit(FIELDS);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const { webhook, secret } = await webhooksApi.create(workspaceId, { url: url.trim(), events });
      setUrl('');
      onCreated(webhook.url, secret);
    });
  }

  const toggle = (type: WebhookEvent, on: boolean) => setEvents((now) => (on ? [...now, type] : now.filter((e) => e !== type)));
  return (
    <form className="card form" onSubmit={onSubmit} noValidate data-testid="webhook-form">
      <h2>{t('webhooks.add')}</h2>
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <TextField label={t('webhooks.url')} hint={t('webhooks.urlHint')} error={errors.byField.url} name="url" type="url" autoComplete="off"
        spellCheck={false} value={url} onValue={setUrl} />
      <fieldset className={`field${errors.byField.events ? ' field--invalid' : ''}`}>
        <legend>{t('webhooks.events')}</legend>
        {WEBHOOK_EVENTS.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" name="events" value={type} checked={events.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
            {t(eventKey(type))}
          </label>
        ))}
        {errors.byField.events ? (
          <p className="field__error" role="alert">
            {errors.byField.events}
          </p>
        ) : null}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy || !url.trim() || events.length === 0}>
          {running === 'submit' ? t('common.working') : t('webhooks.create')}
        </button>
      </div>
    </form>
  );
}

/** The signing secret of the webhook just created: shown this once. */
export function NewSecret({ url, secret, onDone }: { url: string; secret: string; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <div className="card" data-testid="webhook-secret">
      <Notice kind="success">{t('webhooks.created', { url })}</Notice>
      <h2>{t('webhooks.secretTitle')}</h2>
      <p>
        <code data-testid="webhook-secret-value">{secret}</code> <CopyButton text={secret} />
      </p>
      <p className="muted">{t('webhooks.secretOnce')}</p>
      <p className="muted">{t('webhooks.verifyHint')}</p>
      <button type="button" className="button" onClick={onDone}>
        {t('webhooks.secretDone')}
      </button>
    </div>
  );
}
