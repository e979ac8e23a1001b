import type { TAuditListQuery } from '@vigilo/domain/contracts/records.ts';
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { users } from '../accounts/accounts.schema.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { documents } from '../contacts/contacts.schema.ts';
import type { TDbOrTx } from '../db/client.ts';
import { caseEvents } from '../declarations/declarations.schema.ts';
import { goamlReports } from '../goaml/goaml.schema.ts';
import { memberships } from '../organisations/organisations.schema.ts';
import { contactEventsCondition, transactionEventsCondition } from './record-subjects.ts';

export type TAuditRow = typeof auditEvents.$inferSelect & { actorName: string | null };

/** Calendar days are Belgian days: "from 2 March" starts at midnight in Brussels. */
const dayStart = (day: string) => sql`(${day}::date)::timestamp at time zone 'Europe/Brussels'`;

function subjectCondition(query: TAuditListQuery): SQL | undefined {
  const { subject, subjectId } = query;
  if (!subject) return undefined;
  if (subject === 'declaration') {
    const decided = eq(auditEvents.action, 'case.decided');
    return subjectId ? and(decided, eq(auditEvents.subjectId, subjectId)) : decided;
  }
  // A contact's or transaction's whole history (its profiles and documents too), when the id is one.
  const isUuid =
    subjectId !== undefined &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(subjectId);
  if (subject === 'contact' && isUuid) return contactEventsCondition(subjectId);
  if (subject === 'transaction' && isUuid) return transactionEventsCondition(subjectId);
  const type = eq(auditEvents.subjectType, subject);
  return subjectId ? and(type, eq(auditEvents.subjectId, subjectId)) : type;
}

/**
 * Leaves out, for an officer a personal report to CTIF-CFI concerns (loi art. 48), every event of that
 * report: the events marked as hidden from them, and those on its case or its goAML report from the
 * moment it was made (tipping-off).
 */
export function notHiddenFrom(viewerUserId: string): SQL {
  return sql`not coalesce((${auditEvents.payload} -> 'hiddenFrom') @> to_jsonb(${viewerUserId}::text), false)
    and not exists (
      select 1 from ${caseEvents} e
      where e.organisation_id = ${auditEvents.organisationId}
        and e.action = 'report-personally'
        and (e.data -> 'hiddenFrom') @> to_jsonb(${viewerUserId}::text)
        and ${auditEvents.createdAt} >= e.created_at
        and (e.subject_id::text = ${auditEvents.subjectId}
          or e.subject_id in (select g.subject_id from ${goamlReports} g where g.id::text = ${auditEvents.subjectId}))
    )`;
}

function filterCondition(organisationId: string, query: TAuditListQuery, viewerUserId: string): SQL {
  return and(
    eq(auditEvents.organisationId, organisationId),
    notHiddenFrom(viewerUserId),
    subjectCondition(query),
    query.actorUserId ? eq(auditEvents.actorUserId, query.actorUserId) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.from ? sql`${auditEvents.createdAt} >= ${dayStart(query.from)}` : undefined,
    query.to ? sql`${auditEvents.createdAt} < ${dayStart(query.to)} + interval '1 day'` : undefined,
  )!;
}

const withActor = { event: auditEvents, firstName: users.firstName, lastName: users.lastName };
type TJoined = { event: typeof auditEvents.$inferSelect; firstName: string | null; lastName: string | null };
const toRow = (r: TJoined): TAuditRow => ({
  ...r.event,
  actorName: r.firstName === null ? null : `${r.firstName} ${r.lastName}`,
});

/** One page of the organisation's events, newest first, with the total for the filters. */
export async function searchAuditEvents(
  db: TDbOrTx,
  organisationId: string,
  query: TAuditListQuery,
  viewerUserId: string,
): Promise<{ rows: TAuditRow[]; total: number }> {
  const where = filterCondition(organisationId, query, viewerUserId);
  const rows = await db
    .select(withActor)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  return { rows: rows.map(toRow), total: total?.n ?? 0 };
}

/** The events matching a subject condition, newest first, at most `limit`. */
export async function findEventsWhere(
  db: TDbOrTx,
  organisationId: string,
  condition: SQL,
  limit: number,
  viewerUserId: string,
): Promise<TAuditRow[]> {
  const rows = await db
    .select(withActor)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.organisationId, organisationId), condition, notHiddenFrom(viewerUserId)))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
  return rows.map(toRow);
}

/** The actions recorded in the organisation's chain and the people who acted in it (filter choices). */
export async function findAuditFacets(db: TDbOrTx, organisationId: string) {
  const actions = await db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, organisationId))
    .orderBy(auditEvents.action);
  const people = await db
    .selectDistinct({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(
      sql`${users.id} in (select ${memberships.userId} from ${memberships} where ${memberships.organisationId} = ${organisationId})
        or ${users.id} in (select ${auditEvents.actorUserId} from ${auditEvents} where ${auditEvents.organisationId} = ${organisationId})`,
    );
  return {
    actions: actions.map((a) => a.action),
    users: people
      .map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}` }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** What each document is attached to, for the links of document events. */
export async function findDocumentSubjects(
  db: TDbOrTx,
  organisationId: string,
  documentIds: string[],
): Promise<Map<string, { subjectType: string; subjectId: string }>> {
  const uuids = documentIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: documents.id, subjectType: documents.subjectType, subjectId: documents.subjectId })
    .from(documents)
    .where(and(eq(documents.organisationId, organisationId), inArray(documents.id, uuids)));
  return new Map(rows.map((r) => [r.id, { subjectType: r.subjectType, subjectId: r.subjectId }]));
}

/** The hash of the newest event of a chain: what a later export or verification can be compared with. */
export async function findChainHead(db: TDbOrTx, chain: string): Promise<string | null> {
  const [row] = await db
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.hash ?? null;
}
