/** The per-network tabs of the composer, with each tab's extras: channel settings, and X's thread. */
import { can } from '../../lib/roles';
import { strictest } from '../../lib/text';
import { ChannelOptionsPanel } from './ChannelOptionsPanel';
import { NetworkTabs, type NetworkGroup } from './NetworkTabs';
import { aboutThread, ThreadFields, ThreadPreview } from './ThreadFields';
import { aboutSettings, shownByPanels } from './useChannelSettings';
import type { Composer } from './useComposer';
import { notOfSegment } from './useSegmentTabs';
import type { ComposeOptions } from '../../api-compose';

const isMemberOfLinkedIn = (data: ComposeOptions | null | undefined) => data?.network === 'linkedin' && !data.audienceTargeting;

export function ComposerNetworks({ composer: c }: { composer: Composer }) {
  const { settings, workspace } = c;
  const shown = c.violations.filter((v) => !shownByPanels(v));
  // A tab is marked when its settings, or X's thread, have a problem (the text's own problems mark it already).
  const flagged = new Set([...settings.blockers.map((b) => b.network), ...(c.violations.some(aboutThread) ? ['x'] : [])]);

  const extra = (group: NetworkGroup) => (
    <>
      {group.network === 'x' ? (
        <ThreadFields thread={c.thread} onChange={c.setThread} limits={strictest(group.channels.map((ch) => ch.limits))!} violations={c.violations} />
      ) : null}
      {settings.withSettings
        // A LinkedIn member's posts cannot be targeted: nothing to set for them.
        .filter((ch) => ch.network === group.network && !isMemberOfLinkedIn(settings.compose.state[ch.id]?.data))
        .map((ch) => (
          <ChannelOptionsPanel
            key={ch.id}
            workspaceId={workspace.id}
            channel={ch}
            loaded={settings.compose.state[ch.id]}
            options={settings.settings[ch.id] ?? {}}
            onChange={(next) => settings.change(ch.id, next)}
            text={c.variants[ch.network] ?? c.text}
            blockers={settings.blockers.filter((b) => b.channelId === ch.id)}
            violations={shown.filter((v) => v.channelId === ch.id && aboutSettings(v))}
            canCreateBoard={can.approve(workspace.role)}
            onBoardCreated={(board) => settings.compose.addBoard(ch.id, board)}
            onRetry={() => settings.compose.retry(ch.id)}
            media={c.media}
            ownThumbnail={settings.thumbnails[ch.id]}
            onThumbnailUploaded={(uploaded) => settings.setThumbnail(ch.id, uploaded)}
          />
        ))}
    </>
  );

  return (
    <NetworkTabs
      groups={c.groups}
      text={c.text}
      variants={c.variants}
      onVariant={c.onVariant}
      media={c.media}
      violations={notOfSegment(c.violations)}
      flagged={flagged}
      extra={extra}
      afterPreview={(channel) => (channel.network === 'x' ? <ThreadPreview channel={channel} thread={c.thread} /> : null)}
    />
  );
}
