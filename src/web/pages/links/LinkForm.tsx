/**
 * Creates a short link, or edits one (`link` given): destination, custom code (new links only), title, tags, UTM,
 * audience rules, expiry, password and the click-id switch. An API error goes under the field it names
 * (`url`, `code`, `utm.source`, `rules[1].when.country.in.0` → the second rule's condition).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type LinkInput, type NewLink, type ShortLink, type Utm } from '../../api';
import { Field, Notice } from '../../components/Field';
import { useSubmit } from '../../lib/useSubmit';
import { errorText } from '../../lib/errors';
import { localInputToUtcIso, utcIsoToLocalInput } from '../../lib/dates';
import { RulesBuilder, type RuleErrors } from './RulesBuilder';
import { fromRule, parseRulesJson, ruleErrorPlace, toRule, type RuleDraft } from './ruleDrafts';

const UTM_KEYS = ['source', 'medium', 'campaign', 'content', 'term'] as const;
const FIELDS = ['url', 'code', 'title', 'tags', 'expiresAt', 'password', 'addClickId', ...UTM_KEYS.map((k) => `utm.${k}`)];

interface Placed {
  byField: Record<string, string>;
  rules: RuleErrors;
  general: string | null;
}

/** Puts an API error under the field it names; what names no field of this form goes above it. */
function placeError(error: unknown): Placed {
  const none: Placed = { byField: {}, rules: { at: null, general: null }, general: null };
  if (!error) return none;
  const text = errorText(error);
  const field = error instanceof ApiError ? error.field : undefined;
  if (field) {
    const rule = ruleErrorPlace(field);
    if (rule) return { ...none, rules: { at: { ...rule, text }, general: null } };
    if (field === 'rules' || field.startsWith('rules.')) return { ...none, rules: { at: null, general: text } };
    const utm = field.match(/^utm\.(\w+)/)?.[1];
    if (utm && FIELDS.includes(`utm.${utm}`)) return { ...none, byField: { [`utm.${utm}`]: text } };
    const head = field.split(/[.[]/)[0] ?? field;
    if (FIELDS.includes(head)) return { ...none, byField: { [head]: text } };
  }
  return { ...none, general: text };
}

interface Props {
  workspaceId: string;
  /** The link to edit; a new link when absent. */
  link?: ShortLink;
  onSaved(link: ShortLink): void;
  onCancel?(): void;
}

export function LinkForm({ workspaceId, link, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const editing = link !== undefined;
  const [url, setUrl] = useState(link?.url ?? '');
  const [code, setCode] = useState('');
  const [title, setTitle] = useState(link?.title ?? '');
  const [tags, setTags] = useState(link?.tags.join(', ') ?? '');
  const [utm, setUtm] = useState<Utm>(link?.utm ?? {});
  const [rules, setRules] = useState<RuleDraft[]>(() => (link?.rules ?? []).map(fromRule));
  const [rulesJson, setRulesJson] = useState<string | null>(null);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [expires, setExpires] = useState(link?.expiresAt ? utcIsoToLocalInput(link.expiresAt) : '');
  const [password, setPassword] = useState('');
  const [removePassword, setRemovePassword] = useState(false);
  const [addClickId, setAddClickId] = useState(link?.addClickId ?? false);
  const { busy, error, submit } = useSubmit(FIELDS);
  const errors = placeError(error);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Unapplied JSON in the advanced box is what the person last wrote: send it, or say why it cannot be.
    let drafts = rules;
    if (rulesJson !== null) {
      const parsed = parseRulesJson(rulesJson);
      if ('error' in parsed) return setJsonError(t(parsed.error) + (parsed.detail ? ` (${parsed.detail})` : ''));
      drafts = parsed.rules.map(fromRule);
      setRules(drafts);
      setRulesJson(null);
      setJsonError(null);
    }
    const cleanUtm = Object.fromEntries(
      UTM_KEYS.map((k) => [k, utm[k]?.trim() ?? ''] as const).filter(([, v]) => v !== ''),
    ) as Utm;
    const tagList = [...new Set(tags.split(',').map((s) => s.trim()).filter(Boolean))];
    const input: LinkInput & NewLink = {
      url: url.trim(),
      title: title.trim(),
      utm: cleanUtm,
      rules: drafts.map(toRule),
      tags: tagList,
      expiresAt: localInputToUtcIso(expires),
      addClickId,
    };
    if (password) input.password = password;
    else if (editing && removePassword) input.password = null;
    void submit(async () => {
      if (editing) return onSaved(await api.updateLink(workspaceId, link.id, input));
      if (code.trim()) input.code = code.trim();
      if (!input.title) delete input.title;
      if (input.expiresAt === null) delete input.expiresAt;
      onSaved(await api.createLink(workspaceId, input));
    }, { leaves: !editing });
  }

  const utmField = (key: (typeof UTM_KEYS)[number]) => (
    <Field key={key} label={t(`links.utm.${key}`)} error={errors.byField[`utm.${key}`]}>
      <input value={utm[key] ?? ''} onChange={(e) => setUtm({ ...utm, [key]: e.target.value })} />
    </Field>
  );

  return (
    <form className="form link-form" onSubmit={onSubmit} noValidate data-testid="link-form">
      {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
      <Field label={t('links.form.url')} hint={t('links.form.urlHint')} error={errors.byField.url}>
        <input type="url" inputMode="url" value={url} required placeholder="https://" onChange={(e) => setUrl(e.target.value)} />
      </Field>
      <div className="form-grid">
        {editing ? null : (
          <Field label={t('links.form.code')} hint={t('links.form.codeHint')} error={errors.byField.code}>
            <input value={code} autoComplete="off" onChange={(e) => setCode(e.target.value)} />
          </Field>
        )}
        <Field label={t('links.form.title')} error={errors.byField.title}>
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('links.form.tags')} hint={t('links.form.tagsHint')} error={errors.byField.tags}>
          <input value={tags} onChange={(e) => setTags(e.target.value)} />
        </Field>
      </div>

      <RulesBuilder
        rules={rules}
        onChange={setRules}
        errors={errors.rules}
        json={rulesJson}
        onJsonChange={setRulesJson}
        jsonError={jsonError}
        onJsonError={setJsonError}
      />

      <fieldset>
        <legend>{t('links.utm.title')}</legend>
        <p className="field__hint utm-hint">{t('links.utm.hint')}</p>
        <div className="form-grid form-grid--3">{UTM_KEYS.map(utmField)}</div>
      </fieldset>

      <fieldset>
        <legend>{t('links.form.options')}</legend>
        <div className="form-grid">
          <Field label={t('links.form.expiresAt')} hint={t('links.form.expiresHint')} error={errors.byField.expiresAt}>
            <input type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} />
          </Field>
          <Field
            label={t('links.form.password')}
            hint={editing && link.hasPassword ? t('links.form.passwordKeep') : t('links.form.passwordHint')}
            error={errors.byField.password}
          >
            <input type="password" autoComplete="new-password" value={password} disabled={removePassword}
              onChange={(e) => setPassword(e.target.value)} />
          </Field>
        </div>
        <div className="checks">
          {editing && link.hasPassword ? (
            <label className="check">
              <input type="checkbox" checked={removePassword} onChange={(e) => setRemovePassword(e.target.checked)} />
              {t('links.form.removePassword')}
            </label>
          ) : null}
          <label className="check">
            <input type="checkbox" checked={addClickId} onChange={(e) => setAddClickId(e.target.checked)} />
            <span>
              {t('links.form.addClickId')}
              <span className="field__hint check__hint">{t('links.form.addClickIdHint')}</span>
            </span>
          </label>
        </div>
      </fieldset>

      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="link-submit">
          {busy ? t('common.working') : editing ? t('links.form.save') : t('links.form.create')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
