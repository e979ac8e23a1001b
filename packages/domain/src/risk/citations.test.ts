import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/legal.json';
import fr from '../../locales/fr/legal.json';
import nl from '../../locales/nl/legal.json';
import {
  AGENCY_POLICY_CITATIONS,
  type CitationTranslate,
  citationTrace,
  formatCitations,
  LEGAL_ACTS,
} from './citations.ts';
import { citationsOfFactor, FACTOR_CATALOG, FACTOR_CODES } from './factor-catalog.ts';

type TCatalog = { act: Record<string, string>; article: string; annex: string; separator: string };

/** A minimal i18next-like translator over one `legal` catalog. */
function translatorOf(catalog: TCatalog): CitationTranslate {
  return (key, values = {}) => {
    const path = key.replace(/^legal:/, '').split('.');
    const template = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalog);
    if (typeof template !== 'string') throw new Error(`missing ${key}`);
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  };
}

const translators = { fr: translatorOf(fr), nl: translatorOf(nl), en: translatorOf(en) };

describe('legal citations', () => {
  it('name every act in fr, nl and en', () => {
    for (const catalog of [fr, nl, en]) {
      expect(Object.keys(catalog.act).sort()).toEqual([...LEGAL_ACTS].sort());
    }
  });

  it('render a factor in the reader language', () => {
    const pep = FACTOR_CATALOG.pep.citations;
    expect(formatCitations(pep, translators.fr)).toBe(
      'loi du 18 septembre 2017, art. 41 ; règlement IPI (AR du 1er avril 2022)',
    );
    expect(formatCitations(pep, translators.nl)).toBe(
      'wet van 18 september 2017, art. 41; BIV-reglement (KB van 1 april 2022)',
    );
    expect(formatCitations(pep, translators.en)).toBe(
      'Law of 18 September 2017, art. 41; BIV/IPI regulation (Royal Decree of 1 April 2022)',
    );
    expect(formatCitations(FACTOR_CATALOG['socio-economic-disproportion'].citations, translators.nl)).toBe(
      'wet van 18 september 2017, art. 19, §2, bijlage III; BIV-reglement (KB van 1 april 2022)',
    );
  });

  it('cite only texts in force for every factor, never the repealed 2013 regulation', () => {
    for (const code of FACTOR_CODES) {
      const { citations, article } = FACTOR_CATALOG[code];
      expect(citations.length, code).toBeGreaterThan(0);
      expect(article).toBe(citationTrace(citations));
      for (const lang of ['fr', 'nl', 'en'] as const) {
        const text = formatCitations(citations, translators[lang]);
        expect(text, `${code} ${lang}`).not.toMatch(/2013|règl\. art|tiret/);
      }
    }
  });

  it('cite a stored factor by its code, whatever article text was stored with it', () => {
    expect(citationsOfFactor('cash-payment')).toEqual(FACTOR_CATALOG['cash-payment'].citations);
    expect(citationsOfFactor('agency.own-criterion')).toEqual(AGENCY_POLICY_CITATIONS);
    expect(citationsOfFactor('no-such-factor')).toEqual([]);
  });

  it('leave no citation of the 2013 regulation in the catalogs users read', () => {
    const localesDir = new URL('../../locales', import.meta.url).pathname;
    const offending: string[] = [];
    for (const lang of ['fr', 'nl', 'en']) {
      for (const file of readdirSync(join(localesDir, lang))) {
        const text = readFileSync(join(localesDir, lang, file), 'utf8');
        for (const [, line] of text.matchAll(
          /^(.*(?:(?:r[èe]glement|regulation)[^"]*2013|2013[^"]*(?:r[èe]glement|regulation)|règl\.|tiret).*)$/gim,
        ))
          offending.push(`${lang}/${file}: ${line}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
