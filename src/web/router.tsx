/**
 * A small hash router: `#/path?query`. Hash routes survive the server's SPA fallback and the Mastodon OAuth callback,
 * which redirects to `/#/channels?connected=<id>`.
 *
 * @example
 *   const route = useRoute();            // { path: '/posts/abc', segments: ['posts', 'abc'], query }
 *   <Link to="/calendar">Calendar</Link>
 *   navigate('/posts/abc');
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type ReactNode } from 'react';

export interface Route {
  path: string;
  segments: string[];
  query: URLSearchParams;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', queryPart = ''] = raw.split('?', 2);
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  return { path, segments: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(queryPart) };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseHash(hash);
}

export function navigate(to: string): void {
  window.location.hash = to;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ReactNode };

export function Link({ to, children, ...rest }: LinkProps) {
  return (
    <a href={`#${to}`} {...rest}>
      {children}
    </a>
  );
}
