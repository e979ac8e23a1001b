import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = new URL('../../domain/locales', import.meta.url).pathname;
const srcDir = new URL('.', import.meta.url).pathname;
const languages = ['fr', 'nl', 'en'] as const;

type TCatalog = Record<string, unknown>;

function flatten(obj: TCatalog, prefix = ''): Record<string, unknown> {
  return Object.entries(obj).reduce<Record<string, unknown>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(acc, flatten(v as TCatalog, key));
    else acc[key] = v;
    return acc;
  }, {});
}

function catalogs(): Record<string, Record<string, Record<string, unknown>>> {
  const result: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const lang of languages) {
    result[lang] = {};
    for (const file of readdirSync(join(localesDir, lang))) {
      result[lang][file.replace('.json', '')] = flatten(
        JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')),
      );
    }
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const all = catalogs();

describe('translation catalogs', () => {
  it('have the same namespaces in fr, nl and en', () => {
    expect(Object.keys(all.nl!).sort()).toEqual(Object.keys(all.fr!).sort());
    expect(Object.keys(all.en!).sort()).toEqual(Object.keys(all.fr!).sort());
  });

  for (const ns of Object.keys(all.fr!)) {
    it(`${ns}: every key exists and is non-empty in fr, nl and en`, () => {
      const keys = new Set(languages.flatMap((lang) => Object.keys(all[lang]![ns] ?? {})));
      const problems: string[] = [];
      for (const key of keys) {
        for (const lang of languages) {
          const value = all[lang]![ns]?.[key];
          if (typeof value !== 'string' || value.trim() === '') problems.push(`${lang}:${ns}:${key}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('web sources', () => {
  const files = sourceFiles(srcDir);

  it('only use translation keys that exist', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const defaultNs = text.match(/useTranslation\('([\w-]+)'\)/)?.[1] ?? 'common';
      for (const [, raw] of text.matchAll(/\bt\('([\w.:-]+)'/g)) {
        const [ns, key] = raw!.includes(':') ? raw!.split(':') : [defaultNs, raw!];
        if (!(key! in (all.en![ns!] ?? {}))) missing.push(`${file.replace(srcDir, '')}: ${raw}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('contain no literal user-visible text in components', () => {
    const literals: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.tsx'))) {
      const text = readFileSync(file, 'utf8');
      // Text between JSX tags, and the props that reach the screen or a screen reader.
      for (const [, inner] of text.matchAll(/>\s*([^<>{}\n]*\p{L}[^<>{}\n]*?)\s*</gu)) {
        if (!/^[\s·:,.]*$/.test(inner!) && !/=>|&&|\)|;/.test(inner!))
          literals.push(`${file.replace(srcDir, '')}: ${inner}`);
      }
      for (const [, prop, value] of text.matchAll(
        /\b(label|placeholder|title|aria-label|description|alt)="([^"]*\p{L}[^"]*)"/gu,
      )) {
        literals.push(`${file.replace(srcDir, '')}: ${prop}="${value}"`);
      }
    }
    expect(literals).toEqual([]);
  });
});
