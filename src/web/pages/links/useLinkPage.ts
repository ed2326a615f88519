/**
 * The state of one link's page: the link (as loaded, or as last saved), whether it is being edited, archiving and
 * bringing it back, the notice or error to show, and the period its statistics and conversions cover.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ShortLink } from '../../api';
import { queryClient } from '../../api/queries';
import { useLinkQuery, type RangeDays } from './useLinkData';

export function useLinkPage(workspaceId: string, linkId: string) {
  const { t } = useTranslation();
  const loaded = useLinkQuery(workspaceId, linkId);
  const [saved, setSaved] = useState<ShortLink | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [range, setRange] = useState<RangeDays>(30);

  async function setArchived(archived: boolean) {
    setBusy(true);
    setActionError(null);
    try {
      setSaved(await api.updateLink(workspaceId, linkId, { archived }));
      setNotice(archived ? t('links.archivedNotice') : t('links.unarchivedNotice'));
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  return {
    link: saved ?? loaded.data,
    loadError: loaded.error,
    editing,
    busy,
    actionError,
    notice,
    range,
    setRange,
    setArchived,
    startEditing() {
      setNotice(null);
      setEditing(true);
    },
    cancelEditing: () => setEditing(false),
    /** After the form saved: show the new link, and the arms section reloads (arms may have changed). */
    onSaved(next: ShortLink) {
      setSaved(next);
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: ['link-arms', workspaceId, linkId] });
      setNotice(t('links.savedNotice'));
    },
  };
}
