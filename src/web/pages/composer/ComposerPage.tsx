/**
 * Writes a post for several accounts at once: shared text with per-network variants, live counters and previews,
 * media with alt text, then publish now, schedule or save as a draft. The API's checks run as the person types
 * (`POST /posts/validate`) and their violations appear next to the part they are about. YouTube, TikTok, Pinterest
 * and Snapchat channels get their own settings in their tab, and what those networks would refuse stops the submit.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Media, type PostInput, type Violation } from '../../api';
import { useWorkspace } from '../../session';
import { navigate, useRoute } from '../../router';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { localInputToUtcIso, utcIsoToLocalInput } from '../../lib/dates';
import { Field, Notice } from '../../components/Field';
import { ChannelPicker } from './ChannelPicker';
import { Counter } from './Counter';
import { keptMedia, MediaPicker } from './MediaPicker';
import { NetworkTabs, type NetworkGroup } from './NetworkTabs';
import { SchedulePicker, type Mode } from './SchedulePicker';
import { areaOf, inArea, violationText } from './violations';
import { aboutSettings, shownByPanels, useChannelSettings } from './useChannelSettings';
import { ChannelOptionsPanel } from './ChannelOptionsPanel';
import { strictest } from '../../lib/text';

const LIVE_CHECK_DELAY_MS = 500;

export function ComposerPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { query } = useRoute();
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  const [text, setText] = useState('');
  const [channelIds, setChannelIds] = useState<string[]>([]);
  const [variants, setVariants] = useState<Record<string, string>>({});
  const [media, setMedia] = useState<Media[]>([]);
  const initialDate = query.get('date');
  const [mode, setMode] = useState<Mode>(initialDate ? 'schedule' : 'now');
  const [local, setLocal] = useState(initialDate ? `${initialDate}T09:00` : '');
  const [violations, setViolations] = useState<Violation[]>([]);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [showBlockers, setShowBlockers] = useState(false);
  const editId = query.get('post');
  const existing = useApiQuery(['post', workspace.id, editId], () => (editId ? api.getPost(workspace.id, editId) : Promise.resolve(null)));
  // Which saved post the form holds. Until it holds the one being edited, the form is not shown: a person typing
  // into (or submitting) the empty form would otherwise overwrite the saved post.
  const [filledFrom, setFilledFrom] = useState<string | null>(null);

  // Editing: start from the saved post once it has loaded.
  useEffect(() => {
    const post = existing.data;
    if (!post) return;
    setText(post.text);
    setChannelIds([...new Set(post.publications.map((p) => p.channelId))]);
    setVariants(
      Object.fromEntries(post.variants.filter((v) => v.network && v.text !== undefined).map((v) => [v.network!, v.text!])),
    );
    setMedia(post.mediaIds.map(keptMedia));
    settings.fillFrom(post);
    if (post.scheduledAt && post.status !== 'draft') {
      setMode('schedule');
      setLocal(utcIsoToLocalInput(post.scheduledAt));
    } else setMode('draft');
    setFilledFrom(post.id);
  }, [existing.data]);

  const all = channels.data?.channels ?? [];
  const chosen = all.filter((c) => channelIds.includes(c.id));
  const groups: NetworkGroup[] = useMemo(() => {
    const byNetwork = new Map<string, NetworkGroup>();
    for (const channel of chosen) {
      const group = byNetwork.get(channel.network) ?? { network: channel.network, channels: [] };
      group.channels.push(channel);
      byNetwork.set(channel.network, group);
    }
    return [...byNetwork.values()];
  }, [chosen.map((c) => c.id).join()]); // eslint-disable-line react-hooks/exhaustive-deps
  const settings = useChannelSettings(workspace.id, chosen, (network) => variants[network] ?? text, media);

  // Only the variants of networks still chosen are sent.
  const input = (): PostInput => ({
    text,
    channelIds,
    mediaIds: media.map((m) => m.id),
    variants: [...groups.filter((g) => g.network in variants).map((g) => ({ network: g.network, text: variants[g.network] })), ...settings.variants()],
  });

  useEffect(() => {
    if (channelIds.length === 0) return setViolations([]);
    const timer = setTimeout(() => {
      api.validatePost(workspace.id, input()).then(
        // "Write some text" while nothing is written yet would only nag; submitting still reports it.
        (result) => setViolations(result.violations.filter((v) => v.rule !== 'empty')),
        () => undefined, // live checks are a help; the real check happens on submit
      );
    }, LIVE_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, channelIds.join(), JSON.stringify(variants), media.map((m) => m.id).join(), settings.key]); // eslint-disable-line react-hooks/exhaustive-deps

  const scheduledAt = mode === 'schedule' ? localInputToUtcIso(local) : null;
  const scheduleProblem =
    mode === 'schedule' && !scheduledAt ? t('composer.pickTime') : scheduledAt && Date.parse(scheduledAt) <= Date.now() ? t('composer.inPast') : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (scheduleProblem) return;
    // What YouTube, TikTok, Pinterest or Snapchat would refuse is not sent; the list under the button says what.
    if (settings.blockers.length > 0) return setShowBlockers(true);
    setBusy(true);
    setSubmitError(null);
    try {
      const body: PostInput = { ...input(), ...(mode === 'schedule' ? { scheduledAt: scheduledAt ?? undefined } : mode === 'now' ? { publishNow: true } : {}) };
      const post = editId ? await api.updatePost(workspace.id, editId, body) : await api.createPost(workspace.id, body);
      navigate(`/posts/${post.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.violations.length > 0) setViolations(e.violations);
      else setSubmitError(e);
      setBusy(false);
    }
  }

  if (!can.compose(workspace.role)) return <Notice kind="info">{t('composer.viewerCannot')}</Notice>;

  // An API error naming a field goes next to that field, like a violation.
  const fieldError = (area: ReturnType<typeof areaOf>) =>
    submitError instanceof ApiError && submitError.field && areaOf(submitError.field) === area ? errorText(submitError) : null;
  const general = submitError && !(submitError instanceof ApiError && submitError.field && areaOf(submitError.field) !== 'other');
  // The server says what each channel can take, converted images included (a PNG for Instagram becomes a JPEG).
  const accept = [...new Set(chosen.flatMap((c) => [...c.attachableTypes.images, ...c.attachableTypes.videos]))];
  const shownViolations = violations.filter((v) => !shownByPanels(v));
  const otherViolations = inArea(shownViolations, 'other').filter((v) => !aboutSettings(v));
  const flagged = new Set(settings.blockers.map((b) => b.network));
  const submitLabel = { now: t('composer.publishNow'), schedule: t('composer.schedule'), draft: t('composer.saveDraft') }[mode];

  return (
    <section className="page page--wide">
      <header className="page__header">
        <h1>{editId ? t('composer.editTitle') : t('composer.title')}</h1>
      </header>
      {channels.error ? <Notice kind="error">{errorText(channels.error)}</Notice> : null}
      {existing.error ? <Notice kind="error">{errorText(existing.error)}</Notice> : null}
      {general ? <Notice kind="error">{errorText(submitError)}</Notice> : null}
      {editId && filledFrom !== editId ? (
        existing.error ? null : <p className="muted">{t('common.loading')}</p>
      ) : (
        <form className="composer" onSubmit={(e) => void submit(e)} noValidate>
          <div className="composer__main card">
            {channels.data ? (
              <ChannelPicker
                channels={all}
                selected={channelIds}
                onChange={setChannelIds}
                error={[fieldError('channels'), ...inArea(violations, 'channels').map(violationText)].filter(Boolean).join(' ') || null}
              />
            ) : (
              <p className="muted">{t('common.loading')}</p>
            )}
            <Field label={t('composer.text')} hint={t('composer.textHint')} error={fieldError('text')}>
              <textarea name="text" rows={6} value={text} onChange={(e) => setText(e.target.value)} data-testid="composer-text" />
            </Field>
            {groups.length > 0 ? (
              <div className="counters" aria-live="polite">
                {groups.map((g) => (
                  <Counter key={g.network} named network={g.network} text={variants[g.network] ?? text} limits={strictest(g.channels.map((c) => c.limits))!} />
                ))}
              </div>
            ) : null}
            <MediaPicker
              workspaceId={workspace.id}
              media={media}
              onChange={setMedia}
              accept={accept}
              errors={[fieldError('media'), ...inArea(shownViolations, 'media').map((v) => `${t(`networks.${v.network}`, { defaultValue: v.network })}: ${violationText(v)}`)].filter(
                (m): m is string => Boolean(m),
              )}
            />
          </div>

          {groups.length > 0 ? (
            <NetworkTabs
              groups={groups}
              text={text}
              variants={variants}
              onVariant={(network, value) =>
                setVariants(({ [network]: _, ...rest }) => (value === null ? rest : { ...rest, [network]: value }))
              }
              media={media}
              violations={violations}
              flagged={flagged}
              extra={(group) =>
                settings.withSettings
                  .filter((c) => c.network === group.network)
                  .map((c) => (
                    <ChannelOptionsPanel
                      key={c.id}
                      workspaceId={workspace.id}
                      channel={c}
                      loaded={settings.compose.state[c.id]}
                      options={settings.settings[c.id] ?? {}}
                      onChange={(next) => settings.change(c.id, next)}
                      text={variants[c.network] ?? text}
                      blockers={settings.blockers.filter((b) => b.channelId === c.id)}
                      violations={shownViolations.filter((v) => v.channelId === c.id && aboutSettings(v))}
                      canCreateBoard={can.approve(workspace.role)}
                      onBoardCreated={(board) => settings.compose.addBoard(c.id, board)}
                      onRetry={() => settings.compose.retry(c.id)}
                      media={media}
                      ownThumbnail={settings.thumbnails[c.id]}
                      onThumbnailUploaded={(uploaded) => settings.setThumbnail(c.id, uploaded)}
                    />
                  ))
              }
            />
          ) : (
            <p className="empty card">{t('composer.pickChannels')}</p>
          )}

          <div className="composer__footer card">
            <SchedulePicker mode={mode} onMode={setMode} local={local} onLocal={setLocal} error={scheduleProblem ?? fieldError('schedule')} />
            {otherViolations.map((v) => (
              <p key={`${v.channelId}-${v.rule}`} className="field__error" role="alert">
                {violationText(v)}
              </p>
            ))}
            {showBlockers && settings.blockers.length > 0 ? (
              <div className="notice notice--error" role="alert" data-testid="composer-blockers">
                <p>{t('networkOptions.blocked')}</p>
                <ul>
                  {settings.blockers.map((b) => (
                    <li key={`${b.channelId}-${b.key}`}>
                      {chosen.find((c) => c.id === b.channelId)?.handle}:{' '}
                      {t(`networkOptions.blockers.${b.key}`, { network: t(`networks.${b.network}`, { defaultValue: b.network }), ...b.params })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {!can.approve(workspace.role) && mode !== 'draft' ? <p className="muted">{t('composer.needsApproval')}</p> : null}
            <div className="composer__actions">
              <button type="submit" className="button button--primary" disabled={busy || channelIds.length === 0} data-testid="composer-submit">
                {busy ? t('common.working') : submitLabel}
              </button>
            </div>
          </div>
        </form>
      )}
    </section>
  );
}
