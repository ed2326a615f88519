/**
 * What the listening page shows and does: the workspace's queries, its channels (for the picker and the labels),
 * which query is being edited, and saving or deleting one. Editors and above change queries; everyone reads them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { listeningApi, type ListeningQueryInput } from '../../api-listening';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { useWorkspace } from '../../session';

/** `null`: no form open; `'new'`: the form for a new query; otherwise the id of the query being edited. */
type Editing = null | 'new' | string;

export function useListeningPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queries = useApiQuery(['listening-queries', workspace.id], () => listeningApi.list(workspace.id));
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  const [editing, setEditing] = useState<Editing>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);

  async function save(input: ListeningQueryInput) {
    if (editing === 'new') await listeningApi.create(workspace.id, input);
    else if (editing) await listeningApi.update(workspace.id, editing, input);
    setEditing(null);
    queries.reload();
  }

  async function remove(queryId: string) {
    if (!window.confirm(t('listening.confirmDelete'))) return;
    setRemoveError(null);
    try {
      await listeningApi.remove(workspace.id, queryId);
      queries.reload();
    } catch (e) {
      setRemoveError(e);
    }
  }

  return {
    workspace,
    queries,
    channels: channels.data?.channels ?? [],
    mayEdit: can.approve(workspace.role),
    editing,
    setEditing,
    save,
    remove,
    removeError,
  };
}
