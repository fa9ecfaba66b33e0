import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, resources, type Language } from './catalog';

export type { Language, Namespace } from './catalog';

/**
 * A separate instance per call, so tests can start from a known language. It is also
 * registered with react-i18next, so `useTranslation` works even outside <I18nextProvider>.
 */
export function createI18n(language: Language = 'vi'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'vi',
    supportedLngs: ['vi', 'en'],
    ns: NAMESPACES,
    defaultNS: 'common',
    // Resources are bundled, so init can finish synchronously: no flash of raw keys.
    initAsync: false,
    // React escapes text itself; escaping here would show "&quot;" in names with quotes.
    interpolation: { escapeValue: false },
  });
  return instance;
}

export const i18n = createI18n();

export async function setLanguage(language: Language, instance: I18n = i18n): Promise<void> {
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
}
