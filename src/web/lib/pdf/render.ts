/**
 * Draws a laid-out report with jsPDF and hands it to the browser as a download. Only ever imported dynamically (by
 * ExportPdfButton), so jsPDF stays out of the app's main bundle and loads the first time someone exports.
 *
 * @example
 *   const { downloadPdf } = await import('../lib/pdf/render');
 *   await downloadPdf(report, 'chorus-analytics-acme-2026-11-10-2026-12-07.pdf');
 */
import { jsPDF } from 'jspdf';
import { layoutReport, type PdfReport, type PdfStep, type Wrap } from './layout';
import { pdfSafe } from './text';

const INK = 28;
const MUTED: [number, number, number] = [95, 104, 120];

function draw(doc: jsPDF, step: PdfStep): void {
  if (step.op === 'image') {
    doc.addImage(step.dataUrl, 'PNG', step.x, step.y, step.width, step.height, undefined, 'FAST');
    return;
  }
  if (step.op === 'rule') {
    doc.setDrawColor(225, 228, 233);
    doc.setLineWidth(0.2);
    doc.line(step.x1, step.y1, step.x2, step.y2);
    return;
  }
  doc.setFont('helvetica', step.bold ? 'bold' : 'normal');
  doc.setFontSize(step.size);
  if (step.muted) doc.setTextColor(...MUTED);
  else doc.setTextColor(INK);
  doc.text(pdfSafe(step.text), step.x, step.y, { align: step.align ?? 'left' });
}

/** The report as a jsPDF document: A4, one page per laid-out page, its title in the file's properties. */
export function buildPdf(report: PdfReport): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({ title: pdfSafe(report.title), subject: pdfSafe(report.meta.join(' · ')), creator: 'Chorus' });
  const wrap: Wrap = (text, size, width, bold) => {
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    return doc.splitTextToSize(pdfSafe(text), width) as string[];
  };
  layoutReport(report, wrap).forEach((page, i) => {
    if (i > 0) doc.addPage('a4', 'portrait');
    for (const step of page) draw(doc, step);
  });
  return doc;
}

/** Builds the report and saves it under `fileName` (a download, through a blob: link). */
export async function downloadPdf(report: PdfReport, fileName: string): Promise<void> {
  await buildPdf(report).save(fileName, { returnPromise: true });
}
