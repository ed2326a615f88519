/**
 * Test helpers that read back the QR images Chorus renders, with no image library: a minimal PNG decoder
 * (8-bit grayscale/RGB/RGBA, non-interlaced, all five row filters — what pngjs writes) and a reader of the
 * `qrcode` package's SVG path (`M{x} {y}.5h{n}m{dx} 0h{n}…`, one horizontal run of dark modules per `h`).
 * Both give the module matrix (true = dark), to compare with `qrMatrix()` of the expected text.
 */
import { inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface DecodedPng {
  width: number;
  height: number;
  /** Luminance 0–255 of the pixel at (x, y). */
  gray(x: number, y: number): number;
}

export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [bitDepth, colorType, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType!] ?? 0;
      if (bitDepth !== 8 || !channels || interlace !== 0) throw new Error(`unsupported PNG (depth ${bitDepth}, color ${colorType})`);
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? pixels[y * stride + i - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? pixels[(y - 1) * stride + i - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter}`);
      pixels[y * stride + i] = (line[i]! + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    gray: (x, y) => {
      const p = (y * width + x) * channels;
      return channels < 3 ? pixels[p]! : Math.round((pixels[p]! + pixels[p + 1]! + pixels[p + 2]!) / 3);
    },
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Samples the centre of each module of a PNG QR code of `modules` modules plus `margin` on each side. */
export function pngModules(png: DecodedPng, modules: number, margin: number): boolean[][] {
  const cell = png.width / (modules + 2 * margin);
  const rows: boolean[][] = [];
  for (let y = 0; y < modules; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < modules; x++) {
      row.push(png.gray(Math.floor((x + margin + 0.5) * cell), Math.floor((y + margin + 0.5) * cell)) < 128);
    }
    rows.push(row);
  }
  return rows;
}

/** The dark modules drawn by the `qrcode` package's SVG path, as a matrix of `modules` × `modules`. */
export function svgModules(svg: string, modules: number, margin: number): boolean[][] {
  const rows = Array.from({ length: modules }, () => Array<boolean>(modules).fill(false));
  const d = /<path[^>]*stroke="[^"]*"[^>]*\sd="([^"]*)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
    const n = args!.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
    else if (cmd === 'm') [x, y] = [x + n[0]!, y + n[1]!];
    else if (cmd === 'h') {
      for (let i = 0; i < n[0]!; i++) rows[Math.floor(y) - margin]![x + i - margin] = true;
      x += n[0]!;
    } else throw new Error(`unexpected SVG path command ${cmd}`);
  }
  return rows;
}
