/** Switches between English and French; the choice is remembered on this browser. */
import { useTranslation } from 'react-i18next';
import { languages, setLanguage, type Language } from '../i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(e) => setLanguage(e.target.value as Language)}
        data-testid="language"
        aria-label={t('language.label')}
      >
        {languages.map((lng) => (
          <option key={lng} value={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
