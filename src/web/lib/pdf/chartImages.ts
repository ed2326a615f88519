/**
 * The charts on screen as PNG images for a PDF. Each Chart registers how to draw itself here, keyed by its box, so
 * an export finds the charts inside a section in the order they are shown, without the page importing ECharts.
 *
 * @example
 *   const images = await chartImagesIn(sectionElement);   // [{ title, dataUrl, width, height }]
 */

/** What a chart gives for an export: ECharts' `getDataURL` (an SVG with the SVG renderer, else a PNG). */
type Snapshot = () => string | undefined;

const charts = new WeakMap<Element, Snapshot>();

/** Called by Chart when its instance exists; the returned function forgets it again. */
export function registerChart(box: Element, snapshot: Snapshot): () => void {
  charts.set(box, snapshot);
  return () => charts.delete(box);
}

export interface ChartImage {
  /** The chart's accessible label, used as its title in the PDF. */
  title: string;
  dataUrl: string;
  width: number;
  height: number;
}

const PIXEL_RATIO = 2;

/**
 * A PNG of the chart's picture on white. The app draws charts as SVG (smaller bundle, sharp text), which jsPDF cannot
 * place, so the SVG is painted on a canvas first, at twice the size for print.
 */
async function asPng(url: string, width: number, height: number): Promise<string> {
  if (url.startsWith('data:image/png')) return url;
  // The SVG's text asks for the page's font ('inherit'), which an image on its own does not have.
  const image = new Image();
  image.src = url.replaceAll('inherit', encodeURIComponent('Helvetica, Arial, sans-serif'));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * PIXEL_RATIO));
  canvas.height = Math.max(1, Math.round(height * PIXEL_RATIO));
  const g = canvas.getContext('2d');
  if (!g) throw new Error('This browser cannot draw on a canvas.');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

/** The registered charts inside `root`, top to bottom, as PNG images. */
export async function chartImagesIn(root: Element | null): Promise<ChartImage[]> {
  if (!root) return [];
  const boxes = [...root.querySelectorAll('.chart')].filter((box) => charts.has(box));
  const images: ChartImage[] = [];
  for (const box of boxes) {
    const { width, height } = box.getBoundingClientRect();
    // A chart in a folded-away part of the page has no size: there is nothing to draw.
    const url = width > 0 && height > 0 ? charts.get(box)?.() : undefined;
    if (!url) continue;
    images.push({ title: box.getAttribute('aria-label') ?? '', dataUrl: await asPng(url, width, height), width, height });
  }
  return images;
}
