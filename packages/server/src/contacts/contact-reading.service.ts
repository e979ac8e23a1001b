// Reading contacts: the list, a version, the contact page with its warnings, links and ownership, and the
// audited views of them (split from contacts.service.ts, issue 19).
import { contactFlags, linkedContactIds } from '@vigilo/domain/contacts/index.ts';
import type {
  TContactData,
  TContactDetail,
  TContactListQuery,
  TContactSummary,
  TContactVersion,
} from '@vigilo/domain/contracts/contacts.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordReadAudit } from '../audit/audit.service.ts';
import type { TAuditPayload } from '../audit/audit-payloads.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { analyseOwnership } from './contact-ownership.ts';
import { pepStandingView } from './contact-pep.ts';
import {
  findContactIdByIdentifier,
  findContactWithVersions,
  findCurrentVersions,
  findVersion,
  searchContacts,
  type TContactSummaryRow,
} from './contacts.repository.ts';
import { dueDiligenceOf } from './due-diligence.service.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** A person's name from a `userNamesByIds` map, or null for no one (or an account gone). */
const nameOf = (names: Map<string, string>, userId: string | null) => (userId && names.get(userId)) ?? null;

type TVersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

function presentVersion(row: TVersionRow, names: Map<string, string>): TContactVersion {
  return {
    id: row.version.id,
    versionNo: row.version.versionNo,
    data: row.version.data as TContactData,
    changes: row.version.changes as TContactVersion['changes'],
    source: row.version.source ?? null,
    createdByName: nameOf(names, row.version.createdBy),
    createdAt: row.version.createdAt.toISOString(),
  };
}

function presentSummary(row: TContactSummaryRow, createdByName: string | null): TContactSummary {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.displayName,
    enterpriseNumber: row.enterpriseNumber,
    city: row.city,
    status: row.status,
    vigilanceLevel: row.vigilanceLevel,
    reviewDueAt: row.reviewDueAt,
    currentVersionNo: row.currentVersionNo,
    createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listContacts(ctx: TAppContext, actor: TActor, query: TContactListQuery) {
  const { rows, total, totalCapped } = await searchContacts(ctx.db, actor.organisationId, query, today());
  const names = await userNamesByIds(
    ctx.db,
    rows.map((r) => r.contact.createdBy),
  );
  return {
    total,
    totalCapped,
    items: rows.map((r) => presentSummary(r.contact, nameOf(names, r.contact.createdBy))),
  };
}

export async function getContactVersion(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  versionNo: number,
): Promise<TContactVersion> {
  const row = await findVersion(ctx.db, actor.organisationId, contactId, versionNo);
  if (!row) throw new AppError('not_found');
  return presentVersion(row, await userNamesByIds(ctx.db, [row.version.createdBy]));
}

/**
 * Reading a contact's personal data is audited (who read what, M10): the contact page and each version
 * opened. Other reads of the detail (after a save) are not views and go through `getContactDetail`.
 */
export async function viewContact(ctx: TAppContext, actor: TActor, contactId: string) {
  const detail = await getContactDetail(ctx, actor, contactId);
  await recordContactView(ctx, actor, contactId, {});
  return detail;
}

export async function viewContactVersion(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  versionNo: number,
) {
  const version = await getContactVersion(ctx, actor, contactId, versionNo);
  await recordContactView(ctx, actor, contactId, { versionNo });
  return version;
}

function recordContactView(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  payload: TAuditPayload<'contact.viewed'>,
) {
  // A read takes no part in the organisation's write transactions: appended in batches (see recordReadAudit).
  return recordReadAudit(ctx.db, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'contact.viewed',
    subjectType: 'contact',
    subjectId: contactId,
    payload,
    ip: actor.ip,
  });
}

/**
 * The contact page: current version, history, warnings, linked contacts and, for entities, ownership.
 * `justCreated`: the contact was created in this request, so nothing can refer to it yet (verifications,
 * register extracts): those reads are skipped (issue 21). Its documents' purposes cost nothing to skip: they
 * come in the contact's own statement.
 */
export async function getContactDetail(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  justCreated = false,
): Promise<TContactDetail> {
  // Two waves: the contact with its versions and its documents' purposes (one statement, scoped by the
  // agency, so a stranger's id finds nothing), then what the current version names.
  const found = await findContactWithVersions(ctx.db, actor.organisationId, contactId);
  if (!found) throw new AppError('not_found');
  const { contact, versions, documentPurposes: purposes } = found;
  const currentRow = versions.find((v) => v.version.versionNo === contact.currentVersionNo);
  if (!currentRow) throw new AppError('not_found');
  const data = currentRow.version.data as TContactData;
  // Every version is in the list (the current one, and the first, whose author created the contact): one
  // query for the names of all their authors.
  const [names, linked, ownership, pepStanding, dueDiligence] = await Promise.all([
    userNamesByIds(
      ctx.db,
      versions.map((v) => v.version.createdBy),
    ),
    findCurrentVersions(ctx.db, actor.organisationId, linkedContactIds(data).all),
    data.kind === 'entity' ? analyseOwnership(ctx.db, actor.organisationId, contactId, data) : null,
    pepStandingView(ctx.db, actor.organisationId, contactId, data),
    dueDiligenceOf(ctx.db, actor.organisationId, contactId, data, justCreated),
  ]);
  const creator = versions.find((v) => v.version.versionNo === 1)?.version.createdBy ?? null;
  const current = presentVersion(currentRow, names);
  return {
    ...presentSummary(contact, nameOf(names, creator)),
    current,
    versions: versions.map((v) => ({
      versionNo: v.version.versionNo,
      createdAt: v.version.createdAt.toISOString(),
      createdByName: nameOf(names, v.version.createdBy),
      changes: v.version.changes as TContactVersion['changes'],
      source: v.version.source ?? null,
    })),
    flags: contactFlags(current.data, today(), purposes),
    linkedContacts: linked.map((l) => ({
      id: l.contact.id,
      displayName: l.contact.displayName,
      kind: l.contact.kind,
    })),
    dueDiligence,
    ...(ownership?.ok
      ? {
          ownership: ownership.results,
          seniorManagingOfficialsRequired: ownership.seniorManagingOfficialsRequired,
        }
      : {}),
    ...(pepStanding ? { pepStanding } : {}),
  };
}

/** The contact already identified by this national or enterprise number in the organisation (imports, B10). */
export function findContactByIdentifier(
  db: TDbOrTx,
  organisationId: string,
  identifier: { nationalNumber: string } | { enterpriseNumber: string },
): Promise<string | null> {
  return findContactIdByIdentifier(db, organisationId, identifier);
}
