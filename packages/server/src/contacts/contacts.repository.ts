import { searchTerms } from '@vigilo/domain/contacts/index.ts';
import type { TContactListQuery } from '@vigilo/domain/contracts/contacts.ts';
import { and, asc, desc, eq, gte, inArray, like, lt, lte, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { cappedCount, cappedTotal } from '../db/capped-count.ts';
import type { TDbOrTx } from '../db/client.ts';
import { listQueryValues } from '../db/list-query-values.ts';
import { preparedStatements } from '../db/prepared.ts';
import { documentPurposesSql } from '../documents/documents.reads.ts';
import { contacts, contactVersions, pepAssessments } from './contacts.schema.ts';

export type TContactRow = typeof contacts.$inferSelect;

/** What a row of the Contacts page shows: not the search text, the sort key or the organisation. */
const summaryColumns = {
  id: contacts.id,
  kind: contacts.kind,
  displayName: contacts.displayName,
  enterpriseNumber: contacts.enterpriseNumber,
  city: contacts.city,
  status: contacts.status,
  vigilanceLevel: contacts.vigilanceLevel,
  reviewDueAt: contacts.reviewDueAt,
  currentVersionNo: contacts.currentVersionNo,
  createdBy: contacts.createdBy,
  createdAt: contacts.createdAt,
};
export type TContactSummaryRow = Pick<TContactRow, keyof typeof summaryColumns>;
export type TContactVersionRow = typeof contactVersions.$inferSelect;

// The contact page's and every contact route's reads, prepared once (issue 21: Drizzle built their SQL
// on every request).
const contactById = preparedStatements('vigilo_contact_by_id', (db: TDbOrTx, name) =>
  db
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.id, sql`${sql.placeholder('contactId')}::uuid`),
        eq(contacts.organisationId, sql`${sql.placeholder('organisationId')}::uuid`),
      ),
    )
    .prepare(name),
);

export async function findContact(db: TDbOrTx, organisationId: string, contactId: string) {
  const [row] = await contactById(db).execute({ contactId, organisationId });
  return row ?? null;
}

const versionOfContact = preparedStatements('vigilo_contact_version', (db: TDbOrTx, name) =>
  db
    .select({ version: contactVersions })
    .from(contactVersions)
    .where(
      and(
        eq(contactVersions.contactId, sql`${sql.placeholder('contactId')}::uuid`),
        eq(contactVersions.organisationId, sql`${sql.placeholder('organisationId')}::uuid`),
        eq(contactVersions.versionNo, sql`${sql.placeholder('versionNo')}::int`),
      ),
    )
    .prepare(name),
);

export async function findVersion(db: TDbOrTx, organisationId: string, contactId: string, versionNo: number) {
  const [row] = await versionOfContact(db).execute({ contactId, organisationId, versionNo });
  return row ?? null;
}

/** The agency's contact joined to its versions: all of them, or only the one asked for (`versionNo`). */
const contactVersionsCondition = (oneVersion: boolean) =>
  and(
    eq(contactVersions.contactId, sql`${sql.placeholder('contactId')}::uuid`),
    eq(contactVersions.organisationId, sql`${sql.placeholder('organisationId')}::uuid`),
    oneVersion ? eq(contactVersions.versionNo, sql`${sql.placeholder('versionNo')}::int`) : undefined,
  );

// A case's contact as it was when the case began, with the contact as it is now, in one statement.
const contactAtItsVersion = preparedStatements('vigilo_contact_at_version', (db: TDbOrTx, name) =>
  db
    .select({ contact: contacts, version: contactVersions })
    .from(contactVersions)
    .innerJoin(contacts, eq(contacts.id, contactVersions.contactId))
    .where(contactVersionsCondition(true))
    .prepare(name),
);

/** A contact of the agency and one of its versions; null when the agency has no such contact or version. */
export async function findContactAtVersion(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
  versionNo: number,
): Promise<{ contact: TContactRow; version: TContactVersionRow } | null> {
  const [row] = await contactAtItsVersion(db).execute({ contactId, organisationId, versionNo });
  return row ?? null;
}

