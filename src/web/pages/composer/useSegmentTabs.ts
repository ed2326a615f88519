/**
 * The composer's segment tabs: the workspace's segments (the query the segments page uses), the tabs open on this
 * post, and which of them a server error is about. useComposer holds one of these; SegmentTabs shows it.
 */
import { useState } from 'react';
import { ApiError, type Violation } from '../../api';
import { segmentsApi } from '../../api-segments';
import { useApiQuery } from '../../api/queries';
import { segmentOfError, withoutTab, type SegmentTab } from './segmentTabs';

export function useSegmentTabs(workspaceId: string) {
  const segments = useApiQuery(['segments', workspaceId], () => segmentsApi.list(workspaceId));
  const [tabs, setTabs] = useState<SegmentTab[]>([]);
  const names = new Map((segments.data?.segments ?? []).map((s) => [s.id, s.name]));

  const add = (segmentId: string) => setTabs((now) => (now.some((t) => t.segmentId === segmentId) ? now : [...now, { segmentId, text: null, url: '' }]));
  const remove = (segmentId: string) => setTabs((now) => withoutTab(now, segmentId));
  const change = (segmentId: string, patch: Partial<Omit<SegmentTab, 'segmentId'>>) =>
    setTabs((now) => now.map((t) => (t.segmentId === segmentId ? { ...t, ...patch } : t)));

  /** Whether an error of the server is about one segment's variant (it then shows on that tab, not at the top). */
  const isAbout = (error: unknown, segmentId: string, zone?: string): boolean => {
    if (!(error instanceof ApiError)) return false;
    if (segmentOfError(error.params, names) === segmentId) return true;
    // A local time already past is named by its zone: the tab of the segment timed in it.
    return error.code === 'date_in_past' && zone !== undefined && error.params?.['timeZone'] === zone;
  };
  const aboutAny = (error: unknown) => error instanceof ApiError && segmentOfError(error.params, names) !== null;

  return { segments, tabs, setTabs, names, add, remove, change, isAbout, aboutAny };
}

export type SegmentTabsState = ReturnType<typeof useSegmentTabs>;

/** The violations the network tabs show: those of a segment's variant show on its own tab. */
export const notOfSegment = (violations: Violation[]) => violations.filter((v) => !v.segmentId);
