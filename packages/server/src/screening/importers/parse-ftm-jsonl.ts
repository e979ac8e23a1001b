import {
  type ListEntry,
  type ListName,
  resolveCountryCode,
  type SubjectKind,
} from '@vigilo/domain/screening/index.ts';
import { assertWellFormed } from './list-import-error.ts';
import { readJsonLines, stringsOf } from './parse-json-lines.ts';
import type { ParsedList } from './parse-xml.ts';
import { isoDateOf } from './read-text.ts';

/** FollowTheMoney schemata screened; others in an export (Sanction, Address, Ownership …) are skipped. */
const SCREENED_SCHEMATA: Readonly<Record<string, SubjectKind>> = {
  Person: 'person',
  Organization: 'entity',
  Company: 'entity',
  LegalEntity: 'entity',
  PublicBody: 'entity',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

/**
 * Parses OpenSanctions FollowTheMoney entities (JSON lines): names, aliases, weak aliases (→ weak),
 * previous names, birth dates, nationality / citizenship / country. The dataset name (first of
 * `datasets`) names the list.
 */
export async function parseFtmJsonl(texts: AsyncIterable<string>): Promise<ParsedList> {
  const entries: ListEntry[] = [];
  let source: string | undefined;
  let latest: string | null = null;
  for await (const { value, line } of readJsonLines(texts)) {
    assertWellFormed(
      typeof value.id === 'string' && typeof value.schema === 'string',
      'Entity without id or schema',
      { line },
    );
    const properties = value.properties;
    assertWellFormed(properties && typeof properties === 'object', 'Entity without properties', {
      line,
      id: value.id,
    });
    source ??= stringsOf(value.datasets)[0];
    const changed = isoDateOf(typeof value.last_change === 'string' ? value.last_change : undefined);
    if (changed && (!latest || changed > latest)) latest = changed;
    const kind = SCREENED_SCHEMATA[value.schema];
    if (!kind) continue;
    const props = properties as Record<string, unknown>;
    const names = namesOf(props);
    assertWellFormed(names.length > 0, 'Entity without name', { line, id: value.id });
    entries.push({
      entryId: value.id,
      kind,
      names,
      birthDates: stringsOf(props.birthDate).map((date) => ({ from: date.slice(0, 10) })),
      countries: countriesOf([
        ...stringsOf(props.nationality),
        ...stringsOf(props.citizenship),
        ...stringsOf(props.jurisdiction),
      ]),
      addressCountries: countriesOf(stringsOf(props.country)),
      ...(stringsOf(props.topics).length > 0 ? { programmes: stringsOf(props.topics) } : {}),
    });
  }
  return { entries, date: latest, ...(source ? { source } : {}) };
}

function namesOf(props: Record<string, unknown>): ListName[] {
  const strong = [...stringsOf(props.name), ...stringsOf(props.alias), ...stringsOf(props.previousName)];
  const names: ListName[] = [...new Set(strong)].map((full) => ({ full, quality: 'strong' }));
  for (const full of new Set(stringsOf(props.weakAlias))) names.push({ full, quality: 'weak' });
  return names;
}

function countriesOf(values: string[]): string[] {
  return [...new Set(values.map(resolveCountryCode).filter((code): code is string => code !== null))];
}
