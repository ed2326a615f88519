/** The bio page's theme picker: one swatch per preset the server draws pages with. */
import { useTranslation } from 'react-i18next';
import type { BioInput } from '../../api';

/** The server's theme names: a preset added there and not in THEMES below breaks the build. */
export type ThemeName = NonNullable<BioInput['theme']>;

/**
 * The page themes as swatches (page, button, button text). The server's presets (src/features/bio/themes.ts) are
 * what the page is drawn with; these only let people recognise them.
 */
const THEMES: Record<ThemeName, readonly [string, string, string]> = {
  light: ['#f6f7fb', '#ffffff', '#1e3a8a'],
  dark: ['#0f172a', '#1e293b', '#f8fafc'],
  ocean: ['#e0f2fe', '#0369a1', '#ffffff'],
  sunset: ['#fff7ed', '#c2410c', '#ffffff'],
  forest: ['#14532d', '#f0fdf4', '#14532d'],
};
const THEME_NAMES = Object.keys(THEMES) as ThemeName[];
export const isThemeName = (name: string): name is ThemeName => name in THEMES;

export function BioThemes({ value, error, onChange }: { value: string; error?: string | null | undefined; onChange(name: ThemeName): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="bio-themes">
      <legend>{t('bio.theme')}</legend>
      <div className="bio-themes__list">
        {THEME_NAMES.map((name) => {
          const [page, button, text] = THEMES[name];
          return (
            <label key={name} className={`radio-card bio-theme${value === name ? ' radio-card--on' : ''}`}>
              <input type="radio" name="theme" value={name} checked={value === name} onChange={() => onChange(name)} />
              <span className="bio-theme__swatch" style={{ background: page }} aria-hidden="true">
                <span style={{ background: button, color: text, borderColor: text }}>Aa</span>
              </span>
              {t(`bio.themes.${name}`)}
            </label>
          );
        })}
      </div>
      {error ? <p className="field__error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