// The contact page's first read: the contact, every version of it (newest first) and its documents'
// purposes, in one statement (issue 21). The purposes' subquery takes only placeholders, so PostgreSQL
// runs it once for the statement, not per version.
const contactPage = preparedStatements('vigilo_contact_page', (db: TDbOrTx, name) =>
  db
    .select({
      contact: contacts,
      version: contactVersions,
      documentPurposes: documentPurposesSql(
        sql`${sql.placeholder('contactId')}::uuid`,
        sql`${sql.placeholder('organisationId')}::uuid`,
      ),
    })
    .from(contactVersions)
    .innerJoin(contacts, eq(contacts.id, contactVersions.contactId))
    .where(contactVersionsCondition(false))
    .orderBy(desc(contactVersions.versionNo))
    .prepare(name),
);

/**
 * A contact of the agency with its versions, newest first, and the purposes of its documents (one per
 * document); null when the agency has no such contact.
 */
export async function findContactWithVersions(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
): Promise<{
  contact: TContactRow;
  versions: { version: TContactVersionRow }[];
  documentPurposes: string[];
} | null> {
  const rows = await contactPage(db).execute({ contactId, organisationId });
  const first = rows[0];
  if (!first) return null;
  return {
    contact: first.contact,
    versions: rows.map(({ version }) => ({ version })),
    documentPurposes: first.documentPurposes,
  };
}

export async function findCurrentVersions(db: TDbOrTx, organisationId: string, contactIds: string[]) {
  if (contactIds.length === 0) return [];
  return currentVersionsOf(db).execute({ organisationId, contactIds });
}

// Contacts with their current data, by id: a contact page reads its linked contacts, owners and their
// verifications through it, as does each screening; built once (issue 21). The agency is compared as text,
// as in `contacts.reads.ts`: as an index condition, the generic plan intersected the ids with the agency's
// whole index (5 ms on 25,000 contacts instead of 0.1 through the primary key).
const currentVersionsOf = preparedStatements('vigilo_contact_current_versions', (db: TDbOrTx, name) =>
  db
    .select({ contact: contacts, data: contactVersions.data })
    .from(contacts)
    .innerJoin(
      contactVersions,
      and(
        eq(contactVersions.contactId, contacts.id),
        eq(contactVersions.versionNo, contacts.currentVersionNo),
      ),
    )
    .where(
      and(
        sql`${contacts.id} = any(${sql.placeholder('contactIds')}::uuid[])`,
        sql`${contacts.organisationId}::text = ${sql.placeholder('organisationId')}::uuid::text`,
      ),
    )
    .prepare(name),
);

/**
 * Beyond this many matches the list says "more than 1,000" instead of counting them all: the count reads
 * every matching row, and on a large agency it cost more than the page itself (docs/PERFORMANCE.md,
 * "Contacts"; issue 21 lowered it from 10,000, as nobody pages past page 40 without refining the search).
 */
export const CONTACT_COUNT_CAP = 1_000;

type TSearchShape = {
  terms: number;
  kind: boolean;
  status: boolean;
  vigilance: boolean;
  reviewDue: 'true' | 'false' | undefined;
  createdBy: boolean;
  createdFrom: boolean;
  createdTo: boolean;
  sort: TContactListQuery['sort'];
  cap: number;
};

