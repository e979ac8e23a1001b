import type { TAuditListQuery } from '@vigilo/domain/contracts/records.ts';
import { and, not, type SQL, sql } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { auditSubjectIs, type TAuditEventRow } from '../audit/audit.reads.ts';
import {
  auditAboutSubjectsSince,
  auditActionsOf,
  auditActorIdsOf,
  auditByActor,
  auditChainHead,
  auditCreatedBefore,
  auditCreatedFrom,
  auditEventsPage,
  auditEventsWhere,
  auditHiddenInPayloadFrom,
  auditOfAction,
  auditOfOrganisation,
  auditSubjectIdIs,
  auditSubjectTypeIs,
} from '../audit/audit-search.ts';
import { documentSubjectsByIds } from '../contacts/contacts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { personalReportsConcerning } from '../declarations/personal-reports-concerning.ts';
import { goamlReportCases } from '../goaml/goaml-report-cases.ts';
import { memberUserIds } from '../organisations/organisations.reads.ts';
import { contactEventsCondition, transactionEventsCondition } from './record-subjects.ts';

export type TAuditRow = TAuditEventRow & { actorName: string | null };

/** Calendar days are Belgian days: "from 2 March" starts at midnight in Brussels. */
const dayStart = (day: string) => sql`(${day}::date)::timestamp at time zone 'Europe/Brussels'`;

function subjectCondition(query: TAuditListQuery): SQL | undefined {
  const { subject, subjectId } = query;
  if (!subject) return undefined;
  if (subject === 'declaration') {
    const decided = auditOfAction('case.decided');
    return subjectId ? and(decided, auditSubjectIdIs(subjectId)) : decided;
  }
  // A contact's or transaction's whole history (its profiles and documents too), when the id is one.
  const isUuid =
    subjectId !== undefined &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(subjectId);
  if (subject === 'contact' && isUuid) return contactEventsCondition(subjectId);
  if (subject === 'transaction' && isUuid) return transactionEventsCondition(subjectId);
  return subjectId ? auditSubjectIs(subject, subjectId) : auditSubjectTypeIs(subject);
}

/**
 * What the personal reports concerning the viewer hide from them: each report's case and the case's goAML
 * reports, from the moment the report was made (`organisation_id`, `subject_id` as text, `since`).
 */
function subjectsHiddenFrom(viewerUserId: string): SQL {
  const reports = personalReportsConcerning(viewerUserId);
  return sql`select r.organisation_id, r.case_id::text as subject_id, r.since from (${reports}) r
    union all
    select r.organisation_id, g.report_id as subject_id, r.since
    from (${reports}) r join (${goamlReportCases()}) g on g.case_id = r.case_id`;
}

/**
 * Leaves out, for an officer a personal report to CTIF-CFI concerns (loi art. 48), every event of that
 * report: the events marked as hidden from them, and those on its case or its goAML report from the
 * moment it was made (tipping-off).
 */
export function notHiddenFrom(viewerUserId: string): SQL {
  return and(
    not(auditHiddenInPayloadFrom(viewerUserId)),
    not(auditAboutSubjectsSince(subjectsHiddenFrom(viewerUserId))),
  )!;
}

function filterCondition(organisationId: string, query: TAuditListQuery, viewerUserId: string): SQL {
  return and(
    auditOfOrganisation(organisationId),
    notHiddenFrom(viewerUserId),
    subjectCondition(query),
    query.actorUserId ? auditByActor(query.actorUserId) : undefined,
    query.action ? auditOfAction(query.action) : undefined,
    query.from ? auditCreatedFrom(dayStart(query.from)) : undefined,
    query.to ? auditCreatedBefore(sql`${dayStart(query.to)} + interval '1 day'`) : undefined,
  )!;
}

/** The events with their actor's name: a page at most, so the names are read by id. */
async function withActorNames(db: TDbOrTx, events: TAuditEventRow[]): Promise<TAuditRow[]> {
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
  const { rows, total } = await auditEventsPage(db, filterCondition(organisationId, query, viewerUserId), {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { rows: await withActorNames(db, rows), total };
}

/** The events matching a subject condition, newest first, at most `limit`. */
export async function findEventsWhere(
  db: TDbOrTx,
  organisationId: string,
  condition: SQL,
  limit: number,
  viewerUserId: string,
): Promise<TAuditRow[]> {
  const where = and(auditOfOrganisation(organisationId), condition, notHiddenFrom(viewerUserId))!;
  return withActorNames(db, await auditEventsWhere(db, where, limit));
}

/** The actions recorded in the organisation's chain and the people who acted in it (filter choices). */
export async function findAuditFacets(db: TDbOrTx, organisationId: string) {
  const actions = await auditActionsOf(db, organisationId);
  // The people of an agency are few: members past and present, and whoever acted in its chain.
  const people = await userNamesByIds(db, [
    ...(await memberUserIds(db, organisationId)),
    ...(await auditActorIdsOf(db, organisationId)),
  ]);
  return {
    actions,
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
export function findChainHead(db: TDbOrTx, chain: string): Promise<string | null> {
  return auditChainHead(db, chain);
}
