/**
 * English and French for the whole interface. The choice is remembered in localStorage; without one, the browser's
 * language decides. Every visible string comes from en.json / fr.json (i18n.test.ts keeps them in step).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'chorus.language';

function isLanguage(value: string | null | undefined): value is Language {
  return value !== null && value !== undefined && (languages as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

function reflectLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.title');
}
reflectLanguage(i18n.language);
i18n.on('languageChanged', reflectLanguage);

/** Switches language and remembers it. */
export function setLanguage(lng: Language): void {
  localStorage.setItem(STORAGE_KEY, lng);
  void i18n.changeLanguage(lng);
}

/** Uses the account's saved locale when the person never picked a language on this browser. */
export function adoptAccountLocale(locale: string | null | undefined): void {
  const lng = locale?.slice(0, 2);
  if (!localStorage.getItem(STORAGE_KEY) && isLanguage(lng) && lng !== i18n.language) void i18n.changeLanguage(lng);
}

export default i18n;
