import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import { storageKeys } from '../app/storage-keys';

export const supportedLanguages = ['en', 'es'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** The user's saved choice, else the system language when we speak it, else English. */
export function initialLanguage(systemLocale: string): SupportedLanguage {
  const saved = localStorage.getItem(storageKeys.language);
  const candidates = [saved, systemLocale.split('-')[0]];
  return supportedLanguages.find((language) => candidates.includes(language)) ?? 'en';
}

export async function setupI18n(systemLocale: string) {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: initialLanguage(systemLocale),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return i18next;
}

export async function changeLanguage(language: SupportedLanguage) {
  localStorage.setItem(storageKeys.language, language);
  await i18next.changeLanguage(language);
}
