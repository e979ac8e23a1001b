import {
  type ListBirthDate,
  type ListEntry,
  type ListName,
  resolveCountryCode,
} from '@vigilo/domain/screening/index.ts';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { assertWellFormed } from './list-import-error.ts';
import { type ParsedList, parseXml } from './parse-xml.ts';
import { isoDateOf } from './read-text.ts';

const NAME_FIELDS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'] as const;

/** Fields of the record being read, collected as text by element path. */
interface RecordState {
  kind: 'person' | 'entity';
  fields: Map<string, string>;
  names: ListName[];
  birthDates: ListBirthDate[];
  countries: string[];
  addressCountries: string[];
  programmes: string[];
  group: Map<string, string>;
}

/**
 * Parses the UN Security Council consolidated list XML, streaming: one INDIVIDUAL or ENTITY at a time,
 * with original-script names, aliases of quality Good/Low (Low → weak), dates of birth (exact, year,
 * BETWEEN ranges, APPROXIMATELY), nationalities and countries resolved to ISO codes.
 */
export async function parseUnXml(texts: AsyncIterable<string>): Promise<ParsedList> {
  const entries: ListEntry[] = [];
  let date: string | null = null;
  let record: RecordState | null = null;
  const path: string[] = [];
  let text = '';
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    path.push(tag.name);
    text = '';
    if (tag.name === 'CONSOLIDATED_LIST')
      date = isoDateOf((tag.attributes as Record<string, string>).dateGenerated);
    if (tag.name === 'INDIVIDUAL' || tag.name === 'ENTITY') record = newRecord(tag.name);
    else if (record && isGroup(tag.name)) record.group = new Map();
  });
  parser.on('text', (chunk: string) => {
    text += chunk;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    path.pop();
    const value = text.trim();
    text = '';
    if (!record) return;
    if (tag.name === 'INDIVIDUAL' || tag.name === 'ENTITY') {
      entries.push(finishRecord(record, parser.line));
      record = null;
    } else if (isGroup(tag.name)) {
      closeGroup(record, tag.name);
    } else if (value) {
      const parent = path[path.length - 1] ?? '';
      if (isGroup(parent)) record.group.set(tag.name, value);
      else readField(record, parent, tag.name, value);
    }
  });
  await parseXml(parser, texts);
  return { entries, date };
}

function newRecord(tag: string): RecordState {
  return {
    kind: tag === 'INDIVIDUAL' ? 'person' : 'entity',
    fields: new Map(),
    names: [],
    birthDates: [],
    countries: [],
    addressCountries: [],
    programmes: [],
    group: new Map(),
  };
}

function isGroup(tag: string): boolean {
  return /^(INDIVIDUAL|ENTITY)_(ALIAS|ADDRESS|DATE_OF_BIRTH|PLACE_OF_BIRTH)$/.test(tag);
}

function readField(record: RecordState, parent: string, tag: string, value: string): void {
  if (parent === 'NATIONALITY' && tag === 'VALUE') addCountry(record.countries, value);
  else if (tag === 'UN_LIST_TYPE') record.programmes.push(value);
  else if (tag === 'NAME_ORIGINAL_SCRIPT')
    record.names.push({ full: value, quality: 'strong', language: 'original-script' });
  else record.fields.set(tag, value);
}

function closeGroup(record: RecordState, tag: string): void {
  const group = record.group;
  if (tag.endsWith('_ALIAS')) {
    const name = group.get('ALIAS_NAME');
    if (name) record.names.push({ full: name, quality: group.get('QUALITY') === 'Low' ? 'weak' : 'strong' });
  } else if (tag.endsWith('_ADDRESS')) {
    addCountry(record.addressCountries, group.get('COUNTRY'));
  } else if (tag.endsWith('_PLACE_OF_BIRTH')) {
    addCountry(record.countries, group.get('COUNTRY'));
  } else {
    const birthDate = readBirthDate(group);
    if (birthDate) record.birthDates.push(birthDate);
  }
}

function readBirthDate(group: ReadonlyMap<string, string>): ListBirthDate | null {
  const type = group.get('TYPE_OF_DATE');
  const from = group.get('FROM_YEAR');
  const to = group.get('TO_YEAR');
  if (from && to) return { from, to, ...(type === 'APPROXIMATELY' ? { circa: true } : {}) };
  const exact = group.get('DATE') ?? group.get('YEAR') ?? from ?? to;
  if (!exact) return null;
  return { from: exact.slice(0, 10), ...(type === 'APPROXIMATELY' ? { circa: true } : {}) };
}

function finishRecord(record: RecordState, line: number): ListEntry {
  const entryId = record.fields.get('REFERENCE_NUMBER');
  assertWellFormed(entryId, 'UN record without REFERENCE_NUMBER', {
    line,
    dataId: record.fields.get('DATAID'),
  });
  const primary = NAME_FIELDS.map((field) => record.fields.get(field))
    .filter((part): part is string => Boolean(part))
    .join(' ');
  assertWellFormed(primary, 'UN record without FIRST_NAME', { line, entryId });
  return {
    entryId,
    kind: record.kind,
    names: [{ full: primary, quality: 'strong' }, ...record.names],
    birthDates: record.birthDates,
    countries: record.countries,
    addressCountries: record.addressCountries,
    programmes: record.programmes,
    ...(record.fields.get('COMMENTS1') ? { remarks: record.fields.get('COMMENTS1') } : {}),
  };
}

function addCountry(countries: string[], name: string | undefined): void {
  const code = name ? resolveCountryCode(name) : null;
  if (code && !countries.includes(code)) countries.push(code);
}
