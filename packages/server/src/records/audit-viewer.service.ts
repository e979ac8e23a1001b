import type {
  TAuditEvent,
  TAuditFacets,
  TAuditLink,
  TAuditListQuery,
  TAuditListResponse,
  TChainVerification,
  TSubjectHistoryResponse,
} from '@vigilo/domain/contracts/records.ts';
import type { SQL } from 'drizzle-orm';
import { chainOf, verifyAuditChains } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import {
  findAuditFacets,
  findChainHead,
  findDocumentSubjects,
  findEventsWhere,
  searchAuditEvents,
  type TAuditRow,
} from './audit-viewer.repository.ts';
import { contactEventsCondition, transactionEventsCondition } from './record-subjects.ts';
import { assertCanViewAuditTrail } from './records.policy.ts';

const historyLimit = 500;

function linkOf(
  row: TAuditRow,
  documentSubjects: Map<string, { subjectType: string; subjectId: string }>,
): TAuditLink | null {
  switch (row.subjectType) {
    case 'contact':
    case 'transaction':
    case 'risk_profile':
    case 'member':
      return { kind: row.subjectType, id: row.subjectId };
    case 'wallet':
    case 'organisation':
    case 'policy':
      return { kind: row.subjectType, id: null };
    case 'document': {
      const parent = row.subjectId ? documentSubjects.get(row.subjectId) : undefined;
      if (parent?.subjectType === 'contact' || parent?.subjectType === 'transaction') {
        return { kind: parent.subjectType, id: parent.subjectId };
      }
      return null;
    }
    default:
      return null;
  }
}

async function present(ctx: TAppContext, organisationId: string, rows: TAuditRow[]): Promise<TAuditEvent[]> {
  const documentIds = rows
    .filter((r) => r.subjectType === 'document' && r.subjectId)
    .map((r) => r.subjectId!);
  const documentSubjects = await findDocumentSubjects(ctx.db, organisationId, documentIds);
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    ip: row.ip,
    payload: row.payload as Record<string, unknown> | null,
    redactedAt: row.redactedAt?.toISOString() ?? null,
    hash: row.hash,
    link: linkOf(row, documentSubjects),
  }));
}

/** The audit viewer: every recorded action of the organisation, filtered and paginated. */
export async function listAuditEvents(
  ctx: TAppContext,
  actor: TActor,
  query: TAuditListQuery,
): Promise<TAuditListResponse> {
  assertCanViewAuditTrail(actor);
  const { rows, total } = await searchAuditEvents(ctx.db, actor.organisationId, query, actor.userId);
  return {
    items: await present(ctx, actor.organisationId, rows),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function listAuditFacets(ctx: TAppContext, actor: TActor): Promise<TAuditFacets> {
  assertCanViewAuditTrail(actor);
  return findAuditFacets(ctx.db, actor.organisationId);
}

async function history(ctx: TAppContext, actor: TActor, condition: SQL): Promise<TSubjectHistoryResponse> {
  const rows = await findEventsWhere(ctx.db, actor.organisationId, condition, historyLimit + 1, actor.userId);
  return {
    items: await present(ctx, actor.organisationId, rows.slice(0, historyLimit)),
    truncated: rows.length > historyLimit,
  };
}

/** A contact's own history (the contact, its risk profiles and documents), for its page. */
export function contactHistory(ctx: TAppContext, actor: TActor, contactId: string) {
  return history(ctx, actor, contactEventsCondition(contactId));
}

/** A transaction's own history (the transaction and its documents), for its page. */
export function transactionHistory(ctx: TAppContext, actor: TActor, transactionId: string) {
  return history(ctx, actor, transactionEventsCondition(transactionId));
}

/** The officer's button: recomputes the organisation's chain and names the first broken event. */
export async function verifyOrganisationChain(ctx: TAppContext, actor: TActor): Promise<TChainVerification> {
  assertCanViewAuditTrail(actor);
  const chain = chainOf(actor.organisationId);
  const report = await verifyAuditChains(ctx.db, { chain });
  return {
    ok: report.ok,
    events: report.events,
    brokenAt: report.ok ? null : { id: report.brokenAt.id, reason: report.brokenAt.reason },
    headHash: await findChainHead(ctx.db, chain),
    verifiedAt: new Date().toISOString(),
  };
}
