/**
 * One segment as it stands now: whom it is for, resolved (the countries hot this month, its time zone and why), and
 * on each connected channel how a variant reaches those people — the network's own targeting, or its own publication
 * at the same local time in the segment's zone — and why. Editors change or delete it here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentsApi, type ChannelReach, type SegmentDetail } from '../../api-segments';
import { useApiQuery } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Field';
import { NetworkLogo } from '../../components/NetworkLogo';
import { errorText, violationSentence } from '../../lib/errors';
import { CountryList } from './ConditionFields';
import { summarize } from './conditions';
import { SegmentForm } from './SegmentForm';
import { VariableList } from '../templates/VariableList';
import '../templates/templates.css';

interface Props {
  workspaceId: string;
  segmentId: string;
  editable: boolean;
  onChanged(): void;
  onDeleted(): void;
}

export function SegmentDetailPanel({ workspaceId, segmentId, editable, onChanged, onDeleted }: Props) {
  const { t } = useTranslation();
  const detail = useApiQuery(['segment', workspaceId, segmentId], () => segmentsApi.get(workspaceId, segmentId));
  const [editing, setEditing] = useState(false);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const segment = detail.data;
  const remove = async () => {
    setRemoveError(null);
    try {
      await segmentsApi.remove(workspaceId, segmentId);
      onDeleted();
    } catch (e) {
      setRemoveError(e);
    }
  };

  return (
    <aside className="card segment-detail" data-testid="segment-detail" aria-labelledby="segment-detail-title">
      {detail.error ? <Notice kind="error">{errorText(detail.error)}</Notice> : null}
      {!segment ? <p className="muted">{t('common.loading')}</p> : (
        <>
          <header className="segment-detail__head">
            <h2 id="segment-detail-title">{segment.name}</h2>
            {editable && !editing ? (
              <span className="member-list__actions">
                <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)} data-testid="segment-edit">
                  {t('segments.edit')}
                </button>
                <ConfirmButton
                  label={t('segments.delete')}
                  ariaLabel={t('segments.deleteNamed', { name: segment.name })}
                  question={t('segments.deleteConfirm', { name: segment.name })}
                  yes={t('segments.deleteYes')}
                  onConfirm={() => void remove()}
                />
              </span>
            ) : null}
          </header>
          {removeError ? <Notice kind="error">{errorText(removeError)}</Notice> : null}
          {editing ? (
            <SegmentForm
              workspaceId={workspaceId}
              segment={segment}
              onCancel={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                detail.reload();
                onChanged();
              }}
            />
          ) : (
            <>
              <Meaning segment={segment} />
              <h3>{t('templates.segment.variables')}</h3>
              <p className="muted">{t('templates.segment.variablesIntro')}</p>
              <VariableList workspaceId={workspaceId} segmentId={segmentId} editable={editable} />
            </>
          )}
        </>
      )}
    </aside>
  );
}

function Meaning({ segment }: { segment: SegmentDetail }) {
  const { t, i18n } = useTranslation();
  const { resolved } = segment;
  const at = new Date(resolved.at).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const countries = resolved.audience.countries;
  return (
    <>
      <p className="segment-detail__summary">{summarize(segment.when, t, i18n.language)}</p>
      <dl className="segment-facts">
        <dt>{t('segments.detail.zone')}</dt>
        <dd data-testid="segment-zone">
          <strong>{resolved.timeZone}</strong> <span className="muted">{t(`segments.zoneRule.${resolved.timeZoneChoice.rule}`, resolved.timeZoneChoice.params)}</span>
        </dd>
        {resolved.climates.map((c) => (
          <div key={c.path} className="segment-facts__row">
            <dt>{t('segments.detail.climateNow', { climates: c.climates.map((x) => t(`segments.climates.${x}`)).join(', ') })}</dt>
            <dd>{t('segments.detail.countriesCount', { count: c.countries.length, at })}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('segments.detail.audience')}</h3>
      {countries === null ? <p className="muted">{t('segments.detail.everywhere')}</p> : countries.length === 0 ? (
        <p className="muted">{t('segments.detail.nobodyNow')}</p>
      ) : (
        <CountryList codes={countries} language={i18n.language} testId="segment-countries" />
      )}
      <AudienceFacts audience={resolved.audience} />
      {resolved.timingOnly.length > 0 ? (
        <ul className="segment-timing">
          {resolved.timingOnly.map((x) => (
            <li key={x.path}>
              <code>{x.path || 'when'}</code> {t(`segments.timingOnly.${x.rule}`)}
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t('segments.detail.channels')}</h3>
      {segment.channels.length === 0 ? <p className="muted">{t('segments.detail.noChannels')}</p> : (
        <ul className="reach-list" data-testid="segment-channels">
          {segment.channels.map((c) => (
            <ReachItem key={c.channelId} reach={c} zone={resolved.timeZone} />
          ))}
        </ul>
      )}
    </>
  );
}

function AudienceFacts({ audience }: { audience: SegmentDetail['resolved']['audience'] }) {
  const { t } = useTranslation();
  const facts: string[] = [];
  if (audience.languages) facts.push(t('segments.detail.languages', { list: audience.languages.join(', ') }));
  if (audience.regions) facts.push(t('segments.detail.regions', { list: audience.regions.join(', ') }));
  if (audience.ageMin !== null || audience.ageMax !== null) facts.push(t('segments.detail.ages', { min: audience.ageMin ?? 13, max: audience.ageMax ?? '65+' }));
  if (audience.genders) facts.push(audience.genders.map((g) => t(`segments.genders.${g}`)).join(', '));
  if (audience.interests) facts.push(t('segments.detail.interests', { list: audience.interests.join(', ') }));
  if (facts.length === 0) return null;
  return (
    <ul className="segment-tags">
      {facts.map((f) => (
        <li key={f} className="pill">{f}</li>
      ))}
    </ul>
  );
}

function ReachItem({ reach, zone }: { reach: ChannelReach; zone: string }) {
  const { t } = useTranslation();
  const network = t(`networks.${reach.network}`, { defaultValue: reach.network });
  const kind = reach.why === 'native' ? 'native' : reach.why === 'native_refused' ? 'refused' : 'timing';
  return (
    <li className={`reach reach--${kind}`} data-testid="segment-channel" data-network={reach.network}>
      <NetworkLogo network={reach.network} size={28} />
      <div className="reach__body">
        <p className="reach__head">
          <strong>{network}</strong> <span className="muted">{reach.handle}</span>{' '}
          <span className={`pill reach__badge reach__badge--${kind}`}>{t(`segments.reach.badge.${kind}`)}</span>
        </p>
        <p className="reach__text">{t(`segments.reach.${reach.why}`, { network, zone })}</p>
        {reach.violations.length > 0 ? (
          <ul className="reach__notes">
            {reach.violations.map((v) => (
              <li key={v.rule}>{violationSentence(v.rule, { network: reach.network, ...v.params }, v.message)}</li>
            ))}
          </ul>
        ) : null}
        {reach.unsupported.length > 0 ? (
          <ul className="reach__notes">
            {reach.unsupported.map((u) => (
              <li key={`${u.facet}-${u.rule}`}>{t('segments.reach.unsupported', { facet: u.facet, reason: u.reason })}</li>
            ))}
          </ul>
        ) : null}
        {reach.native ? (
          <details className="reach__native">
            <summary>{t('segments.reach.parameters')}</summary>
            <pre>{JSON.stringify(reach.native, null, 2)}</pre>
          </details>
        ) : null}
      </div>
    </li>
  );
}
