/** Switches between English and French; the choice is remembered on this browser. */
import { useTranslation } from 'react-i18next';
import { languages, setLanguage, type Language } from '../i18n';
import { Select } from './Select';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <Select
        value={i18n.language as Language}
        choices={languages.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
        onValue={setLanguage}
        data-testid="language"
        aria-label={t('language.label')}
      />
    </label>
  );
}
