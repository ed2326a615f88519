/**
 * The current workspace's channels as the whole app sees them, so that the shell can say when one needs
 * reconnecting. Looked up again when the page regains focus, every minute, and whenever a page asks (after a
 * reconnect, or when it sees a held publication).
 *
 * @example
 *   const { needsReconnect, refresh } = useChannelHealth();
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, type Channel } from '../api';

const REFRESH_MS = 60_000;
/** Focus and visibilitychange arrive together when a tab comes back, and a page opened right after the shell
 * loaded needs no second look-up: within this time, the last answer is fresh enough. */
export const QUIET_MS = 2_000;

export interface ChannelHealth {
  /** Null until the first answer (and without a workspace). */
  channels: Channel[] | null;
  needsReconnect: Channel[];
  /** Why the last look-up failed, if it did (the channels page shows it; the banner keeps what it knew). */
  error: unknown;
  /** Looks again, unless the last look-up is younger than `maxAgeMs` (default: look again now). */
  refresh(maxAgeMs?: number): void;
}

const HealthContext = createContext<ChannelHealth>({ channels: null, needsReconnect: [], error: null, refresh: () => undefined });

export function ChannelHealthProvider({ workspaceId, children }: { workspaceId: string | null; children: ReactNode }) {
  const [state, setState] = useState<{ workspaceId: string; channels: Channel[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const lastAt = useRef(0);

  const refresh = useCallback((maxAgeMs = 0) => {
    if (!workspaceId || Date.now() - lastAt.current < maxAgeMs) return;
    lastAt.current = Date.now();
    const run = ++latest.current;
    api.listChannels(workspaceId).then(
      ({ channels }) => {
        if (run !== latest.current) return;
        setState({ workspaceId, channels });
        setError(null);
      },
      // A missed check is retried on the next focus or tick.
      (e: unknown) => run === latest.current && setError(e),
    );
  }, [workspaceId]);

  useEffect(() => {
    setError(null);
    lastAt.current = 0;
    refresh();
    const onFocus = () => refresh(QUIET_MS);
    const onVisible = () => document.visibilityState === 'visible' && onFocus();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(() => document.visibilityState === 'visible' && refresh(), REFRESH_MS);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, [refresh]);

  // Never show one workspace's channels under another's name while the switch is loading.
  const channels = state && state.workspaceId === workspaceId ? state.channels : null;
  const value = useMemo<ChannelHealth>(
    () => ({ channels, needsReconnect: (channels ?? []).filter((c) => c.status === 'needs_reconnect'), error, refresh }),
    [channels, error, refresh],
  );
  return <HealthContext.Provider value={value}>{children}</HealthContext.Provider>;
}

export function useChannelHealth(): ChannelHealth {
  return useContext(HealthContext);
}

/** Where an admin reconnects a channel: the channels page with its connect form open and filled in. */
export function reconnectPath(channel: Pick<Channel, 'id'>): string {
  return `/channels?reconnect=${encodeURIComponent(channel.id)}`;
}
