/**
 * The preset themes of link-in-bio pages. Presets rather than free colors, so every page keeps readable contrast:
 * themes.test.ts checks each pair against WCAG 2.2 AA (4.5:1 for text, 3:1 for the focus ring and button borders).
 */
export interface BioTheme {
  /** Page background and text. */
  background: string;
  text: string;
  /** Secondary text (the description) on the background. */
  muted: string;
  /** Link buttons: fill and label. */
  button: string;
  buttonText: string;
  /** Button border: what sets a button apart from the page when its fill is close to the background. */
  border: string;
  /** Focus ring, drawn on the background. */
  focus: string;
}

export const BIO_THEMES = {
  light: { background: '#f6f7fb', text: '#111827', muted: '#4b5563', button: '#ffffff', buttonText: '#1e3a8a', border: '#1e3a8a', focus: '#3346d3' },
  dark: { background: '#0f172a', text: '#f8fafc', muted: '#cbd5e1', button: '#1e293b', buttonText: '#f8fafc', border: '#94a3b8', focus: '#fbbf24' },
  ocean: { background: '#e0f2fe', text: '#0c4a6e', muted: '#075985', button: '#0369a1', buttonText: '#ffffff', border: '#0369a1', focus: '#0c4a6e' },
  sunset: { background: '#fff7ed', text: '#7c2d12', muted: '#9a3412', button: '#c2410c', buttonText: '#ffffff', border: '#c2410c', focus: '#7c2d12' },
  forest: { background: '#14532d', text: '#f0fdf4', muted: '#bbf7d0', button: '#f0fdf4', buttonText: '#14532d', border: '#f0fdf4', focus: '#fde047' },
} as const satisfies Record<string, BioTheme>;

export type BioThemeName = keyof typeof BIO_THEMES;
export const BIO_THEME_NAMES = Object.keys(BIO_THEMES) as [BioThemeName, ...BioThemeName[]];

/** A stored theme name, or `light` when it is no longer a preset (a preset removed in a later version). */
export function themeOf(name: string): BioTheme {
  return (BIO_THEMES as Record<string, BioTheme>)[name] ?? BIO_THEMES.light;
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colors, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
