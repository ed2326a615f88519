/**
 * One YouTube, TikTok, Pinterest, Snapchat or LinkedIn page's settings in its network's tab, with what the network would
 * refuse right under them: the browser's own checks (optionChecks.ts) and the server's about these settings.
 */
import { useTranslation } from 'react-i18next';
import type { Channel, Media, Violation } from '../../api';
import type { Board } from '../../api-compose';
import { errorText } from '../../lib/errors';
import { ChannelLabel } from '../../components/ChannelLabel';
import { Notice } from '../../components/Field';
import type { Blocker, ChannelOptions } from './optionChecks';
import type { LoadedOptions } from './useComposeOptions';
import { violationText } from './violations';
import { YouTubeFields } from './YouTubeFields';
import { TikTokFields } from './TikTokFields';
import { PinterestFields } from './PinterestFields';
import { SnapchatFields } from './SnapchatFields';
import { LinkedInFields } from './LinkedInFields';
import './options.css';

interface Props {
  workspaceId: string;
  channel: Channel;
  loaded: LoadedOptions | undefined;
  options: ChannelOptions;
  onChange(next: ChannelOptions): void;
  text: string;
  blockers: Blocker[];
  violations: Violation[];
  canCreateBoard: boolean;
  onBoardCreated(board: Board): void;
  onRetry(): void;
  /** The post's files (a YouTube thumbnail can be one of its images). */
  media: Media[];
  ownThumbnail: Media | undefined;
  onThumbnailUploaded(media: Media): void;
}

export function ChannelOptionsPanel(props: Props) {
  const { t } = useTranslation();
  const { channel, loaded, options, onChange } = props;
  const data = loaded?.data;
  let fields = null;
  if (data?.network === 'youtube') {
    fields = (
      <YouTubeFields
        loaded={data}
        options={options}
        onChange={onChange}
        text={props.text}
        workspaceId={props.workspaceId}
        channel={channel}
        media={props.media}
        ownThumbnail={props.ownThumbnail}
        onThumbnailUploaded={props.onThumbnailUploaded}
      />
    );
  } else if (data?.network === 'tiktok') fields = <TikTokFields loaded={data} options={options} onChange={onChange} />;
  else if (data?.network === 'snapchat') fields = <SnapchatFields loaded={data} options={options} onChange={onChange} />;
  else if (data?.network === 'linkedin') fields = <LinkedInFields loaded={data} options={options} onChange={onChange} />;
  else if (data?.network === 'pinterest') {
    fields = (
      <PinterestFields
        workspaceId={props.workspaceId}
        channelId={channel.id}
        loaded={data}
        options={options}
        onChange={onChange}
        canCreateBoard={props.canCreateBoard}
        onBoardCreated={props.onBoardCreated}
      />
    );
  }

  return (
    <section className="channel-options" data-testid={`options-${channel.id}`} aria-label={t('networkOptions.settingsFor', { handle: channel.handle })}>
      <h4 className="channel-options__title">
        {t('networkOptions.settings')} <ChannelLabel channel={channel} />
      </h4>
      {loaded?.error ? (
        <Notice kind="error">
          {t('networkOptions.loadFailed', { error: errorText(loaded.error) })}{' '}
          <button type="button" className="link-button" onClick={props.onRetry}>
            {t('networkOptions.retry')}
          </button>
        </Notice>
      ) : loaded && 'data' in loaded ? (
        fields
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
      {props.blockers.length + props.violations.length > 0 ? (
        <ul className="blockers" role="alert" data-testid={`blockers-${channel.id}`}>
          {props.blockers.map((b) => (
            <li key={b.key} className="field__error">
              {t(`networkOptions.blockers.${b.key}`, { network: t(`networks.${b.network}`, { defaultValue: b.network }), ...b.params })}
            </li>
          ))}
          {props.violations.map((v) => (
            <li key={`${v.rule}-${v.field}`} className="field__error">
              {violationText(v)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
