/**
 * `#/campaigns` and `#/campaigns/<id>`: the workspace's campaigns (archived ones on request) and the form to start
 * one; the chosen campaign's details, its changes (edit, archive, delete while unused) and its funnel report.
 * Viewers read everything; editors change it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsApi, type Campaign } from '../../api-campaigns';
import { useApiQuery } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { can } from '../../lib/roles';
import { Link, navigate } from '../../router';
import { useWorkspace } from '../../session';
import { CampaignForm } from './CampaignForm';
import { CampaignReportSection } from './CampaignReport';
import './campaigns.css';

export function CampaignsPage({ campaignId }: { campaignId: string | null }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const editable = can.editCampaigns(workspace.role);
  const [archived, setArchived] = useState(false);
  const list = useApiQuery(['campaigns', workspace.id, archived], () => campaignsApi.list(workspace.id, archived));
  const [creating, setCreating] = useState(false);
  const campaigns = list.data?.campaigns ?? [];
  const chosen = campaigns.find((c) => c.id === campaignId) ?? null;

  return (
    <section className="page page--wide campaigns" data-testid="campaigns-page">
      <PageHeader title={t('campaigns.title')} intro={t('campaigns.intro')}>
        {editable && !creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="campaign-new">
            {t('campaigns.new')}
          </button>
        ) : null}
      </PageHeader>
      {list.error ? <Notice kind="error">{errorText(list.error)}</Notice> : null}
      <div className="campaigns__layout">
        <div className="campaigns__main">
          {creating ? (
            <div className="card">
              <h2>{t('campaigns.form.createTitle')}</h2>
              <CampaignForm
                workspaceId={workspace.id}
                onCancel={() => setCreating(false)}
                onSaved={(c) => {
                  setCreating(false);
                  list.reload();
                  navigate(`/campaigns/${c.id}`);
                }}
              />
            </div>
          ) : null}
          <label className="campaigns__archived">
            <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} data-testid="campaigns-archived" /> {t('campaigns.showArchived')}
          </label>
          <CampaignList campaigns={campaigns} loading={list.loading && !list.data} selected={campaignId} />
        </div>
        {chosen ? (
          <CampaignPanel
            key={chosen.id}
            workspaceId={workspace.id}
            campaign={chosen}
            editable={editable}
            onChanged={list.reload}
            onDeleted={() => {
              list.reload();
              navigate('/campaigns');
            }}
          />
        ) : null}
      </div>
    </section>
  );
}

function CampaignList({ campaigns, loading, selected }: { campaigns: Campaign[]; loading: boolean; selected: string | null }) {
  const { t, i18n } = useTranslation();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (campaigns.length === 0) return <p className="card muted" data-testid="campaigns-empty">{t('campaigns.empty')}</p>;
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <ul className="campaigns__list" data-testid="campaign-list">
      {campaigns.map((c) => (
        <li key={c.id}>
          <Link to={`/campaigns/${c.id}`} className={`campaign-card${c.id === selected ? ' campaign-card--on' : ''}`} aria-current={c.id === selected ? 'true' : undefined} data-testid="campaign" data-name={c.name}>
            <strong className="campaign-card__name">{c.name}</strong>
            <span className="campaign-card__meta">
              {t(`campaigns.goals.${c.goal}`)} · {day.formatRange(new Date(c.startsAt), new Date(c.endsAt))}
              {c.archivedAt ? ` · ${t('campaigns.archived')}` : ''}
            </span>
            <code className="campaign-card__utm">utm_campaign={c.utmCampaign}</code>
          </Link>
        </li>
      ))}
    </ul>
  );
}

interface PanelProps {
  workspaceId: string;
  campaign: Campaign;
  editable: boolean;
  onChanged(): void;
  onDeleted(): void;
}

function CampaignPanel({ workspaceId, campaign, editable, onChanged, onDeleted }: PanelProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<unknown>, then: () => void) => {
    setError(null);
    try {
      await work();
      then();
    } catch (e) {
      setError(e);
    }
  };
  const archive = () => run(() => campaignsApi.update(workspaceId, campaign.id, { archived: !campaign.archivedAt }), onChanged);
  const remove = () => run(() => campaignsApi.remove(workspaceId, campaign.id), onDeleted);

  return (
    <div className="campaigns__detail" data-testid="campaign-detail">
      <div className="card">
        <header className="campaign-detail__head">
          <h2>{campaign.name}</h2>
          {editable && !editing ? (
            <span className="member-list__actions">
              <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)} data-testid="campaign-edit">
                {t('campaigns.edit')}
              </button>
              <button type="button" className="button button--ghost button--small" onClick={() => void archive()} data-testid="campaign-archive">
                {campaign.archivedAt ? t('campaigns.restore') : t('campaigns.archive')}
              </button>
              <ConfirmButton
                label={t('campaigns.delete')}
                ariaLabel={t('campaigns.deleteNamed', { name: campaign.name })}
                question={t('campaigns.deleteConfirm', { name: campaign.name })}
                yes={t('campaigns.deleteYes')}
                onConfirm={() => void remove()}
              />
            </span>
          ) : null}
        </header>
        {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
        {editing ? (
          <CampaignForm
            workspaceId={workspaceId}
            campaign={campaign}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              onChanged();
            }}
          />
        ) : (
          <p className="muted">{t('campaigns.utmNote', { utm: campaign.utmCampaign })}</p>
        )}
      </div>
      <CampaignReportSection workspaceId={workspaceId} campaignId={campaign.id} />
    </div>
  );
}
