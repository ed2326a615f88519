/**
 * A campaign's results as a PDF report: the funnel chart as on screen, the totals and every breakdown (network,
 * channel, segment, post) as tables, over the campaign's days, in the reader's language.
 */
import type { TFunction } from 'i18next';
import type { CampaignReport } from '../../api-campaigns';
import type { ChartImage } from '../../lib/pdf/chartImages';
import type { PdfBlock, PdfReport } from '../../lib/pdf/layout';
import { reportMeta } from '../../lib/pdf/meta';
import { BREAKDOWNS, FIGURE_KEYS, rowFigures, rowLabel } from './reportCells';

export interface CampaignPdfInput {
  data: CampaignReport;
  images: ChartImage[];
  workspace: string;
  t: TFunction;
  language: string;
  now?: Date;
}

export function campaignPdf({ data, images, workspace, t, language, now }: CampaignPdfInput): PdfReport {
  const figures = FIGURE_KEYS.map((key) => t(`campaigns.report.${key}`));
  const total = rowFigures(data.total, language);
  const blocks: PdfBlock[] = [
    ...images.map((image): PdfBlock => ({ kind: 'image', ...image })),
    { kind: 'heading', text: t('campaigns.report.total') },
    { kind: 'figures', rows: FIGURE_KEYS.map((key, i) => ({ label: figures[i]!, value: total[i]! })) },
  ];
  for (const by of BREAKDOWNS) {
    blocks.push({ kind: 'heading', text: t('pdf.breakdown', { by: t(`campaigns.report.${by}`).toLocaleLowerCase(language) }) });
    if (data[by].length === 0) blocks.push({ kind: 'text', text: t('campaigns.report.nothing') });
    else blocks.push({ kind: 'table', head: [t(`campaigns.report.${by}`), ...figures], rows: data[by].map((r) => [rowLabel(r, by, t('campaigns.report.none')), ...rowFigures(r, language)]) });
  }
  blocks.push({ kind: 'text', text: t('campaigns.report.intro') });
  return {
    title: t('pdf.campaignTitle', { campaign: data.campaign.name }),
    meta: reportMeta(t, language, workspace, data.campaign.startsAt, data.campaign.endsAt, t('pdf.goal', { goal: t(`campaigns.goals.${data.campaign.goal}`) }), now),
    blocks,
    footer: `${workspace} · ${data.campaign.name}`,
    pageLabel: (n, total) => t('pdf.page', { n, total }),
  };
}