/** The page and the capped count of one combination of filters, with every value a placeholder. */
function buildSearch(db: TDbOrTx, name: string, key: string) {
  const shape = JSON.parse(key) as TSearchShape;
  const p = (param: string, type: string) => sql`${sql.placeholder(param)}::${sql.raw(type)}`;
  const conditions: SQL[] = [eq(contacts.organisationId, p('organisationId', 'uuid'))];
  for (let i = 0; i < shape.terms; i++) conditions.push(like(contacts.searchText, p(`term${i}`, 'text')));
  if (shape.kind) conditions.push(eq(contacts.kind, sql`${p('kind', 'text')}`));
  if (shape.status) conditions.push(eq(contacts.status, sql`${p('status', 'text')}`));
  if (shape.vigilance) conditions.push(eq(contacts.vigilanceLevel, sql`${p('vigilance', 'text')}`));
  if (shape.reviewDue === 'true') conditions.push(lte(contacts.reviewDueAt, p('today', 'date')));
  if (shape.reviewDue === 'false')
    conditions.push(
      sql`(${contacts.reviewDueAt} is null or ${contacts.reviewDueAt} > ${p('today', 'date')})`,
    );
  if (shape.createdBy) conditions.push(eq(contacts.createdBy, p('createdBy', 'uuid')));
  if (shape.createdFrom) conditions.push(gte(contacts.createdAt, p('createdFrom', 'timestamptz')));
  if (shape.createdTo) conditions.push(lt(contacts.createdAt, p('createdTo', 'timestamptz')));
  const where = and(...conditions);
  // A search's statements are built once but sent unnamed, so PostgreSQL plans each with its words: the
  // generic plan of a named one cannot know a pattern's selectivity and, after five runs, scanned the
  // agency's name index instead of the trigram index (8 ms a search instead of 0.5; issue 21).
  const statementName = (suffix: string) => (shape.terms > 0 ? '' : `${name}_${suffix}`);
  // The same order on the table and on a search's matches.
  const orderOf = (c: { sortName: SQLWrapper; createdAt: SQLWrapper; id: SQLWrapper }) =>
    ({
      name: [asc(c.sortName), asc(c.id)],
      '-name': [desc(c.sortName), desc(c.id)],
      created: [asc(c.createdAt), asc(c.id)],
      '-created': [desc(c.createdAt), desc(c.id)],
    })[shape.sort];
  const page = db
    .select({ contact: summaryColumns })
    .from(contacts)
    .where(where)
    .orderBy(...orderOf(contacts))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(statementName('page'));
  const capped = cappedCount(db, contacts, where, shape.cap);
  // Without words, the page and its capped count in one statement: the count is an uncorrelated
  // subquery, which PostgreSQL runs once, not per row (one round trip fewer per page; issue 21).
  const pageWithCount = db
    .select({
      contact: summaryColumns,
      total: capped.subquery,
    })
    .from(contacts)
    .where(where)
    .orderBy(...orderOf(contacts))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(statementName('page_count'));
  // A search's matches up to the cap, read once: their count and the sorted page come from that one read,
  // so a search costs one statement and one scan (the agency's trigram index finds the few rows it
  // matches; docs/PERFORMANCE.md, issue 21). Past the cap, `page` sorts through the whole index instead.
  const matching = db.$with('matching').as(
    db
      .select({ ...summaryColumns, sortName: contacts.sortName })
      .from(contacts)
      .where(where)
      .limit(shape.cap + 1),
  );
  const fields = Object.fromEntries(
    Object.keys(summaryColumns).map((key) => [key, matching[key as keyof TContactSummaryRow]]),
  ) as { [K in keyof TContactSummaryRow]: (typeof matching)[K] };
  const pageAndCount = db
    .with(matching)
    .select({ contact: fields, total: sql<number>`(select count(*) from "matching")::int` })
    .from(matching)
    .orderBy(...orderOf(matching))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(statementName('matches'));
  const matchingCount = capped.countUpTo.prepare(statementName('count'));
  return { page, pageWithCount, pageAndCount, matchingCount };
}

const searchStatements = preparedStatements('vigilo_contact_search', buildSearch);

/**
 * The Contacts page query: every filter runs in SQL, scoped by organisation, paginated; the total is
 * counted up to `cap` (`totalCapped` beyond). Built once per combination of filters.
 */
