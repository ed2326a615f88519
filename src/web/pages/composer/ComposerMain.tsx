/** The composer's first card: the accounts to post to, the shared text with a counter per network, the media, the campaign. */
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { strictest } from '../../lib/text';
import { ChannelPicker } from './ChannelPicker';
import { Counter } from './Counter';
import { MediaPicker } from './MediaPicker';
import { ShareAudit } from './LinkCard';
import { useLinkPreview } from './useLinkPreview';
import { CampaignPicker } from '../campaigns/CampaignPicker';
import { shownByPanels } from './useChannelSettings';
import { TemplateTools } from './TemplateTools';
import { WritingHelp } from './WritingHelp';
import { inArea, violationText } from './violations';
import type { Composer } from './useComposer';

export function ComposerMain({ composer: c }: { composer: Composer }) {
  const { t } = useTranslation();
  const link = useLinkPreview(c.text);
  // The server says what each channel can take, converted images included (a PNG for Instagram becomes a JPEG).
  const accept = [...new Set(c.chosen.flatMap((ch) => [...ch.attachableTypes.images, ...ch.attachableTypes.videos]))];
  const mediaErrors = [
    c.fieldError('media'),
    ...inArea(c.violations.filter((v) => !shownByPanels(v)), 'media').map((v) => `${t(`networks.${v.network}`, { defaultValue: v.network })}: ${violationText(v)}`),
  ].filter((m): m is string => Boolean(m));

  return (
    <div className="composer__main card">
      {c.channels.data ? (
        <ChannelPicker
          channels={c.all}
          selected={c.channelIds}
          onChange={c.setChannelIds}
          error={[c.fieldError('channels'), ...inArea(c.violations, 'channels').map(violationText)].filter(Boolean).join(' ') || null}
        />
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
      <Field label={t('composer.text')} hint={t('composer.textHint')} error={c.fieldError('text')}>
        <textarea name="text" rows={6} value={c.text} onChange={(e) => c.setText(e.target.value)} data-testid="composer-text" />
      </Field>
      <TemplateTools composer={c} />
      <WritingHelp composer={c} />
      {c.groups.length > 0 ? (
        <div className="counters" aria-live="polite">
          {c.groups.map((g) => (
            <Counter key={g.network} named network={g.network} text={c.variants[g.network] ?? c.text} limits={strictest(g.channels.map((ch) => ch.limits))!} />
          ))}
        </div>
      ) : null}
      <MediaPicker workspaceId={c.workspace.id} media={c.media} onChange={c.setMedia} accept={accept} errors={mediaErrors} />
      <ShareAudit {...link} />
      <CampaignPicker workspaceId={c.workspace.id} value={c.campaignId} onValue={c.setCampaignId} />
      <Field label={t('composer.tags')} hint={t('composer.tagsHint')} error={c.fieldError('tags')}>
        <input name="tags" value={c.tags} onChange={(e) => c.setTags(e.target.value)} data-testid="composer-tags" />
      </Field>
    </div>
  );
}
