import { type ListEntry, parseDate, resolveCountryCode } from '@vigilo/domain/screening/index.ts';
import { assertWellFormed } from './list-import-error.ts';
import type { ParsedList } from './parse-xml.ts';
import { readCsvRecords } from './read-text.ts';

const KINDS = { person: 'person', entity: 'entity', '': 'unknown' } as const;

/**
 * Parses an agency's own watch list: CSV with header `id,name,type,birthDate,countries`; `type` is
 * person|entity, `countries` ISO codes separated by `;`; all but `id` and `name` optional.
 */
export async function parseWatchlistCsv(texts: AsyncIterable<string>): Promise<ParsedList> {
  let columns: Map<string, number> | null = null;
  const entries: ListEntry[] = [];
  const ids = new Set<string>();
  for await (const { record, line } of readCsvRecords(texts, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  })) {
    if (!columns) {
      columns = new Map(record.map((name, i) => [name.trim(), i]));
      assertWellFormed(columns.has('id') && columns.has('name'), 'Watch list header needs id and name', {
        line,
      });
      continue;
    }
    const cell = (name: string) => (record[columns!.get(name) ?? -1] ?? '').trim();
    const entryId = cell('id');
    assertWellFormed(entryId && cell('name'), 'Watch-list row without id or name', { line });
    assertWellFormed(!ids.has(entryId), `Duplicate watch-list id "${entryId}"`, { line });
    ids.add(entryId);
    const kind = KINDS[cell('type').toLowerCase() as keyof typeof KINDS];
    assertWellFormed(kind, `Watch-list type "${cell('type')}" is not person or entity`, { line });
    const birthDate = cell('birthDate');
    assertWellFormed(!birthDate || parseDate(birthDate), `Birth date "${birthDate}" is not YYYY[-MM[-DD]]`, {
      line,
    });
    entries.push({
      entryId,
      kind,
      names: [{ full: cell('name'), quality: 'strong' }],
      birthDates: birthDate ? [{ from: birthDate }] : [],
      countries: readCountries(cell('countries'), line),
      addressCountries: [],
    });
  }
  assertWellFormed(columns, 'Watch list without header');
  return { entries, date: null };
}

function readCountries(text: string, line: number): string[] {
  return text
    .split(';')
    .map((code) => code.trim())
    .filter(Boolean)
    .map((code) => {
      const resolved = /^[A-Za-z]{2}$/.test(code) ? resolveCountryCode(code) : null;
      assertWellFormed(resolved, `Country "${code}" is not an ISO 3166 alpha-2 code`, { line });
      return resolved;
    });
}
