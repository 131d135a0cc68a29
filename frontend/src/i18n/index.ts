import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

const STORAGE_KEY = 'zorgregio.language';

// Dutch is the app's language; English must carry every Dutch key (checked here by the compiler).
const english: typeof nl = en;

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: english } },
  lng: localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl',
  fallbackLng: 'nl',
  initAsync: false,
  interpolation: { escapeValue: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(STORAGE_KEY, language);
});

export default i18n;
