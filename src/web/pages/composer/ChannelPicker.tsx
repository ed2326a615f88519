/** Which accounts the post goes to. Accounts that need reconnecting can't be chosen until they are reconnected. */
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { Link } from '../../router';
import { ChannelLabel } from '../../components/ChannelLabel';

interface Props {
  channels: Channel[];
  selected: string[];
  onChange(ids: string[]): void;
  error?: string | null;
}

export function ChannelPicker({ channels, selected, onChange, error }: Props) {
  const { t } = useTranslation();
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  if (channels.length === 0) {
    return (
      <p className="empty">
        {t('composer.noChannels')} <Link to="/channels">{t('composer.connectFirst')}</Link>
      </p>
    );
  }
  return (
    <fieldset className={`channel-picker${error ? ' field--invalid' : ''}`}>
      <legend>{t('composer.channels')}</legend>
      <div className="channel-picker__options">
        {channels.map((channel) => {
          const usable = channel.status === 'active';
          return (
            <label key={channel.id} className={`channel-option${selected.includes(channel.id) ? ' channel-option--on' : ''}`}>
              <input
                type="checkbox"
                checked={selected.includes(channel.id)}
                disabled={!usable}
                onChange={() => toggle(channel.id)}
                data-testid={`pick-${channel.network}`}
              />
              <ChannelLabel channel={channel} />
              {!usable ? <span className="muted">{t(`channels.status.${channel.status}`)}</span> : null}
            </label>
          );
        })}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
