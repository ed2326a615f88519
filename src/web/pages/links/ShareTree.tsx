/**
 * The share tree of a link, or of all links of a post: how its visitors passed it on. Five figures with a line each
 * on what they mean, visitors per generation as bars, and the tree itself (the link or post in the middle, each
 * visitor a dot sized by the visits their shares brought). Without any visitor yet, it says what the website needs:
 * the tracking snippet, ready to copy.
 */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api, type Cascade } from '../../api';
import { useApiQuery } from '../../api/queries';
import { useWorkspace } from '../../session';
import { OriginsNote, SnippetTag } from '../../components/SnippetTag';
import { Kpis, StatsSection } from '../../components/StatsSection';
import type { ChartOption } from '../../components/Chart';

// ECharts loads with the first chart shown, in its own chunk (like the link statistics).
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

const ACCENT = '#3451d1';
const ROOT_COLOR = '#1d2330';
const GENERATION_COLORS = ['#3451d1', '#2e9d48', '#d9822b', '#8e44ad', '#c2185b', '#00838f'];
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const AXIS = { color: '#5f6878', fontFamily: FONT, fontSize: 12 };
/** Above this many drawn visitors the tree is drawn radially: a left-to-right tree would be too tall. */
const RADIAL_FROM = 40;

const KPIS = ['visitors', 'maxDepth', 'amplification', 'kFactor', 'structuralVirality'] as const;
type Kpi = (typeof KPIS)[number];

interface TreeDatum {
  name: string;
  value: number;
  generation: number;
  symbolSize: number;
  itemStyle: { color: string; borderColor: string };
  children: TreeDatum[];
}

/** The drawable nodes as one hierarchy under a virtual root (the link or post), built without recursion. */
function hierarchy(cascade: Cascade, rootName: string): { root: TreeDatum; leaves: number } {
  const root: TreeDatum = {
    name: rootName,
    value: 0,
    generation: 0,
    symbolSize: 16,
    itemStyle: { color: ROOT_COLOR, borderColor: '#fff' },
    children: [],
  };
  const byId = new Map<string, TreeDatum>();
  for (const node of cascade.tree.nodes) {
    byId.set(node.id, {
      name: node.id,
      value: Number(node.visits),
      generation: 0,
      symbolSize: Math.min(30, 7 + 3.5 * Math.sqrt(Number(node.visits))),
      itemStyle: { color: ACCENT, borderColor: '#fff' },
      children: [],
    });
  }
  for (const node of cascade.tree.nodes) {
    const datum = byId.get(node.id)!;
    // A parent left out of a capped tree: the node hangs from the root rather than vanishing.
    const parent = (node.parentId && byId.get(node.parentId)) || root;
    parent.children.push(datum);
  }
  // Generations and colors, breadth first.
  const queue: TreeDatum[] = [root];
  let leaves = 0;
  for (let head = 0; head < queue.length; head++) {
    const d = queue[head]!;
    if (d !== root && d.children.length === 0) leaves++;
    for (const child of d.children) {
      child.generation = d.generation + 1;
      child.itemStyle.color = GENERATION_COLORS[(child.generation - 1) % GENERATION_COLORS.length]!;
      queue.push(child);
    }
  }
  return { root, leaves };
}