export async function searchContacts(
  db: TDbOrTx,
  organisationId: string,
  query: TContactListQuery,
  today: string,
  cap = CONTACT_COUNT_CAP,
) {
  const terms = searchTerms(query.q ?? '');
  const shape: TSearchShape = {
    terms: terms.length,
    kind: query.kind !== undefined,
    status: query.status !== undefined,
    vigilance: query.vigilance !== undefined,
    reviewDue: query.reviewDue === 'true' || query.reviewDue === 'false' ? query.reviewDue : undefined,
    createdBy: query.createdBy !== undefined,
    createdFrom: query.createdFrom !== undefined,
    createdTo: query.createdTo !== undefined,
    sort: query.sort,
    cap,
  };
  const values = {
    ...listQueryValues(terms, query),
    organisationId,
    kind: query.kind,
    status: query.status,
    vigilance: query.vigilance,
    today,
    createdBy: query.createdBy,
  };
  const statements = searchStatements(db, JSON.stringify(shape));
  if (terms.length === 0) {
    // Without words to find, the page comes straight from an index in sort order and the count stops at
    // the cap.
    const rows = await statements.pageWithCount.execute(values);
    if (rows[0]) return withCappedTotal(rows, rows[0].total, cap);
  } else {
    const matches = await statements.pageAndCount.execute(values);
    const first = matches[0];
    if (first && first.total <= cap) return withCappedTotal(matches, first.total, cap);
    if (first) return { rows: await statements.page.execute(values), total: cap, totalCapped: true };
  }
  // No row on the first page: nothing matches. On a later one, the count says where the end lies.
  if (query.page === 1) return { rows: [], total: 0, totalCapped: false };
  const [counted] = await statements.matchingCount.execute(values);
  return { rows: [], ...cappedTotal(counted?.n ?? 0, cap) };
}

function withCappedTotal(rows: { contact: TContactSummaryRow }[], counted: number, cap: number) {
  return { rows: rows.map(({ contact }) => ({ contact })), ...cappedTotal(counted, cap) };
}

/** The latest PEP assessment of each of several contacts (the officer's, ending heightened vigilance). */
export async function latestPepAssessments(db: TDbOrTx, organisationId: string, contactIds: string[]) {
  const found = new Map<
    string,
    { functionEndDate: string; assessment: string; assessedAt: Date; assessedByName: string | null }
  >();
  if (contactIds.length === 0) return found;
  const rows = await db
    .select()
    .from(pepAssessments)
    .where(
      and(eq(pepAssessments.organisationId, organisationId), inArray(pepAssessments.contactId, contactIds)),
    )
    .orderBy(asc(pepAssessments.createdAt));
  const names = await userNamesByIds(
    db,
    rows.map((row) => row.assessedBy),
  );
  for (const row of rows) {
    found.set(row.contactId, {
      functionEndDate: row.functionEndDate,
      assessment: row.assessment,
      assessedAt: row.createdAt,
      assessedByName: (row.assessedBy && names.get(row.assessedBy)) ?? null,
    });
  }
  return found;
}

export async function insertPepAssessment(
  tx: TDbOrTx,
  values: {
    organisationId: string;
    contactId: string;
    functionEndDate: string;
    assessment: string;
    assessedBy: string;
  },
) {
  await tx.insert(pepAssessments).values(values);
}

/**
 * The contact of the organisation that already carries this national number (in its current version) or
 * enterprise number, if any: how an import recognises a client it already has.
 */
export async function findContactIdByIdentifier(
  db: TDbOrTx,
  organisationId: string,
  identifier: { nationalNumber: string } | { enterpriseNumber: string },
): Promise<string | null> {
  if ('enterpriseNumber' in identifier) {
    const [row] = await db
      .select({ id: contacts.id })
      .from(contacts)
      .where(
        and(
          eq(contacts.organisationId, organisationId),
          eq(contacts.enterpriseNumber, identifier.enterpriseNumber),
        ),
      )
      .limit(1);
    return row?.id ?? null;
  }
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .innerJoin(
      contactVersions,
      and(
        eq(contactVersions.contactId, contacts.id),
        eq(contactVersions.versionNo, contacts.currentVersionNo),
      ),
    )
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        eq(contacts.kind, 'person'),
        sql`${contactVersions.data}->>'nationalNumber' = ${identifier.nationalNumber}`,
      ),
    )
    .limit(1);
  return row?.id ?? null;
}
