import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { languages } from '@vigilo/domain/contracts/languages.ts';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

// The same catalogs as the server's e-mails and errors: packages/domain/locales/<lang>/<namespace>.json,
// one chunk per language (./locales/): the first page loads only the language it shows.
const catalogs: Record<TLanguage, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('./locales/fr.ts'),
  nl: () => import('./locales/nl.ts'),
  en: () => import('./locales/en.ts'),
};

async function loadCatalog(lang: TLanguage): Promise<Record<string, unknown>> {
  const { default: files } = await catalogs[lang]();
  const namespaces: Record<string, unknown> = {};
  for (const [path, content] of Object.entries(files)) {
    const ns = path.match(/\/([\w-]+)\.json$/)?.[1];
    if (ns) namespaces[ns] = content;
  }
  return namespaces;
}

async function ensureLanguage(lang: TLanguage): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'common')) return;
  for (const [ns, content] of Object.entries(await loadCatalog(lang))) {
    i18next.addResourceBundle(lang, ns, content, true, true);
  }
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
  if (i18next.language !== lang) void ensureLanguage(lang).then(() => i18next.changeLanguage(lang));
}

const initialLanguage = storedLanguage();

/** Resolves once the first language's catalogs are loaded: main.tsx renders after it. */
export const i18nReady = loadCatalog(initialLanguage).then((resources) =>
  i18next.use(initReactI18next).init({
    resources: { [initialLanguage]: resources } as never,
    partialBundledLanguages: true,
    lng: initialLanguage,
    fallbackLng: false,
    supportedLngs: [...languages],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    // A missing key must be visible, never silently replaced by another language.
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) =>
      console.error(`i18n: missing key ${ns}:${key} for ${lngs.join(',')}`),
  }),
);
document.documentElement.lang = initialLanguage;

export { i18next };
