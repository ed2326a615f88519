/**
 * The state of the link-in-bio editor: the saved page (a 404 on the first load means none was saved yet), the
 * workspace's links to pick from, the draft being edited, and saving it. The draft starts from the saved page, or
 * from an empty one in the reader's language.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Bio, type BioInput, type BioItem, type ShortLink } from '../../api';
import { useApiQuery } from '../../api/queries';
import { useSubmit } from '../../lib/useSubmit';
import { displayUrl } from './format';
import { isThemeName, type ThemeName } from './BioThemes';

const FIELDS = ['slug', 'title', 'description', 'theme', 'lang', 'avatarMediaId', 'items'] as const;

/**
 * The page as the editor holds it: the saved page's own fields (the avatar's signed URL only to show it, never sent),
 * with its items as they are sent back.
 */
export type Draft = Pick<Bio, 'slug' | 'title' | 'description' | 'theme' | 'lang' | 'avatarMediaId' | 'avatarUrl'> & { items: BioItem[] };

const EMPTY: Draft = { slug: '', title: '', description: '', theme: 'light', lang: 'en', avatarMediaId: null, avatarUrl: null, items: [] };

function draftOf(bio: Bio): Draft {
  return {
    slug: bio.slug,
    title: bio.title,
    description: bio.description,
    theme: bio.theme,
    lang: bio.lang,
    avatarMediaId: bio.avatarMediaId,
    avatarUrl: bio.avatarUrl,
    items: bio.items.map((i) => ({ linkId: i.linkId, label: i.label })),
  };
}

export const linkName = (link: ShortLink) => link.title || displayUrl(link.url);

export function useBioPage(workspaceId: string) {
  const { t, i18n } = useTranslation();
  const loaded = useApiQuery(['bio', workspaceId], () =>
    api.getBio(workspaceId).catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
  );
  const links = useApiQuery(['links', workspaceId, false, ''], () => api.listLinks(workspaceId, { archived: false }));
  const [saved, setSaved] = useState<Bio | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submitting = useSubmit(FIELDS);
  const bio = saved ?? loaded.data ?? null;

  // The form starts from the saved page (or an empty one, in the reader's language) once it has loaded.
  useEffect(() => {
    if (draft || loaded.loading || loaded.error) return;
    setDraft(loaded.data ? draftOf(loaded.data) : { ...EMPTY, lang: i18n.language.slice(0, 2) });
  }, [draft, loaded.loading, loaded.error, loaded.data, i18n.language]);

  const linkById = useMemo(() => new Map((links.data?.links ?? []).map((l) => [l.id, l])), [links.data]);
  const savedItems = useMemo(() => new Map((bio?.items ?? []).map((i) => [i.linkId, i])), [bio]);

  const set = (patch: Partial<Draft>) => {
    setNotice(null);
    setDraft((current) => (current ? { ...current, ...patch } : current));
  };

  function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    void submitting.submit(async () => {
      const next = await api.saveBio(workspaceId, {
        slug: draft.slug.trim(),
        title: draft.title,
        description: draft.description,
        // A theme this page does not know (a newer server's) is left as it was rather than sent back.
        theme: isThemeName(draft.theme) ? draft.theme : undefined,
        lang: draft.lang.trim() || undefined,
        avatarMediaId: draft.avatarMediaId,
        items: draft.items,
      });
      setSaved(next);
      setDraft(draftOf(next));
      setNotice(t('bio.saved'));
    });
  }

  return { loadError: loaded.error, bio, draft, notice, set, save, links: links.data?.links ?? [], linkById, savedItems, ...submitting };
}
