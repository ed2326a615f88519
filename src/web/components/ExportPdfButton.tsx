/**
 * "Export PDF": draws the charts inside `root` as they are on screen, asks the page for the rest of the report (key
 * figures and tables, as text, in the reader's language) and downloads it. jsPDF loads on the first click only.
 *
 * @example
 *   <ExportPdfButton root={sectionRef} fileName={pdfFileName('analytics', ws.name, from, to)} report={(images) => …} testId="analytics-pdf" />
 */
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { chartImagesIn, type ChartImage } from '../lib/pdf/chartImages';
import type { PdfReport } from '../lib/pdf/layout';

interface Props {
  /** The section whose charts go into the PDF. */
  root: RefObject<HTMLElement | null>;
  fileName: string;
  report(images: ChartImage[]): PdfReport | Promise<PdfReport>;
  testId: string;
  disabled?: boolean;
}

export function ExportPdfButton({ root, fileName, report, testId, disabled }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function exportPdf() {
    setState('busy');
    try {
      const [{ downloadPdf }, images] = await Promise.all([import('../lib/pdf/render'), chartImagesIn(root.current)]);
      await downloadPdf(await report(images), fileName);
      setState('idle');
    } catch (error) {
      console.error(error);
      setState('failed');
    }
  }
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void exportPdf()} disabled={disabled || state === 'busy'} data-testid={testId}>
        {state === 'busy' ? t('pdf.making') : t('pdf.export')}
      </button>
      {state === 'failed' ? (
        <span className="field__error" role="alert">
          {t('pdf.failed')}
        </span>
      ) : null}
    </>
  );
}
