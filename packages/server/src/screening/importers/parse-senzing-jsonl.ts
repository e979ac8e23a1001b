import {
  type ListBirthDate,
  type ListEntry,
  type ListName,
  resolveCountryCode,
} from '@vigilo/domain/screening/index.ts';
import { assertWellFormed } from './list-import-error.ts';
import { readJsonLines } from './parse-json-lines.ts';
import type { ParsedList } from './parse-xml.ts';
import { isoDateOf } from './read-text.ts';

const KINDS = { PERSON: 'person', ORGANIZATION: 'entity' } as const;

/**
 * Parses Senzing JSON lines as exported by OpenSanctions (e.g. `us_congress_senzing.json`). Records
 * without a PERSON/ORGANIZATION type (positions, relationships) are not screened subjects and skipped.
 * `DATA_SOURCE` "OS_US_CONGRESS" names the list `us_congress`. Three record shapes are read: attribute
 * lists (`NAMES`, `DATES`, `COUNTRIES`), flat attributes at the top level (`NAME_FIRST`, `NAME_LAST`,
 * `NAME_ORG`, `DATE_OF_BIRTH`, `NATIONALITY`…), and the newer `FEATURES` array of such attribute sets.
 */
export async function parseSenzingJsonl(texts: AsyncIterable<string>): Promise<ParsedList> {
  const entries: ListEntry[] = [];
  let source: string | undefined;
  let latest: string | null = null;
  for await (const { value, line } of readJsonLines(texts)) {
    assertWellFormed(typeof value.RECORD_ID === 'string', 'Senzing record without RECORD_ID', { line });
    if (typeof value.DATA_SOURCE === 'string') source ??= value.DATA_SOURCE.replace(/^OS_/, '').toLowerCase();
    const changed = isoDateOf(typeof value.LAST_CHANGE === 'string' ? value.LAST_CHANGE : undefined);
    if (changed && (!latest || changed > latest)) latest = changed;
    const features = objectsOf(value.FEATURES);
    // Every attribute set of the record: the top level itself, the newer FEATURES, the attribute lists.
    const attributeSets = [value, ...features];
    const recordType = attributeSets.map((a) => a.RECORD_TYPE).find((t) => typeof t === 'string');
    const kind = KINDS[recordType as keyof typeof KINDS];
    if (!kind) continue;
    // A flat or FEATURES name is the record's own name unless typed otherwise; a NAMES item must say so.
    const names = [
      ...attributeSets.map((a) => nameOf(a, true)),
      ...objectsOf(value.NAMES).map((a) => nameOf(a, false)),
    ].filter((name): name is ListName => name !== null);
    assertWellFormed(names.length > 0, 'Senzing record without name', { line, id: value.RECORD_ID });
    const countries = [
      ...objectsOf(value.COUNTRIES).flatMap((item) => Object.values(item)),
      ...attributeSets.flatMap((a) => countryAttributes.map((key) => a[key])),
    ];
    entries.push({
      entryId: value.RECORD_ID,
      kind,
      names,
      birthDates: [...objectsOf(value.DATES), ...attributeSets]
        .map((item) => item.DATE_OF_BIRTH)
        .filter((date): date is string => typeof date === 'string' && /^\d{4}/.test(date))
        .map((date): ListBirthDate => ({ from: date.slice(0, 10) })),
      countries: [
        ...new Set(
          countries
            .map((c) => (typeof c === 'string' ? resolveCountryCode(c) : null))
            .filter((c): c is string => c !== null),
        ),
      ],
      addressCountries: [],
      programmes: objectsOf(value.RISKS).map((risk) => String(risk.TOPIC)),
    });
  }
  return { entries, date: latest, ...(source ? { source } : {}) };
}

const countryAttributes = ['NATIONALITY', 'CITIZENSHIP', 'REGISTRATION_COUNTRY', 'COUNTRY_OF_ASSOCIATION'];

function nameOf(item: Record<string, unknown>, untypedIsStrong: boolean): ListName | null {
  const full =
    stringOf(item.NAME_FULL) ??
    stringOf(item.NAME_ORG) ??
    ([item.NAME_FIRST, item.NAME_MIDDLE, item.NAME_LAST].map(stringOf).filter(Boolean).join(' ') || null);
  if (!full) return null;
  const strong =
    item.NAME_TYPE === 'PRIMARY' ||
    item.NAME_TYPE === 'ALIAS' ||
    (untypedIsStrong && item.NAME_TYPE === undefined);
  return { full, quality: strong ? 'strong' : 'weak' };
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function objectsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => Boolean(item) && typeof item === 'object')
    : [];
}
