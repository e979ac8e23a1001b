import { searchTerms } from '@vigilo/domain/contacts/index.ts';
import type { TContactListQuery } from '@vigilo/domain/contracts/contacts.ts';
import { and, asc, count, desc, eq, gte, inArray, like, lt, lte, type SQL, sql } from 'drizzle-orm';
import { users } from '../accounts/accounts.schema.ts';
import type { TDbOrTx } from '../db/client.ts';
import { contacts, contactVersions, documents, pepAssessments } from './contacts.schema.ts';

export type TContactRow = typeof contacts.$inferSelect;
export type TContactVersionRow = typeof contactVersions.$inferSelect;

export async function findContact(db: TDbOrTx, organisationId: string, contactId: string) {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.organisationId, organisationId)));
  return row ?? null;
}

export async function findVersion(db: TDbOrTx, organisationId: string, contactId: string, versionNo: number) {
  const [row] = await db
    .select({ version: contactVersions, firstName: users.firstName, lastName: users.lastName })
    .from(contactVersions)
    .leftJoin(users, eq(users.id, contactVersions.createdBy))
    .where(
      and(
        eq(contactVersions.contactId, contactId),
        eq(contactVersions.organisationId, organisationId),
        eq(contactVersions.versionNo, versionNo),
      ),
    );
  return row ?? null;
}

export async function listVersions(db: TDbOrTx, organisationId: string, contactId: string) {
  return db
    .select({ version: contactVersions, firstName: users.firstName, lastName: users.lastName })
    .from(contactVersions)
    .leftJoin(users, eq(users.id, contactVersions.createdBy))
    .where(and(eq(contactVersions.contactId, contactId), eq(contactVersions.organisationId, organisationId)))
    .orderBy(desc(contactVersions.versionNo));
}

/** Current version data of several contacts of one organisation (for links and ownership graphs). */
export async function findCurrentVersions(db: TDbOrTx, organisationId: string, contactIds: string[]) {
  if (contactIds.length === 0) return [];
  return db
    .select({ contact: contacts, data: contactVersions.data })
    .from(contacts)
    .innerJoin(
      contactVersions,
      and(
        eq(contactVersions.contactId, contacts.id),
        eq(contactVersions.versionNo, contacts.currentVersionNo),
      ),
    )
    .where(and(eq(contacts.organisationId, organisationId), inArray(contacts.id, contactIds)));
}

export async function documentPurposes(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
): Promise<string[]> {
  const rows = await db
    .select({ purpose: documents.purpose })
    .from(documents)
    .where(
      and(
        eq(documents.organisationId, organisationId),
        eq(documents.subjectType, 'contact'),
        eq(documents.subjectId, contactId),
      ),
    );
  return rows.map((r) => r.purpose);
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The Contacts page query: every filter runs in SQL, scoped by organisation, paginated. */
export async function searchContacts(
  db: TDbOrTx,
  organisationId: string,
  query: TContactListQuery,
  today: string,
) {
  const conditions: (SQL | undefined)[] = [eq(contacts.organisationId, organisationId)];
  for (const term of searchTerms(query.q ?? '')) {
    conditions.push(like(contacts.searchText, `%${escapeLike(term)}%`));
  }
  if (query.kind) conditions.push(eq(contacts.kind, query.kind));
  if (query.status) conditions.push(eq(contacts.status, query.status));
  if (query.vigilance) conditions.push(eq(contacts.vigilanceLevel, query.vigilance));
  if (query.reviewDue === 'true') conditions.push(lte(contacts.reviewDueAt, today));
  if (query.reviewDue === 'false')
    conditions.push(sql`(${contacts.reviewDueAt} is null or ${contacts.reviewDueAt} > ${today})`);
  if (query.createdBy) conditions.push(eq(contacts.createdBy, query.createdBy));
  if (query.createdFrom) conditions.push(gte(contacts.createdAt, new Date(`${query.createdFrom}T00:00:00Z`)));
  if (query.createdTo)
    conditions.push(
      lt(contacts.createdAt, new Date(new Date(`${query.createdTo}T00:00:00Z`).getTime() + 86_400_000)),
    );
  const where = and(...conditions);
  const order = {
    name: [asc(contacts.sortName), asc(contacts.id)],
    '-name': [desc(contacts.sortName), desc(contacts.id)],
    created: [asc(contacts.createdAt), asc(contacts.id)],
    '-created': [desc(contacts.createdAt), desc(contacts.id)],
  }[query.sort];
  const rows = await db
    .select({ contact: contacts, firstName: users.firstName, lastName: users.lastName })
    .from(contacts)
    .leftJoin(users, eq(users.id, contacts.createdBy))
    .where(where)
    .orderBy(...order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(contacts).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The latest PEP assessment of each of several contacts (the officer's, ending heightened vigilance). */
export async function latestPepAssessments(db: TDbOrTx, organisationId: string, contactIds: string[]) {
  const found = new Map<
    string,
    { functionEndDate: string; assessment: string; assessedAt: Date; assessedByName: string | null }
  >();
  if (contactIds.length === 0) return found;
  const rows = await db
    .select({ row: pepAssessments, firstName: users.firstName, lastName: users.lastName })
    .from(pepAssessments)
    .leftJoin(users, eq(users.id, pepAssessments.assessedBy))
    .where(
      and(eq(pepAssessments.organisationId, organisationId), inArray(pepAssessments.contactId, contactIds)),
    )
    .orderBy(asc(pepAssessments.createdAt));
  for (const { row, firstName, lastName } of rows) {
    found.set(row.contactId, {
      functionEndDate: row.functionEndDate,
      assessment: row.assessment,
      assessedAt: row.createdAt,
      assessedByName: firstName ? `${firstName} ${lastName}` : null,
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
