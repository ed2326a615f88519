/**
 * Everything the composer holds and does, without markup: the post being written (shared text, per-network
 * variants, an X thread, media, schedule), the saved post when editing, the live checks of `POST /posts/validate`
 * and the submit. The page and its sections only show what this returns.
 *
 * @example
 *   const composer = useComposer();
 *   <form onSubmit={composer.submit}>…</form>
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Media, type Post, type PostInput, type Variant, type Violation } from '../../api';
import { useWorkspace } from '../../session';
import { navigate, useRoute } from '../../router';
import { useApiQuery } from '../../api/queries';
import { localInputToUtcIso, utcIsoToLocalInput } from '../../lib/dates';
import { keptMedia } from './MediaPicker';
import type { NetworkGroup } from './NetworkTabs';
import type { Mode } from './SchedulePicker';
import { useChannelSettings } from './useChannelSettings';
import { threadOf } from './ThreadFields';
import { areaOf, type Area } from './violations';
import { errorText } from '../../lib/errors';
import { parseTags } from '../../lib/tags';
import { scheduledLocalOf, tabsOfVariants, variantsOfTabs } from './segmentTabs';
import { useSegmentTabs } from './useSegmentTabs';

const LIVE_CHECK_DELAY_MS = 500;

export function useComposer() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { query } = useRoute();
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  const [text, setText] = useState('');
  const [channelIds, setChannelIds] = useState<string[]>([]);
  const [variants, setVariants] = useState<Record<string, string>>({});
  /** X follow-up posts, each sent as a reply to the one before (the X variant's `options.thread`). */
  const [thread, setThread] = useState<string[]>([]);
  const [media, setMedia] = useState<Media[]>([]);
  /** The campaign the post belongs to ('' for none): its UTM name goes on the tracked links. */
  const [campaignId, setCampaignId] = useState('');
  /** Add each channel's signature at the end of its publications (the server adds it). */
  const [signature, setSignature] = useState(true);
  /** Tags as typed ("summer, drinks"): the saved drafts are found by them, as ideas are. */
  const [tags, setTags] = useState('');
  const initialDate = query.get('date');
  const [mode, setMode] = useState<Mode>(initialDate ? 'schedule' : 'now');
  const [local, setLocal] = useState(initialDate ? `${initialDate}T09:00` : '');
  /** Best time: each channel's best free hour within this many days. */
  const [withinDays, setWithinDays] = useState(7);
  /** Schedule on local clocks: `local`'s date and time in each segment's zone (`scheduledLocal`). */
  const [sameLocal, setSameLocal] = useState(false);
  const segments = useSegmentTabs(workspace.id);
  // Segment variants limited to a network or channel: not edited here, kept as they were.
  const [keptSegmentVariants, setKeptSegmentVariants] = useState<Variant[]>([]);
  const [violations, setViolations] = useState<Violation[]>([]);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [showBlockers, setShowBlockers] = useState(false);
  const editId = query.get('post');
  const existing = useApiQuery(['post', workspace.id, editId], () => (editId ? api.getPost(workspace.id, editId) : Promise.resolve(null)));
  // Which saved post the form holds. Until it holds the one being edited, the form is not shown: a person typing
  // into (or submitting) the empty form would otherwise overwrite the saved post.
  const [filledFrom, setFilledFrom] = useState<string | null>(null);

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

  // Editing: start from the saved post once it has loaded.
  useEffect(() => {
    const post = existing.data;
    if (!post) return;
    fill(post);
    settings.fillFrom(post);
    setFilledFrom(post.id);
  }, [existing.data]); // eslint-disable-line react-hooks/exhaustive-deps

  function fill(post: Post) {
    setText(post.text);
    setChannelIds([...new Set(post.publications.map((p) => p.channelId))]);
    const own = post.variants.filter((v) => v.network && !v.channelId);
    setVariants(Object.fromEntries(own.filter((v) => v.text !== undefined).map((v) => [v.network!, v.text!])));
    setThread(threadOf(own.find((v) => v.network === 'x')?.options));
    setMedia(post.mediaIds.map(keptMedia));
    setCampaignId(post.campaignId ?? '');
    setSignature(post.signature);
    setTags(post.tags.join(', '));
    const { tabs, kept } = tabsOfVariants(post.variants);
    segments.setTabs(tabs);
    setKeptSegmentVariants(kept);
    const chosenBy = post.status === 'draft' ? undefined : post.publications.find((p) => p.dueReason)?.dueReason?.kind;
    if (chosenBy) {
      // Asked again on save: the queue keeps the post's own slot, the best time looks as far as the time it has.
      setMode(chosenBy);
      setWithinDays(daysUntil(post.scheduledAt));
    } else if (post.scheduledLocal && post.status !== 'draft') {
      setMode('schedule');
      setSameLocal(true);
      setLocal(`${post.scheduledLocal.date}T${post.scheduledLocal.time}`);
    } else if (post.scheduledAt && post.status !== 'draft') {
      setMode('schedule');
      setLocal(utcIsoToLocalInput(post.scheduledAt));
    } else setMode('draft');
  }

  // Only the variants of networks still chosen are sent; the thread goes with X's.
  const networkVariants = (): Variant[] =>
    groups.flatMap((g) => {
      const options = g.network === 'x' && thread.length > 0 ? { thread } : undefined;
      if (!(g.network in variants) && !options) return [];
      return [{ network: g.network, ...(g.network in variants ? { text: variants[g.network] } : {}), ...(options ? { options } : {}) }];
    });
  const input = (): PostInput => ({
    text,
    channelIds,
    mediaIds: media.map((m) => m.id),
    variants: [...networkVariants(), ...settings.variants(), ...variantsOfTabs(segments.tabs), ...keptSegmentVariants],
    campaignId: campaignId || null,
    signature,
    tags: parseTags(tags),
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
  }, [text, signature, channelIds.join(), JSON.stringify(variants), JSON.stringify(thread), media.map((m) => m.id).join(), settings.key, JSON.stringify(segments.tabs)]); // eslint-disable-line react-hooks/exhaustive-deps

  const onLocalClocks = mode === 'schedule' && sameLocal;
  const scheduledLocal = onLocalClocks ? scheduledLocalOf(local) : null;
  const scheduledAt = mode === 'schedule' && !sameLocal ? localInputToUtcIso(local) : null;
  // On local clocks the server says which zone's time has passed; it names the segment.
  const scheduleProblem =
    mode === 'schedule' && !scheduledAt && !scheduledLocal
      ? t('composer.pickTime')
      : scheduledAt && Date.parse(scheduledAt) <= Date.now()
        ? t('composer.inPast')
        : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (scheduleProblem) return;
    // What YouTube, TikTok, Pinterest or Snapchat would refuse is not sent; the list under the button says what.
    if (settings.blockers.length > 0) return setShowBlockers(true);
    setBusy(true);
    setSubmitError(null);
    try {
      const when = scheduledLocal
        ? { scheduledLocal }
        : mode === 'schedule'
          ? { scheduledAt: scheduledAt ?? undefined }
          : mode === 'now'
            ? { publishNow: true }
            : mode === 'queue'
              ? { queue: true }
              : mode === 'bestTime'
                ? { bestTime: { withinDays } }
                : {};
      const body: PostInput = { ...input(), ...when };
      const post = editId ? await api.updatePost(workspace.id, editId, body) : await api.createPost(workspace.id, body);
      navigate(`/posts/${post.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.violations.length > 0) setViolations(e.violations);
      else setSubmitError(e);
      setBusy(false);
    }
  }

  // An API error naming a field goes next to that field, like a violation.
  const fieldError = (area: Area) =>
    submitError instanceof ApiError && submitError.field && areaOf(submitError.field) === area ? errorText(submitError) : null;
  const generalError =
    submitError && !(submitError instanceof ApiError && submitError.field && areaOf(submitError.field) !== 'other') && !segments.aboutAny(submitError)
      ? submitError
      : null;

  const onVariant = (network: string, value: string | null) =>
    setVariants(({ [network]: _, ...rest }) => (value === null ? rest : { ...rest, [network]: value }));

  return {
    workspace,
    channels,
    existing,
    editId,
    ready: !editId || filledFrom === editId,
    all,
    chosen,
    groups,
    settings,
    text,
    setText,
    channelIds,
    setChannelIds,
    variants,
    onVariant,
    thread,
    setThread,
    media,
    setMedia,
    campaignId,
    setCampaignId,
    signature,
    setSignature,
    tags,
    setTags,
    mode,
    setMode,
    local,
    setLocal,
    sameLocal,
    setSameLocal,
    withinDays,
    setWithinDays,
    scheduledLocal,
    segments,
    submitError,
    violations,
    fieldError,
    generalError,
    busy,
    showBlockers,
    scheduleProblem,
    submit,
  };
}

export type Composer = ReturnType<typeof useComposer>;

/** Whole days from now to `at` (1–28): a best-time window that still holds that time. */
function daysUntil(at: string | null): number {
  const days = at ? Math.ceil((Date.parse(at) - Date.now()) / 86_400_000) : 7;
  return Math.min(28, Math.max(1, days));
}