function formatKpi(kpi: Kpi, value: number, language: string): string {
  const digits = kpi === 'visitors' || kpi === 'maxDepth' ? 0 : 2;
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

function treeOption(cascade: Cascade, rootName: string, t: TFunction): { option: ChartOption; height: number } {
  const { root, leaves } = hierarchy(cascade, rootName);
  const radial = cascade.tree.nodes.length > RADIAL_FROM;
  const height = radial ? 520 : Math.max(220, Math.min(560, leaves * 26 + 40));
  return {
    height,
    option: {
      tooltip: {
        trigger: 'item',
        textStyle: { fontFamily: FONT },
        formatter: (params: unknown) => {
          const data = (params as { data?: TreeDatum }).data;
          if (!data || data.generation === 0) return rootName;
          return t('cascade.tree.tooltip', { generation: data.generation, visits: data.value, shares: data.children.length });
        },
      },
      series: [
        {
          type: 'tree',
          data: [root],
          layout: radial ? 'radial' : 'orthogonal',
          orient: 'LR',
          top: radial ? '6%' : 24,
          bottom: radial ? '6%' : 24,
          left: radial ? '6%' : 24,
          right: radial ? '6%' : 24,
          symbol: 'circle',
          roam: radial,
          expandAndCollapse: false,
          initialTreeDepth: -1,
          lineStyle: { color: '#c5cbd5', width: 1.25, curveness: 0.5 },
          label: { show: false },
          emphasis: { focus: 'ancestor', lineStyle: { color: ACCENT, width: 2 } },
          leaves: { label: { show: false } },
          animation: false,
        },
      ],
    },
  };
}

function generationOption(byGeneration: number[], t: TFunction): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 20, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: FONT } },
    xAxis: {
      type: 'category',
      data: byGeneration.map((_, i) => t('cascade.generationShort', { n: i + 1 })),
      axisLabel: AXIS,
      axisLine: { lineStyle: { color: '#dde1e7' } },
      axisTick: { show: false },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS, splitLine: { lineStyle: { color: '#eef0f3' } } },
    series: [
      {
        type: 'bar',
        name: t('cascade.kpi.visitors'),
        data: byGeneration.map((n, i) => ({ value: n, itemStyle: { color: GENERATION_COLORS[i % GENERATION_COLORS.length] } })),
        barMaxWidth: 48,
        itemStyle: { borderRadius: [4, 4, 0, 0] },
        label: { show: true, position: 'top', color: '#5f6878', fontFamily: FONT },
      },
    ],
  };
}

type Source = { linkId: string } | { postId: string };

export function ShareTree(props: Source) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const language = i18n.language;
  const isLink = 'linkId' in props;
  const id = isLink ? props.linkId : props.postId;
  const cascade = useApiQuery(['cascade', workspace.id, isLink ? 'link' : 'post', id], () =>
    isLink ? api.linkCascade(workspace.id, id) : api.postCascade(workspace.id, id),
  );
  const data = cascade.data;
  const rootName = isLink ? t('cascade.tree.rootLink') : t('cascade.tree.rootPost');
  const tree = useMemo(() => (data && data.metrics.visitors > 0 ? treeOption(data, rootName, t) : null), [data, rootName, t]);
  const generations = useMemo(() => (data ? generationOption(data.metrics.visitorsByGeneration, t) : null), [data, t]);

  return (
    <StatsSection className="cascade" titleId="cascade-title" title={t('cascade.title')} intro={isLink ? t('cascade.introLink') : t('cascade.introPost')}
      testId="share-tree" query={cascade}>
      {(data) => data.metrics.visitors === 0 ? (
        <div className="card cascade__empty" data-testid="share-tree-empty">
          <h3>{t('cascade.empty.title')}</h3>
          <p>{t('cascade.empty.body')}</p>
          <SnippetTag workspaceId={workspace.id} />
          <OriginsNote />
        </div>
      ) : (
        <>
          <Kpis className="kpis--5" items={KPIS.map((kpi) => ({
            key: kpi,
            label: t(`cascade.kpi.${kpi}`),
            value: formatKpi(kpi, Number(data.metrics[kpi]), language),
            hint: t(`cascade.hint.${kpi}`),
            className: `kpi--${kpi}`,
            testId: `cascade-kpi-${kpi}`,
          }))} />
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <div className="cascade__charts">
              <div className="card">
                <h3 className="chart-title">{t('cascade.generations')}</h3>
                {generations ? <Chart option={generations} height={240} label={t('cascade.generationsLabel')} testId="cascade-generations" /> : null}
              </div>
              <div className="card">
                <h3 className="chart-title">{t('cascade.tree.title')}</h3>
                <p className="muted cascade__note">{t('cascade.tree.legend')}</p>
                {tree ? (
                  <Chart option={tree.option} height={tree.height} label={t('cascade.tree.label', { n: data.tree.nodes.length })} testId="cascade-tree" />
                ) : null}
                {data.tree.capped ? (
                  <p className="muted cascade__note" data-testid="cascade-capped">
                    {t('cascade.tree.capped', { shown: data.tree.nodes.length, total: data.tree.total })}
                  </p>
                ) : null}
              </div>
            </div>
          </Suspense>
        </>
      )}
    </StatsSection>
  );
}
