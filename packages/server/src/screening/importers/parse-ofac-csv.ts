import { type ListEntry, resolveCountryCode, type SubjectKind } from '@vigilo/domain/screening/index.ts';
import { assertWellFormed } from './list-import-error.ts';
import { parseOfacRemarks } from './parse-ofac-remarks.ts';
import type { ParsedList } from './parse-xml.ts';
import { readCsvRecords } from './read-text.ts';

const EMPTY = '-0-';
const SDN_COLUMNS = 12;
const SDN_KINDS: Readonly<Record<string, SubjectKind>> = {
  individual: 'person',
  vessel: 'vessel',
  aircraft: 'aircraft',
  '': 'entity',
};

/** Optional companion files of the SDN CSV set. */
export interface OfacCompanions {
  /** alt.csv: ent_num, alt_num, alt_type (aka/fka/nka), alt_name, remarks. */
  aliases?: AsyncIterable<string>;
  /** add.csv: ent_num, add_num, address, city/state/zip, country, remarks. */
  addresses?: AsyncIterable<string>;
}

/**
 * Parses the OFAC SDN CSV (no header, CRLF, `-0-` for empty, trailing 0x1A), plus alt.csv and add.csv
 * when given. Names stay as published ("LAST, First"); the matcher turns them around. Birth dates,
 * nationalities and inline a.k.a.s come from the Remarks column.
 */
export async function parseOfacCsv(
  sdn: AsyncIterable<string>,
  companions: OfacCompanions = {},
): Promise<ParsedList> {
  const entries: ListEntry[] = [];
  const byId = new Map<string, ListEntry>();
  for await (const { record, line } of readOfacRecords(sdn)) {
    assertWellFormed(record.length === SDN_COLUMNS, `SDN row with ${record.length} columns`, { line });
    const [entNum, name, type, program, title, , , , , , , remarks] = record.map(cleanValue) as string[];
    assertWellFormed(/^\d+$/.test(entNum!) && name, 'SDN row without ent_num or name', { line });
    const kind = SDN_KINDS[type!.toLowerCase()];
    assertWellFormed(kind, `Unknown SDN_Type "${type}"`, { line });
    const parsedRemarks = parseOfacRemarks(remarks!);
    const entry: ListEntry = {
      entryId: entNum!,
      kind,
      names: [
        { full: name!, quality: 'strong' },
        ...parsedRemarks.aliases.map((alias) => ({ full: alias.name, quality: 'strong' as const })),
      ],
      birthDates: parsedRemarks.birthDates,
      countries: parsedRemarks.countries,
      addressCountries: [],
      programmes: program
        ? program
            .split(/\]\s*\[|[[\]]/)
            .map((p) => p.trim())
            .filter(Boolean)
        : [],
      ...(remarks || title ? { remarks: [title, remarks].filter(Boolean).join(' — ') } : {}),
    };
    entries.push(entry);
    byId.set(entNum!, entry);
  }
  if (companions.aliases) await readAliases(companions.aliases, byId);
  if (companions.addresses) await readAddresses(companions.addresses, byId);
  return { entries, date: null };
}

async function readAliases(
  texts: AsyncIterable<string>,
  byId: ReadonlyMap<string, ListEntry>,
): Promise<void> {
  for await (const { record, line } of readOfacRecords(texts)) {
    assertWellFormed(record.length === 5, `alt.csv row with ${record.length} columns`, { line });
    const [entNum, , , altName] = record.map(cleanValue);
    const entry = byId.get(entNum!);
    assertWellFormed(entry, `alt.csv refers to unknown ent_num ${entNum}`, { line });
    if (altName && !entry.names.some((name) => name.full === altName)) {
      entry.names.push({ full: altName, quality: 'strong' });
    }
  }
}

async function readAddresses(
  texts: AsyncIterable<string>,
  byId: ReadonlyMap<string, ListEntry>,
): Promise<void> {
  for await (const { record, line } of readOfacRecords(texts)) {
    assertWellFormed(record.length === 6, `add.csv row with ${record.length} columns`, { line });
    const [entNum, , , , country] = record.map(cleanValue);
    const entry = byId.get(entNum!);
    assertWellFormed(entry, `add.csv refers to unknown ent_num ${entNum}`, { line });
    const code = country ? resolveCountryCode(country) : null;
    if (code && !entry.addressCountries.includes(code)) entry.addressCountries.push(code);
  }
}

async function* readOfacRecords(texts: AsyncIterable<string>) {
  for await (const item of readCsvRecords(stripEndOfFile(texts), {
    relax_column_count: true,
    skip_empty_lines: true,
  })) {
    yield item;
  }
}

/** The official files end with a DOS end-of-file byte (0x1A). */
async function* stripEndOfFile(texts: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const text of texts) yield text.replaceAll('\u001a', '');
}

function cleanValue(value: string): string {
  const trimmed = value.trim();
  return trimmed === EMPTY ? '' : trimmed;
}
