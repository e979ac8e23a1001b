import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { languages, type TLanguage } from '@vigilo/domain/contracts/common.ts';
import i18next, { type TFunction } from 'i18next';
import { formatDay, formatMoment } from './date-formats.ts';

const localesDir = new URL('../../../domain/locales', import.meta.url).pathname;

/** Loads the shared catalogs (the same files the web app uses) once: one namespace per file. */
function loadResources() {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const lang of languages) {
    resources[lang] = {};
    for (const file of readdirSync(join(localesDir, lang)).filter((f) => f.endsWith('.json'))) {
      resources[lang][basename(file, '.json')] = JSON.parse(
        readFileSync(join(localesDir, lang, file), 'utf8'),
      );
    }
  }
  return resources;
}

const instance = i18next.createInstance();
await instance.init({
  resources: loadResources() as never,
  fallbackLng: 'en',
  supportedLngs: [...languages],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
});
// Templates write `{{due, day}}` or `{{since, moment}}`: the values stay ISO in the data, and every reader
// gets them in their own language's order, never as 2026-12-31 or a raw timestamp.
const asLanguage = (lng: string | undefined) =>
  ((languages as readonly string[]).includes(lng ?? '') ? lng : 'fr') as TLanguage;
instance.services.formatter?.add('day', (value, lng) => formatDay(String(value), asLanguage(lng)));
instance.services.formatter?.add('moment', (value, lng) => formatMoment(value as string, asLanguage(lng)));

/** A translator bound to one language, for e-mails, error messages and PDFs. */
export function translator(lang: TLanguage): TFunction {
  return instance.getFixedT(lang);
}

/** Picks the best supported language from an Accept-Language header; French by default. */
export function languageFromHeader(header: string | undefined): TLanguage | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (tag && (languages as readonly string[]).includes(tag)) return tag as TLanguage;
  }
  return undefined;
}
