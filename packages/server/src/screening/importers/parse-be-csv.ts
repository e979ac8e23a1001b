import { createHash } from 'node:crypto';
import { type ListEntry, type ListName, resolveCountryCode } from '@vigilo/domain/screening/index.ts';
import { assertWellFormed } from './list-import-error.ts';
import type { ParsedList } from './parse-xml.ts';
import { readCsvRecords } from './read-text.ts';

const REQUIRED_COLUMNS = ['type', 'wholename'] as const;
/** The spreadsheet export names it with its format; the consolidated list of FPS Finance's SIFI API does not. */
const BIRTH_DATE_COLUMNS = ['birth date (dd-mm-yy)', 'birth date'] as const;
const PERSON_TYPES = new Set(['p', 'person', 'personne', 'persoon', 'natural person', 'personne physique']);

/**
 * Parses the Belgian national list (FPS Finance): semicolon CSV with columns `type; Wholename; Lastname;
 * Firstname; Middlename; Gender; Birth place; Birth country; Birth date (dd-mm-yy); Function; Number;
 * Remark; Links; Publication date; Embargos; Regulation`, several values per cell on separate lines.
 * Each Wholename line is an alias; the list date is the latest publication date. The consolidated EU +
 * Belgian list served by FPS Finance's SIFI API has the same columns with `Birth date`, and leaves `Number`
 * (identity documents) empty for most rows: such a row is identified by its first name, birth date and
 * birth country, so that the same listing keeps its identifier from one version to the next.
 */
export async function parseBeCsv(texts: AsyncIterable<string>, today: Date): Promise<ParsedList> {
  let columns: Map<string, number> | null = null;
  const entries: ListEntry[] = [];
  let latestPublication: string | null = null;
  for await (const { record, line } of readCsvRecords(texts, {
    delimiter: ';',
    bom: true,
    relax_column_count: true,
  })) {
    if (!columns) {
      columns = new Map(record.map((name, i) => [name.trim().toLowerCase(), i]));
      const missing: string[] = REQUIRED_COLUMNS.filter((name) => !columns!.has(name));
      if (!BIRTH_DATE_COLUMNS.some((name) => columns!.has(name))) missing.push('birth date');
      assertWellFormed(missing.length === 0, `Belgian list header lacks ${missing.join(', ')}`, { line });
      continue;
    }
    if (record.every((cell) => cell.trim() === '')) continue;
    const cell = (name: string) => cellValues(record[columns!.get(name) ?? -1]);
    const wholeNames = cell('wholename');
    assertWellFormed(wholeNames.length > 0, 'Belgian list row without Wholename', { line });
    const birthDateTexts = BIRTH_DATE_COLUMNS.flatMap((name) => cell(name));
    const entryId =
      cell('number')[0] ??
      `be-${createHash('sha256')
        .update([wholeNames[0], birthDateTexts[0] ?? '', cell('birth country')[0] ?? ''].join('|'))
        .digest('hex')
        .slice(0, 16)}`;
    const birthDates = birthDateTexts.map((text) => parseShortDate(text, today, line));
    for (const published of cell('publication date')) {
      const iso = parsePublicationDate(published);
      if (iso && (!latestPublication || iso > latestPublication)) latestPublication = iso;
    }
    entries.push({
      entryId,
      kind: PERSON_TYPES.has((cell('type')[0] ?? '').toLowerCase()) ? 'person' : 'entity',
      names: namesOf(wholeNames, cell('firstname')[0], cell('middlename')[0], cell('lastname')[0]),
      birthDates: birthDates.map((from) => ({ from })),
      countries: cell('birth country')
        .map(resolveCountryCode)
        .filter((code): code is string => code !== null),
      addressCountries: [],
      programmes: cell('regulation'),
      ...(cell('remark').length > 0 ? { remarks: cell('remark').join('\n') } : {}),
    });
  }
  assertWellFormed(columns, 'Belgian list without header');
  return { entries, date: latestPublication };
}

function namesOf(
  wholeNames: string[],
  firstName?: string,
  middleName?: string,
  lastName?: string,
): ListName[] {
  return wholeNames.map((full, i) => ({
    full,
    quality: 'strong',
    ...(i === 0 && firstName ? { firstName } : {}),
    ...(i === 0 && middleName ? { middleName } : {}),
    ...(i === 0 && lastName ? { lastName } : {}),
  }));
}

function cellValues(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/\r?\n/)
    .map((value) => value.trim())
    .filter(Boolean);
}

/** dd-mm-yy (two-digit year: the most recent past century) → YYYY-MM-DD; `00` day/month mean unknown. */
function parseShortDate(text: string, today: Date, line: number): string {
  const match = /^(\d{2})[-/.](\d{2})[-/.](\d{2}|\d{4})$/.exec(text);
  assertWellFormed(match, `Birth date "${text}" is not dd-mm-yy`, { line });
  const [, day, month, year] = match;
  let fullYear = Number(year);
  if (year!.length === 2) {
    fullYear += 2000;
    if (fullYear > today.getUTCFullYear()) fullYear -= 100;
  }
  if (month === '00') return String(fullYear);
  return day === '00' ? `${fullYear}-${month}` : `${fullYear}-${month}-${day}`;
}

function parsePublicationDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return iso[0];
  const european = /^(\d{2})[-/.](\d{2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (!european) return null;
  // A two-digit year of a publication is in this century (lists began in 2001).
  const year = european[3]!.length === 2 ? `20${european[3]}` : european[3];
  return `${year}-${european[2]}-${european[1]}`;
}
