/**
 * Who is signed in and which workspace they are working in. The chosen workspace is remembered in localStorage so
 * that a reload, or the Mastodon OAuth round trip, comes back to it.
 *
 * @example
 *   const { workspace, user } = useSession();   // inside <SessionProvider>
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { User, Workspace } from './api';

const WORKSPACE_KEY = 'chorus.workspace';

export interface Session {
  user: User;
  workspaces: Workspace[];
  /** Null only when the account belongs to no workspace yet. */
  workspace: Workspace | null;
  selectWorkspace(id: string): void;
  setWorkspaces(workspaces: Workspace[]): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

interface ProviderProps {
  user: User;
  workspaces: Workspace[];
  onSignOut(): void;
  children: ReactNode;
}

export function SessionProvider({ user, workspaces: initial, onSignOut, children }: ProviderProps) {
  const [workspaces, setWorkspaces] = useState(initial);
  const [selectedId, setSelectedId] = useState(() => localStorage.getItem(WORKSPACE_KEY));
  const workspace = workspaces.find((w) => w.id === selectedId) ?? workspaces[0] ?? null;

  const selectWorkspace = useCallback((id: string) => {
    localStorage.setItem(WORKSPACE_KEY, id);
    setSelectedId(id);
  }, []);

  const value = useMemo<Session>(
    () => ({ user, workspaces, workspace, selectWorkspace, setWorkspaces, signOut: onSignOut }),
    [user, workspaces, workspace, selectWorkspace, onSignOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The current workspace, for pages that only make sense inside one (the layout shows no such page without it). */
export function useWorkspace(): Workspace {
  const { workspace } = useSession();
  if (!workspace) throw new Error('No workspace selected');
  return workspace;
}
