/**
 * `#/ideas`: the content library — an ideas board in four columns (ideas, being shaped, ready, turned into posts),
 * cards dragged between columns or moved with "Move to", search and tag filter (for the ideas and the saved drafts
 * beside the board alike).
 * "Make a post" turns an idea into a draft and opens it in the composer. Viewers read; contributors and above write.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ideasApi, type Idea, type IdeaStage } from '../../api-ideas';
import { useApiQuery } from '../../api/queries';
import { Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { can } from '../../lib/roles';
import { navigate } from '../../router';
import { useWorkspace } from '../../session';
import { columns, positionFor, STAGES, tagChoices } from './board';
import { IdeaCard } from './IdeaCard';
import { IdeaForm, type IdeaDraft } from './IdeaForm';
import { SavedDrafts } from './SavedDrafts';
import './ideas.css';

export function IdeasPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const editable = can.compose(workspace.role);
  const [q, setQ] = useState('');
  const [tag, setTag] = useState('');
  const filter = { ...(q.trim() ? { q: q.trim() } : {}), ...(tag ? { tag } : {}) };
  const board = useApiQuery(['ideas', workspace.id, filter], () => ideasApi.list(workspace.id, filter));
  // Every draft (the same request as the unfiltered list below): their tags join the ideas' in the tag filter.
  const drafts = useApiQuery(['posts', workspace.id, 'draft', {}], () => api.listPosts(workspace.id, { status: 'draft' }));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState<string | null>(null);
  const ideas = board.data?.ideas ?? [];
  const byStage = columns(ideas);

  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setProblem(null);
    try {
      return await work();
    } catch (e) {
      setProblem(errorText(e));
      return null;
    } finally {
      setBusy(false);
      board.reload();
    }
  }

  const add = (draft: IdeaDraft) => run(() => ideasApi.create(workspace.id, draft));
  const move = (idea: Idea, stage: IdeaStage, beforeId: string | null = null) =>
    run(() => ideasApi.update(workspace.id, idea.id, { stage, position: positionFor(byStage[stage], idea.id, beforeId) }));
  const toPost = async (idea: Idea) => {
    const made = await run(() => ideasApi.toPost(workspace.id, idea.id));
    if (made) navigate(`/compose?post=${made.postId}`);
  };

  function drop(stage: IdeaStage, beforeId: string | null) {
    const idea = ideas.find((i) => i.id === dragging);
    setDragging(null);
    if (idea && !(idea.stage === stage && beforeId === idea.id)) void move(idea, stage, beforeId);
  }

  return (
    <section className="page page--wide ideas" data-testid="ideas-page">
      <PageHeader title={t('ideas.title')} intro={t('ideas.intro')} />
      <div className="ideas__toolbar" role="search">
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('ideas.search')} aria-label={t('ideas.search')} />
        <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label={t('ideas.tagsLabel')} data-testid="ideas-tag-filter">
          <option value="">{t('ideas.allTags')}</option>
          {tagChoices(board.data?.tags ?? [], drafts.data?.posts ?? []).map((x) => (
            <option key={x.tag} value={x.tag}>
              #{x.tag} ({x.count})
            </option>
          ))}
        </select>
      </div>
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      {board.error ? <Notice kind="error">{errorText(board.error)}</Notice> : null}
      <div className="ideas__board">
        {STAGES.map((stage) => (
          <section
            key={stage}
            className={`ideas__column${dragging ? ' ideas__column--target' : ''}`}
            aria-label={t(`ideas.stage.${stage}`)}
            onDragOver={(e) => editable && e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const target = (e.target as HTMLElement).closest<HTMLElement>('[data-idea]');
              drop(stage, target?.dataset.idea ?? null);
            }}
            data-testid={`ideas-column-${stage}`}
          >
            <h2>
              {t(`ideas.stage.${stage}`)} <span className="muted">{byStage[stage].length}</span>
            </h2>
            {stage === 'idea' && editable ? <IdeaForm submitLabel={t('ideas.add')} busy={busy} onSubmit={(d) => void add(d)} key={ideas.length} /> : null}
            <ul className="ideas__cards">
              {byStage[stage].map((idea) => (
                <IdeaCard
                  key={idea.id}
                  idea={idea}
                  editable={editable}
                  busy={busy}
                  onDragStart={() => setDragging(idea.id)}
                  onMove={(to) => void move(idea, to)}
                  onSave={async (d) => (await run(() => ideasApi.update(workspace.id, idea.id, d))) !== null}
                  onDelete={() => void run(() => ideasApi.remove(workspace.id, idea.id))}
                  onPost={() => void toPost(idea)}
                />
              ))}
            </ul>
            {byStage[stage].length === 0 ? <p className="muted ideas__empty">{t(`ideas.empty.${stage}`)}</p> : null}
          </section>
        ))}
      </div>
      <SavedDrafts workspaceId={workspace.id} filter={filter} />
    </section>
  );
}
