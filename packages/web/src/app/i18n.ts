import { languages, type TLanguage } from '@vigilo/domain/contracts/common.ts';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

// The same catalogs as the server's e-mails and errors: packages/domain/locales/<lang>/<namespace>.json.
const files = import.meta.glob('../../../domain/locales/*/*.json', { eager: true, import: 'default' });

function buildResources() {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const [path, content] of Object.entries(files)) {
    const [, lang, ns] = path.match(/locales\/(\w+)\/([\w-]+)\.json$/) ?? [];
    if (!lang || !ns) continue;
    resources[lang] ??= {};
    resources[lang][ns] = content;
  }
  return resources;
}

const storageKey = 'vigilo.language';

export function storedLanguage(): TLanguage {
  const stored = localStorage.getItem(storageKey);
  if (stored && (languages as readonly string[]).includes(stored)) return stored as TLanguage;
  const browser = navigator.language.slice(0, 2);
  return (languages as readonly string[]).includes(browser) ? (browser as TLanguage) : 'fr';
}

/** Switches the interface language and remembers it in this browser (the account remembers it too). */
export function applyLanguage(lang: TLanguage) {
  localStorage.setItem(storageKey, lang);
  document.documentElement.lang = lang;
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
}

void i18next.use(initReactI18next).init({
  resources: buildResources() as never,
  lng: storedLanguage(),
  fallbackLng: false,
  supportedLngs: [...languages],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  // A missing key must be visible, never silently replaced by another language.
  saveMissing: true,
  missingKeyHandler: (lngs, ns, key) => console.error(`i18n: missing key ${ns}:${key} for ${lngs.join(',')}`),
});
document.documentElement.lang = storedLanguage();

export { i18next };
