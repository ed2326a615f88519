/**
 * A report laid out on A4 pages, as a list of drawing steps per page: no PDF library here, so the page breaks, the
 * wrapping and the file name are plain functions a test can check. `render.ts` draws the steps with jsPDF.
 *
 * @example
 *   const pages = layoutReport(report, wrapper);   // PdfStep[][], one array per page, footers included
 */

/** A4 portrait in millimetres, with 15 mm margins. */
export const PAGE = { width: 210, height: 297, margin: 15 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Where the footer's baseline sits; the content stops a little above it. */
const FOOTER_Y = PAGE.height - 8;
const BOTTOM = PAGE.height - PAGE.margin;
/** The tallest a chart may be drawn, so that a page holds about two. */
const MAX_IMAGE_HEIGHT = 110;

export const SIZES = { title: 16, heading: 12, text: 9.5, meta: 9, table: 7.5, footer: 8 } as const;

/** A font size in points as a line's height in millimetres (1 pt = 0.3528 mm, lines 1.3 times the size). */
export const lineHeight = (size: number) => size * 0.3528 * 1.3;

export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  /** Key figures: a label and its value per line. */
  | { kind: 'figures'; rows: Array<{ label: string; value: string }> }
  /** A table whose first column names the row; the others are right-aligned figures. */
  | { kind: 'table'; head: string[]; rows: string[][] }
  /** A chart as a PNG data URL, with its size in pixels (only the proportion counts). */
  | { kind: 'image'; title: string; dataUrl: string; width: number; height: number };

export interface PdfReport {
  title: string;
  /** Lines under the title: workspace, period, filters, when it was made. */
  meta: string[];
  blocks: PdfBlock[];
  /** The footer of page `n` of `total` in the reader's language ("Page 2 of 5"). */
  pageLabel(n: number, total: number): string;
  /** Left of the footer on every page (the workspace's name). */
  footer: string;
}

export type PdfStep =
  | { op: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; align?: 'left' | 'right' | 'center'; muted?: boolean }
  | { op: 'image'; x: number; y: number; width: number; height: number; dataUrl: string }
  | { op: 'rule'; x1: number; y1: number; x2: number; y2: number };

/** Splits `text` into lines no wider than `width` mm at `size` pt (jsPDF's splitTextToSize in the browser). */
export type Wrap = (text: string, size: number, width: number, bold?: boolean) => string[];

/** Fills pages top to bottom; a block that does not fit on what is left of a page starts the next one. */
class Pages {
  readonly pages: PdfStep[][] = [[]];
  y: number = PAGE.margin;

  get current(): PdfStep[] {
    return this.pages[this.pages.length - 1]!;
  }

  /** Makes room for `height` mm, on a new page when this one is too full (unless it is still empty). */
  room(height: number): void {
    if (this.y + height > BOTTOM && this.y > PAGE.margin) {
      this.pages.push([]);
      this.y = PAGE.margin;
    }
  }

  push(step: PdfStep): void {
    this.current.push(step);
  }
}

function textLines(out: Pages, lines: string[], size: number, options: { bold?: boolean; muted?: boolean; x?: number } = {}): void {
  const height = lineHeight(size);
  for (const line of lines) {
    out.room(height);
    out.y += height;
    out.push({ op: 'text', x: options.x ?? PAGE.margin, y: out.y - height * 0.25, text: line, size, ...(options.bold ? { bold: true } : {}), ...(options.muted ? { muted: true } : {}) });
  }
}

/** Column widths in mm: the first (the row's name) gets three shares, each figure one. */
export function columnWidths(columns: number, width = CONTENT_WIDTH): number[] {
  if (columns <= 1) return [width];
  const share = width / (columns + 2);
  return [share * 3, ...Array.from({ length: columns - 1 }, () => share)];
}

type Row = { lines: string[][]; height: number };

function measureRow(cells: string[], widths: number[], wrap: Wrap, bold: boolean): Row {
  const lines = cells.map((cell, i) => wrap(cell, SIZES.table, widths[i]! - 1.5, bold));
  return { lines, height: Math.max(1, ...lines.map((l) => l.length)) * lineHeight(SIZES.table) + 1 };
}

/** Draws a measured row at the current height (the caller made room); figures are right-aligned. */
function drawRow(out: Pages, row: Row, widths: number[], bold: boolean): void {
  const height = lineHeight(SIZES.table);
  let x = PAGE.margin;
  row.lines.forEach((cellLines, i) => {
    const right = i > 0;
    cellLines.forEach((line, n) => {
      const y = out.y + (n + 1) * height - height * 0.25;
      out.push({ op: 'text', x: right ? x + widths[i]! - 0.5 : x, y, text: line, size: SIZES.table, ...(bold ? { bold: true } : {}), ...(right ? { align: 'right' as const } : {}) });
    });
    x += widths[i]!;
  });
  out.y += row.height;
  out.push({ op: 'rule', x1: PAGE.margin, y1: out.y, x2: PAGE.margin + CONTENT_WIDTH, y2: out.y });
}

/** A table (or, without head, a list of key figures); when it runs onto the next page, its head is repeated there. */
function table(out: Pages, head: string[], rows: string[][], widths: number[], wrap: Wrap): void {
  const headRow = head.length ? measureRow(head, widths, wrap, true) : null;
  const bodyRows = rows.map((cells) => measureRow(cells, widths, wrap, false));
  // The head never stays alone: it goes with the first row.
  out.room((headRow?.height ?? 0) + (bodyRows[0]?.height ?? 0));
  if (headRow) drawRow(out, headRow, widths, true);
  for (const row of bodyRows) {
    const page = out.pages.length;
    out.room(row.height);
    if (headRow && out.pages.length !== page) drawRow(out, headRow, widths, true);
    drawRow(out, row, widths, false);
  }
  out.y += 3;
}

function image(out: Pages, block: Extract<PdfBlock, { kind: 'image' }>, wrap: Wrap): void {
  const ratio = block.height > 0 && block.width > 0 ? block.height / block.width : 0.5;
  let width = CONTENT_WIDTH;
  let height = width * ratio;
  if (height > MAX_IMAGE_HEIGHT) {
    height = MAX_IMAGE_HEIGHT;
    width = height / ratio;
  }
  const titleLines = wrap(block.title, SIZES.heading, CONTENT_WIDTH, true);
  // The chart's title never stays alone at the foot of a page.
  out.room(titleLines.length * lineHeight(SIZES.heading) + height + 2);
  textLines(out, titleLines, SIZES.heading, { bold: true });
  out.y += 1;
  out.push({ op: 'image', x: PAGE.margin + (CONTENT_WIDTH - width) / 2, y: out.y, width, height, dataUrl: block.dataUrl });
  out.y += height + 5;
}

function block(out: Pages, b: PdfBlock, wrap: Wrap): void {
  switch (b.kind) {
    case 'heading':
      out.room(lineHeight(SIZES.heading) + 3 * lineHeight(SIZES.text));
      out.y += 2;
      textLines(out, wrap(b.text, SIZES.heading, CONTENT_WIDTH, true), SIZES.heading, { bold: true });
      out.y += 1;
      return;
    case 'text':
      textLines(out, wrap(b.text, SIZES.text, CONTENT_WIDTH), SIZES.text);
      out.y += 2;
      return;
    case 'figures':
      table(out, [], b.rows.map((r) => [r.label, r.value]), [CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4], wrap);
      return;
    case 'table':
      table(out, b.head, b.rows, columnWidths(b.head.length), wrap);
      return;
    case 'image':
      image(out, b, wrap);
  }
}

/** The report's pages: its title and meta lines first, then each block in turn, and a footer with the page number. */
export function layoutReport(report: PdfReport, wrap: Wrap): PdfStep[][] {
  const out = new Pages();
  textLines(out, wrap(report.title, SIZES.title, CONTENT_WIDTH, true), SIZES.title, { bold: true });
  out.y += 1;
  for (const line of report.meta) textLines(out, wrap(line, SIZES.meta, CONTENT_WIDTH), SIZES.meta, { muted: true });
  out.y += 2;
  out.push({ op: 'rule', x1: PAGE.margin, y1: out.y, x2: PAGE.margin + CONTENT_WIDTH, y2: out.y });
  out.y += 3;
  for (const b of report.blocks) block(out, b, wrap);
  const total = out.pages.length;
  out.pages.forEach((page, i) => {
    page.push({ op: 'text', x: PAGE.margin, y: FOOTER_Y, text: report.footer, size: SIZES.footer, muted: true });
    page.push({ op: 'text', x: PAGE.width - PAGE.margin, y: FOOTER_Y, text: report.pageLabel(i + 1, total), size: SIZES.footer, align: 'right', muted: true });
  });
  return out.pages;
}
