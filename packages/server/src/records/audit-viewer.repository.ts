import type { TAuditListQuery } from '@vigilo/domain/contracts/records.ts';
import { and, count, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { documentSubjectsByIds } from '../contacts/contacts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { caseEvents } from '../declarations/declarations.schema.ts';
import { goamlReports } from '../goaml/goaml.schema.ts';
import { memberUserIds } from '../organisations/organisations.reads.ts';
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

type TEventRow = typeof auditEvents.$inferSelect;

/** The events with their actor's name: a page at most, so the names are read by id. */
async function withActorNames(db: TDbOrTx, events: TEventRow[]): Promise<TAuditRow[]> {
  const names = await userNamesByIds(
    db,
    events.map((e) => e.actorUserId),
  );
  return events.map((e) => ({ ...e, actorName: (e.actorUserId && names.get(e.actorUserId)) ?? null }));
}

/** One page of the organisation's events, newest first, with the total for the filters. */
export async function searchAuditEvents(
  db: TDbOrTx,
  organisationId: string,
  query: TAuditListQuery,
  viewerUserId: string,
): Promise<{ rows: TAuditRow[]; total: number }> {
  const where = filterCondition(organisationId, query, viewerUserId);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  return { rows: await withActorNames(db, rows), total: total?.n ?? 0 };
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
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), condition, notHiddenFrom(viewerUserId)))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
  return withActorNames(db, rows);
}

/** The actions recorded in the organisation's chain and the people who acted in it (filter choices). */
export async function findAuditFacets(db: TDbOrTx, organisationId: string) {
  const actions = await db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, organisationId))
    .orderBy(auditEvents.action);
  // The people of an agency are few: members past and present, and whoever acted in its chain.
  const actors = await db
    .selectDistinct({ id: auditEvents.actorUserId })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), isNotNull(auditEvents.actorUserId)));
  const people = await userNamesByIds(db, [
    ...(await memberUserIds(db, organisationId)),
    ...actors.map((a) => a.id),
  ]);
  return {
    actions: actions.map((a) => a.action),
    users: [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
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
  const rows = await documentSubjectsByIds(db, organisationId, uuids);
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
