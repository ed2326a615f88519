/**
 * The workspace's UTM template: utm_medium, utm_source per network and a default utm_campaign for the tracked links
 * of posts, with a live example of the address a visitor reaches. Everyone sees it; admins and owners change it (as
 * the API allows). An empty field means the server's default, so "reset" saves an empty template.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { auditApi, type UtmTemplate } from '../../api-audit';
import type { Role } from '../../api';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { useSubmit } from '../../lib/useSubmit';
import { errorText } from '../../lib/errors';
import { Notice, TextField } from '../../components/Field';
import { ConfirmButton } from '../../components/ConfirmButton';
import { utmExample } from './utm-example';
import './audit.css';

interface Draft {
  medium: string;
  campaign: string;
  sources: Record<string, string>;
}

const draftOf = (template: UtmTemplate): Draft => ({ medium: template.medium ?? '', campaign: template.campaign ?? '', sources: { ...template.sources } });

/** The template to send: trimmed, and without the fields left empty (which the server reads as its defaults). */
function templateOf(draft: Draft): UtmTemplate {
  const sources = Object.fromEntries(Object.entries(draft.sources).map(([n, v]) => [n, v.trim()]).filter(([, v]) => v));
  return {
    ...(draft.medium.trim() ? { medium: draft.medium.trim() } : {}),
    ...(draft.campaign.trim() ? { campaign: draft.campaign.trim() } : {}),
    ...(Object.keys(sources).length ? { sources } : {}),
  };
}

export function UtmTemplateSection({ workspaceId, role }: { workspaceId: string; role: Role }) {
  const { t } = useTranslation();
  const loaded = useApiQuery(['utm-template', workspaceId], () => auditApi.utmTemplate(workspaceId));
  const channels = useApiQuery(['channels', workspaceId], () => api.listChannels(workspaceId));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, errors, submit } = useSubmit(['medium', 'campaign', 'sources']);
  const editable = can.manageMembers(role);
  const current = draft ?? (loaded.data ? draftOf(loaded.data) : null);
  // The networks the workspace posts to, and any the template already names.
  const networks = [...new Set([...(channels.data?.channels ?? []).map((c) => c.network), ...Object.keys(current?.sources ?? {})])].sort();

  function save(next: Draft) {
    setSaved(false);
    void submit(async () => {
      setDraft(draftOf(await auditApi.setUtmTemplate(workspaceId, templateOf(next))));
      setSaved(true);
      loaded.reload();
    });
  }
  const edit = (change: Partial<Draft>) => {
    setSaved(false);
    if (current) setDraft({ ...current, ...change });
  };

  return (
    <div className="card" data-testid="utm-template">
      <h2>{t('utmTemplate.title')}</h2>
      <p className="muted">{t('utmTemplate.intro')}</p>
      {!editable ? <Notice kind="info">{t('utmTemplate.readOnly')}</Notice> : null}
      {loaded.error ? <Notice kind="error">{errorText(loaded.error)}</Notice> : null}
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      {saved ? <Notice kind="success">{t('utmTemplate.saved')}</Notice> : null}
      {current ? (
        <form className="form" onSubmit={(e: FormEvent) => { e.preventDefault(); save(current); }} noValidate>
          <TextField label={t('utmTemplate.medium')} hint={t('utmTemplate.mediumHint')} error={errors.byField.medium} name="utmMedium" value={current.medium}
            placeholder="social" maxLength={100} readOnly={!editable} onValue={(medium) => edit({ medium })} />
          <TextField label={t('utmTemplate.campaign')} hint={t('utmTemplate.campaignHint')} error={errors.byField.campaign} name="utmCampaign"
            value={current.campaign} maxLength={100} readOnly={!editable} onValue={(campaign) => edit({ campaign })} />
          {networks.length > 0 ? (
            <fieldset className="utm-sources">
              <legend>{t('utmTemplate.sources')}</legend>
              {networks.map((network) => (
                <TextField key={network} label={t(`networks.${network}`, { defaultValue: network })} hint={t('utmTemplate.sourcesHint', { example: network })}
                  name={`utmSource-${network}`} value={current.sources[network] ?? ''} placeholder={network} maxLength={100} readOnly={!editable}
                  onValue={(source) => edit({ sources: { ...current.sources, [network]: source } })} />
              ))}
              {errors.byField.sources ? <p className="field__error" role="alert">{errors.byField.sources}</p> : null}
            </fieldset>
          ) : null}
          <p className="muted">{t('utmTemplate.content')} {t('utmTemplate.term')}</p>
          <Example template={templateOf(current)} network={networks[0] ?? 'bluesky'} />
          {editable ? (
            <div className="utm-actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('utmTemplate.save')}
              </button>
              <ConfirmButton label={t('utmTemplate.reset')} ariaLabel={t('utmTemplate.reset')} question={t('utmTemplate.resetConfirm')} yes={t('utmTemplate.resetYes')}
                onConfirm={() => save({ medium: '', campaign: '', sources: {} })} />
            </div>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}

function Example({ template, network }: { template: UtmTemplate; network: string }) {
  const { t } = useTranslation();
  const page = 'https://example.com/spring-sale';
  return (
    <p className="utm-example">
      {t('utmTemplate.example', { network: t(`networks.${network}`, { defaultValue: network }), url: page })}{' '}
      <code data-testid="utm-example">{utmExample(page, network, template)}</code>
    </p>
  );
}
