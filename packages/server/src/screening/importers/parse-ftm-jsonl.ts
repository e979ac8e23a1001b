import {
  type ListEntry,
  type ListEntryCategory,
  type ListName,
  resolveCountryCode,
  type SubjectKind,
} from '@vigilo/domain/screening/index.ts';
import { assertWellFormed, ListImportError } from './list-import-error.ts';
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
 * `datasets`) names the list. OpenSanctions marks the entities a dataset is about with `target: true`;
 * the others (relatives, companies, addresses mentioned) are context, not screened. The `topics` decide
 * what a hit means: a sanction, a politically exposed person, or another adverse record.
 */
export async function parseFtmJsonl(texts: AsyncIterable<string>): Promise<ParsedList> {
  const entries: ListEntry[] = [];
  let source: string | undefined;
  let latest: string | null = null;
  let notTargets = 0;
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
    if (value.target === false) {
      notTargets += 1;
      continue;
    }
    const topics = stringsOf(props.topics);
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
      ...(topics.length > 0 ? { programmes: topics } : {}),
      ...categoryOf(value.target, topics),
    });
  }
  if (entries.length === 0 && notTargets > 0)
    throw new ListImportError(
      'LIST_EMPTY',
      `The dataset holds no screenable entity: none of its ${notTargets} persons or organisations is a target`,
    );
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

/**
 * The category of a screened entity: a sanction topic wins, then a PEP role (or a close associate);
 * any other target (crime, debarment, wanted…) is an adverse record. An export without the `target`
 * field and without such topics leaves the decision to the dataset's format.
 */
function categoryOf(target: unknown, topics: string[]): { category?: ListEntryCategory } {
  if (topics.some((t) => t === 'sanction' || t.startsWith('sanction.'))) return { category: 'sanctions' };
  if (topics.some((t) => t === 'role.pep' || t === 'role.rca')) return { category: 'pep' };
  return target === true ? { category: 'other' } : {};
}
