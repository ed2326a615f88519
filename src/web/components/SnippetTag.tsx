/**
 * The website tracking snippet to paste on a site, with this workspace's id and this Chorus's origin, and a button
 * to copy it. Share trees and conversions only fill in on sites that carry it.
 */
import { useTranslation } from 'react-i18next';
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
