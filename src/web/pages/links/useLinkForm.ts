/**
 * The state of the link form: every field as the person typed it, the audience rules (built or as JSON), the A/B
 * arms, and the submit that turns them into a create or an edit. An API error is placed under the field it names
 * (`url`, `code`, `utm.source`, `rules[1].when.country.in.0` → the second rule's condition, `variants.arms[1].url`
 * → the second arm's URL).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type LinkInput, type NewLink, type ShortLink, type Utm } from '../../api';
import { useSubmit } from '../../lib/useSubmit';
import { errorText } from '../../lib/errors';
import { localInputToUtcIso, utcIsoToLocalInput } from '../../lib/dates';
import type { RuleErrors } from './RulesBuilder';
import type { ArmErrors, ArmsDraft } from './ArmsEditor';
import { fromRule, parseRulesJson, ruleErrorPlace, toRule, type RuleDraft } from './ruleDrafts';

// utm_campaign is not typed here: it comes from the link's campaign (its UTM name).
export const UTM_KEYS = ['source', 'medium', 'content', 'term'] as const;
const FIELDS = ['url', 'code', 'title', 'tags', 'expiresAt', 'password', 'addClickId', 'campaignId', ...UTM_KEYS.map((k) => `utm.${k}`)];

interface Placed {
  byField: Record<string, string>;
  rules: RuleErrors;
  arms: ArmErrors;
  general: string | null;
}

/** Puts an API error under the field it names; what names no field of this form goes above it. */
function placeError(error: unknown): Placed {
  const none: Placed = { byField: {}, rules: { at: null, general: null }, arms: {}, general: null };
  if (!error) return none;
  const text = errorText(error);
  const field = error instanceof ApiError ? error.field : undefined;
  if (field) {
    const rule = ruleErrorPlace(field);
    if (rule) return { ...none, rules: { at: { ...rule, text }, general: null } };
    if (field === 'rules' || field.startsWith('rules.')) return { ...none, rules: { at: null, general: text } };
    const arm = /^variants\.arms\[(\d+)\]\.(id|url|weight)/.exec(field);
    if (arm) return { ...none, arms: { [`${arm[1]}.${arm[2]}`]: text } };
    if (field.startsWith('variants')) return { ...none, arms: { general: text } };
    const utm = field.match(/^utm\.(\w+)/)?.[1];
    if (utm && FIELDS.includes(`utm.${utm}`)) return { ...none, byField: { [`utm.${utm}`]: text } };
    const head = field.split(/[.[]/)[0] ?? field;
    if (FIELDS.includes(head)) return { ...none, byField: { [head]: text } };
  }
  return { ...none, general: text };
}

export function useLinkForm(workspaceId: string, link: ShortLink | undefined, onSaved: (link: ShortLink) => void) {
  const { t } = useTranslation();
  const editing = link !== undefined;
  const [url, setUrl] = useState(link?.url ?? '');
  const [code, setCode] = useState('');
  const [title, setTitle] = useState(link?.title ?? '');
  const [tags, setTags] = useState(link?.tags.join(', ') ?? '');
  const [utm, setUtm] = useState<Utm>(link?.utm ?? {});
  const [campaignId, setCampaignId] = useState(link?.campaignId ?? '');
  const [rules, setRules] = useState<RuleDraft[]>(() => (link?.rules ?? []).map(fromRule));
  const [rulesJson, setRulesJson] = useState<string | null>(null);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [arms, setArms] = useState<ArmsDraft | null>(link?.variants ?? null);
  const [expires, setExpires] = useState(link?.expiresAt ? utcIsoToLocalInput(link.expiresAt) : '');
  const [password, setPassword] = useState('');
  const [removePassword, setRemovePassword] = useState(false);
  const [addClickId, setAddClickId] = useState(link?.addClickId ?? false);
  const { busy, error, submit } = useSubmit(FIELDS);

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
    ) as NonNullable<NewLink['utm']>;
    const tagList = [...new Set(tags.split(',').map((s) => s.trim()).filter(Boolean))];
    const input: LinkInput & NewLink = {
      url: url.trim(),
      title: title.trim(),
      utm: cleanUtm,
      campaignId: campaignId || null,
      rules: drafts.map(toRule),
      tags: tagList,
      expiresAt: localInputToUtcIso(expires),
      addClickId,
    };
    if (password) input.password = password;
    else if (editing && removePassword) input.password = null;
    // Turning the test off on a link that had one removes its arms; a new link without arms sends nothing.
    if (arms) input.variants = { mode: arms.mode, arms: arms.arms.map((a) => ({ id: a.id.trim(), url: a.url.trim(), weight: a.weight })) };
    else if (editing && link.variants) input.variants = null;
    void submit(async () => {
      if (editing) return onSaved(await api.updateLink(workspaceId, link.id, input));
      if (code.trim()) input.code = code.trim();
      if (!input.title) delete input.title;
      if (input.expiresAt === null) delete input.expiresAt;
      onSaved(await api.createLink(workspaceId, input));
    }, { leaves: !editing });
  }

  return {
    editing,
    busy,
    errors: placeError(error),
    onSubmit,
    fields: { url, code, title, tags, utm, campaignId, expires, password, removePassword, addClickId },
    set: { setUrl, setCode, setTitle, setTags, setUtm, setCampaignId, setExpires, setPassword, setRemovePassword, setAddClickId },
    rules: { rules, setRules, rulesJson, setRulesJson, jsonError, setJsonError },
    arms: { arms, setArms },
  };
}
