/**
 * The card of the first link in a text, once the person stops typing for a moment: one request per address (kept
 * ten minutes in the query cache, as on the server), none while the address is still being typed.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { shareApi, type LinkPreview } from '../../api-share';
import { firstLink } from '../../lib/text';
import { useWorkspace } from '../../session';

const SETTLE_MS = 700;

export function useLinkPreview(text: string): { url: string | null; preview: LinkPreview | null; error: unknown; loading: boolean } {
  const workspace = useWorkspace();
  const typed = firstLink(text);
  const [url, setUrl] = useState<string | null>(typed);
  useEffect(() => {
    const timer = setTimeout(() => setUrl(typed), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const query = useQuery({
    queryKey: ['link-preview', workspace.id, url],
    queryFn: () => shareApi.preview(workspace.id, url ?? ''),
    enabled: Boolean(url),
    retry: false,
    staleTime: 10 * 60_000,
  });
  return { url, preview: query.data ?? null, error: query.error, loading: query.isFetching };
}
