import type { ListBirthDate, ListEntry, SubjectKind } from '@vigilo/domain/screening/index.ts';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { assertWellFormed } from './list-import-error.ts';
import { type ParsedList, parseXml } from './parse-xml.ts';
import { isoDateOf } from './read-text.ts';

const SUBJECT_KINDS: Readonly<Record<string, SubjectKind>> = { person: 'person', enterprise: 'entity' };

/**
 * Parses the EU consolidated financial sanctions list, XML format 1.1 (namespace
 * http://eu.europa.ec/fpi/fsd/export), streaming: one `sanctionEntity` at a time.
 */
export async function parseEuXml(texts: AsyncIterable<string>): Promise<ParsedList> {
  const entries: ListEntry[] = [];
  let date: string | null = null;
  let current: ListEntry | null = null;
  let isInRemark = false;
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attributes = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'export':
        date = isoDateOf(attributes.generationDate);
        break;
      case 'sanctionEntity':
        assertWellFormed(attributes.euReferenceNumber, 'sanctionEntity without euReferenceNumber', {
          logicalId: attributes.logicalId,
          line: parser.line,
        });
        current = emptyEntry(attributes.euReferenceNumber);
        break;
      default:
        if (current) readEntityChild(current, tag.name, attributes);
        isInRemark = tag.name === 'remark';
    }
  });
  parser.on('text', (text: string) => {
    if (current && isInRemark) current.remarks = `${current.remarks ?? ''}${text}`;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (tag.name === 'remark') isInRemark = false;
    if (tag.name !== 'sanctionEntity' || !current) return;
    assertWellFormed(current.names.length > 0, 'sanctionEntity without nameAlias', {
      entryId: current.entryId,
      line: parser.line,
    });
    entries.push(current);
    current = null;
  });
  await parseXml(parser, texts);
  return { entries, date };
}

function emptyEntry(entryId: string): ListEntry {
  return {
    entryId,
    kind: 'unknown',
    names: [],
    birthDates: [],
    countries: [],
    addressCountries: [],
    programmes: [],
  };
}

function readEntityChild(entry: ListEntry, name: string, attributes: Record<string, string>): void {
  switch (name) {
    case 'subjectType':
      entry.kind = SUBJECT_KINDS[attributes.code ?? ''] ?? 'unknown';
      return;
    case 'nameAlias':
      if (attributes.wholeName?.trim()) {
        entry.names.push({
          full: attributes.wholeName.trim(),
          ...optional('firstName', attributes.firstName),
          ...optional('middleName', attributes.middleName),
          ...optional('lastName', attributes.lastName),
          ...optional('language', attributes.nameLanguage),
          quality: attributes.strong === 'false' ? 'weak' : 'strong',
        });
      }
      return;
    case 'citizenship':
      addCountry(entry.countries, attributes.countryIso2Code);
      return;
    case 'birthdate': {
      const birthDate = readBirthDate(attributes);
      if (birthDate) entry.birthDates.push(birthDate);
      addCountry(entry.countries, attributes.countryIso2Code);
      return;
    }
    case 'address':
      addCountry(entry.addressCountries, attributes.countryIso2Code);
      return;
    case 'regulation':
      if (attributes.programme && !entry.programmes?.includes(attributes.programme)) {
        entry.programmes?.push(attributes.programme);
      }
      return;
  }
}

function readBirthDate(attributes: Record<string, string>): ListBirthDate | null {
  const circa = attributes.circa === 'true' ? { circa: true } : {};
  if (attributes.birthdate) return { from: attributes.birthdate, ...circa };
  if (attributes.yearRangeFrom && attributes.yearRangeTo) {
    return { from: attributes.yearRangeFrom, to: attributes.yearRangeTo, ...circa };
  }
  if (!attributes.year) return null;
  const month = attributes.monthOfYear ? `-${attributes.monthOfYear.padStart(2, '0')}` : '';
  const day = month && attributes.dayOfMonth ? `-${attributes.dayOfMonth.padStart(2, '0')}` : '';
  return { from: `${attributes.year}${month}${day}`, ...circa };
}

function addCountry(countries: string[], code: string | undefined): void {
  if (code && /^[A-Z]{2}$/.test(code) && !countries.includes(code)) countries.push(code);
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const trimmed = value?.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
}
