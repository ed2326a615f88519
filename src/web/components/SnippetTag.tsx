/**
 * The website tracking snippet to paste on a site, with this workspace's id and this Chorus's origin, and a button
 * to copy it. Share trees and conversions only fill in on sites that carry it.
 */
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../session';
import { Link } from '../router';
import { can } from '../lib/roles';
import { CopyButton } from './CopyButton';

/** `<script src="https://chorus.example/t.js" data-workspace="WS_ID" async></script>` */
export function snippetTag(workspaceId: string, origin = window.location.origin): string {
  return `<script src="${origin}/t.js" data-workspace="${workspaceId}" async></script>`;
}

export function SnippetTag({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const tag = snippetTag(workspaceId);
  return (
    <div className="snippet" data-testid="snippet-tag">
      <code className="snippet__code">{tag}</code>
      <CopyButton text={tag} label={t('tracking.copySnippet')} />
    </div>
  );
}

/** Under the snippet: the site's origin must be allowed, in the workspace settings (a link for those who may change them). */
export function OriginsNote() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <p className="muted cascade__note">
      {t('cascade.empty.origins')}{' '}
      {can.manageMembers(workspace.role) ? <Link to="/workspace">{t('cascade.empty.settings')}</Link> : t('cascade.empty.askAdmin')}
    </p>
  );
}
