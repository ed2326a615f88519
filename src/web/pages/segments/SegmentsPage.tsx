/**
 * `#/segments` and `#/segments/<id>`: the workspace's audience segments. The list says whom each is for in words; the
 * presets start one in a click; the form edits the common cases or the full condition as JSON; the detail panel says
 * what the chosen segment means on each connected channel. Viewers read everything; editors change it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentsApi, type Segment } from '../../api-segments';
import { useApiQuery } from '../../api/queries';
import { Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { can } from '../../lib/roles';
import { Link, navigate } from '../../router';
import { useWorkspace } from '../../session';
import { summarize } from './conditions';
import { PresetsSection } from './PresetsSection';
import { SegmentDetailPanel } from './SegmentDetail';
import { SegmentForm } from './SegmentForm';
import './segments.css';

export function SegmentsPage({ segmentId }: { segmentId: string | null }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const editable = can.editSegments(workspace.role);
  const list = useApiQuery(['segments', workspace.id], () => segmentsApi.list(workspace.id));
  const [creating, setCreating] = useState(false);
  const segments = list.data?.segments ?? [];
  const open = (id: string) => {
    setCreating(false);
    list.reload();
    navigate(`/segments/${id}`);
  };

  return (
    <section className="page page--wide segments" data-testid="segments-page">
      <PageHeader title={t('segments.title')} intro={t('segments.intro')}>
        {editable && !creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="segment-new">
            {t('segments.new')}
          </button>
        ) : null}
      </PageHeader>
      {list.error ? <Notice kind="error">{errorText(list.error)}</Notice> : null}
      <div className="segments__layout">
        <div className="segments__main">
          {creating ? (
            <div className="card">
              <h2>{t('segments.form.createTitle')}</h2>
              <SegmentForm workspaceId={workspace.id} onSaved={(s) => open(s.id)} onCancel={() => setCreating(false)} />
            </div>
          ) : null}
          <SegmentList segments={segments} loading={list.loading && !list.data} selected={segmentId} />
          <PresetsSection workspaceId={workspace.id} editable={editable} empty={list.data !== null && segments.length === 0} onCreated={(s) => open(s.id)} />
        </div>
        {segmentId ? (
          <SegmentDetailPanel
            key={segmentId}
            workspaceId={workspace.id}
            segmentId={segmentId}
            editable={editable}
            onChanged={list.reload}
            onDeleted={() => {
              list.reload();
              navigate('/segments');
            }}
          />
        ) : null}
      </div>
    </section>
  );
}

function SegmentList({ segments, loading, selected }: { segments: Segment[]; loading: boolean; selected: string | null }) {
  const { t, i18n } = useTranslation();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (segments.length === 0) {
    return (
      <div className="card segments__empty" data-testid="segments-empty">
        <p>{t('segments.empty')}</p>
        {/* A button, not an anchor: "#segment-presets" would be read as a route by the hash router. */}
        <button type="button" className="link-button" onClick={() => document.getElementById('segment-presets')?.scrollIntoView({ behavior: 'smooth' })}>
          {t('segments.emptyPresets')}
        </button>
      </div>
    );
  }
  return (
    <ul className="segments__list" data-testid="segment-list">
      {segments.map((s) => (
        <li key={s.id}>
          <Link to={`/segments/${s.id}`} className={`segment-card${s.id === selected ? ' segment-card--on' : ''}`} aria-current={s.id === selected ? 'true' : undefined} data-testid="segment" data-name={s.name}>
            <strong className="segment-card__name">{s.name}</strong>
            <span className="segment-card__summary">{summarize(s.when, t, i18n.language)}</span>
            <span className="segment-card__zone muted">{s.timeZone ? t('segments.zoneGiven', { zone: s.timeZone }) : t('segments.zoneDefault')}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
