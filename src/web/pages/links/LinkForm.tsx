/**
 * Creates a short link, or edits one (`link` given): destination, custom code (new links only), title, tags, UTM,
 * audience rules, A/B arms, expiry, password and the click-id switch. The state and the submit live in
 * useLinkForm; this file lays the sections out.
 */
import { useTranslation } from 'react-i18next';
import type { ShortLink } from '../../api';
import { Notice, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { RulesBuilder } from './RulesBuilder';
import { ArmsEditor } from './ArmsEditor';
import { UTM_KEYS, useLinkForm } from './useLinkForm';
import { CampaignPicker } from '../campaigns/CampaignPicker';

interface Props {
  workspaceId: string;
  /** The link to edit; a new link when absent. */
  link?: ShortLink;
  onSaved(link: ShortLink): void;
  onCancel?(): void;
}

export function LinkForm({ workspaceId, link, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useLinkForm(workspaceId, link, onSaved);
  const { fields: f, set, errors, editing } = form;

  const utmField = (key: (typeof UTM_KEYS)[number]) => (
    <TextField key={key} label={t(`links.utm.${key}`)} error={errors.byField[`utm.${key}`]} value={f.utm[key] ?? ''}
      onValue={(value) => set.setUtm({ ...f.utm, [key]: value })} />
  );

  return (
    <form className="form link-form" onSubmit={form.onSubmit} noValidate data-testid="link-form">
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <TextField label={t('links.form.url')} hint={t('links.form.urlHint')} error={errors.byField.url} type="url" inputMode="url" value={f.url} required
        placeholder="https://" onValue={set.setUrl} />
      <div className="form-grid">
        {editing ? null : (
          <TextField label={t('links.form.code')} hint={t('links.form.codeHint')} error={errors.byField.code} value={f.code} autoComplete="off" onValue={set.setCode} />
        )}
        <TextField label={t('links.form.title')} error={errors.byField.title} value={f.title} onValue={set.setTitle} />
        <TextField label={t('links.form.tags')} hint={t('links.form.tagsHint')} error={errors.byField.tags} value={f.tags} onValue={set.setTags} />
      </div>

      <RulesBuilder
        rules={form.rules.rules}
        onChange={form.rules.setRules}
        errors={errors.rules}
        json={form.rules.rulesJson}
        onJsonChange={form.rules.setRulesJson}
        jsonError={form.rules.jsonError}
        onJsonError={form.rules.setJsonError}
      />

      <ArmsEditor value={form.arms.arms} url={f.url.trim()} errors={errors.arms} onChange={form.arms.setArms} />

      <fieldset>
        <legend>{t('links.utm.title')}</legend>
        <p className="field__hint utm-hint">{t('links.utm.hint')}</p>
        <CampaignPicker workspaceId={workspaceId} value={f.campaignId} error={errors.byField.campaignId} onValue={set.setCampaignId} />
        <div className="form-grid">{UTM_KEYS.map(utmField)}</div>
      </fieldset>

      <fieldset>
        <legend>{t('links.form.options')}</legend>
        <div className="form-grid">
          <TextField label={t('links.form.expiresAt')} hint={t('links.form.expiresHint')} error={errors.byField.expiresAt} type="datetime-local"
            value={f.expires} onValue={set.setExpires} />
          <TextField
            label={t('links.form.password')}
            hint={editing && link?.hasPassword ? t('links.form.passwordKeep') : t('links.form.passwordHint')}
            error={errors.byField.password}
            type="password"
            autoComplete="new-password"
            value={f.password}
            disabled={f.removePassword}
            onValue={set.setPassword}
          />
        </div>
        <div className="checks">
          {editing && link?.hasPassword ? (
            <label className="check">
              <input type="checkbox" checked={f.removePassword} onChange={(e) => set.setRemovePassword(e.target.checked)} />
              {t('links.form.removePassword')}
            </label>
          ) : null}
          <label className="check">
            <input type="checkbox" checked={f.addClickId} onChange={(e) => set.setAddClickId(e.target.checked)} />
            <span>
              {t('links.form.addClickId')}
              <span className="field__hint check__hint">{t('links.form.addClickIdHint')}</span>
            </span>
          </label>
        </div>
      </fieldset>

      <FormActions
        className="actions"
        label={editing ? t('links.form.save') : t('links.form.create')}
        busy={form.busy}
        onCancel={onCancel}
        testId="link-submit"
      />
    </form>
  );
}
