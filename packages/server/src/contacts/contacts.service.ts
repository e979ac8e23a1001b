import {
  checkContactData,
  contactFlags,
  diffContactData,
  linkedContactIds,
  summarise,
} from '@vigilo/domain/contacts/index.ts';
import type {
  TContactData,
  TContactDetail,
  TContactListQuery,
  TContactSummary,
  TContactVersion,
  TContactVersionSource,
} from '@vigilo/domain/contracts/contacts.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { eq } from 'drizzle-orm';
import { recordAudit, recordReadAudit } from '../audit/audit.service.ts';
import type { TAuditPayload } from '../audit/audit-payloads.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { kboSourceFor } from '../kbo/kbo.service.ts';
import { announceNewHits, screenContact } from '../screening/screen-contact.ts';
import { analyseOwnership } from './contact-ownership.ts';
import { pepStandingView } from './contact-pep.ts';
import {
  documentPurposes,
  findContact,
  findContactIdByIdentifier,
  findCurrentVersions,
  findVersion,
  listVersions,
  searchContacts,
  type TContactRow,
} from './contacts.repository.ts';
import { contacts, contactVersions } from './contacts.schema.ts';
import { dueDiligenceOf } from './due-diligence.service.ts';

const today = () => new Date().toISOString().slice(0, 10);

function fieldErrors(errors: { field: string; code: string; vars?: Record<string, string> }[]): AppError {
  return new AppError('validation_failed', { fields: errors });
}

/** Domain checks, then links: every linked contact exists in the organisation, persons where required. */
async function validate(
  tx: TDbOrTx,
  actor: TActor,
  input: TContactData,
  selfId?: string,
): Promise<TContactData> {
  const checked = checkContactData(input, selfId, new Date().toISOString().slice(0, 10));
  if (!checked.ok) throw fieldErrors(checked.errors);
  const links = linkedContactIds(checked.value);
  const found = await findCurrentVersions(tx, actor.organisationId, links.all);
  const kinds = new Map(found.map((f) => [f.contact.id, f.contact.kind]));
  const errors = links.all
    .filter((id) => !kinds.has(id))
    .map(() => ({ field: 'links', code: 'linked_contact_not_found' }));
  if (links.personsOnly.some((id) => kinds.get(id) === 'entity'))
    errors.push({ field: 'mandataries', code: 'must_be_person' });
  if (errors.length) throw fieldErrors(errors);
  if (checked.value.kind === 'entity' && selfId) {
    const analysis = await analyseOwnership(tx, actor.organisationId, selfId, checked.value);
    if (analysis && !analysis.ok && analysis.error.code === 'cycle') {
      throw fieldErrors([
        { field: 'beneficialOwners', code: 'ownership_cycle', vars: { cycle: analysis.names.join(' → ') } },
      ]);
    }
  }
  return checked.value;
}

export type TSaveOptions = {
  /** The entity was filled in from the KBO/BCE: the version keeps the extract as its dated source. */
  kboSource?: boolean;
  lang?: 'fr' | 'nl' | 'en';
};

/**
 * The KBO source of a version saved after a fill-in: read from the extract loaded now, for the enterprise
 * number being saved (so a number changed after the fill-in keeps no stale source). Null otherwise, or
 * when no extract holds the number: the version is saved as today.
 */
async function versionSource(
  ctx: TAppContext,
  input: TContactData,
  options: TSaveOptions,
): Promise<TContactVersionSource | null> {
  if (!options.kboSource || input.kind !== 'entity' || !input.enterpriseNumber) return null;
  return kboSourceFor(ctx, input.enterpriseNumber, options.lang ?? 'fr');
}

function sourcePayload(source: TContactVersionSource | null) {
  return source ? { source: { kind: source.kind, extractNumber: source.extractNumber } } : {};
}

/** Creates a contact and its version 1 (status draft), audited in the same transaction. */
export async function createContact(
  ctx: TAppContext,
  actor: TActor,
  input: TContactData,
  options: TSaveOptions = {},
): Promise<TContactDetail> {
  const source = await versionSource(ctx, input, options);
  const { id } = await saveNewContact(ctx, actor, input, source);
  return getContactDetail(ctx, actor, id);
}

/**
 * The same creation without reading the contact back: for the bulk import, which needs only the id and
 * the number of hits its screening found (it saves a dozen queries per row).
 */
export async function saveNewContact(
  ctx: TAppContext,
  actor: TActor,
  input: TContactData,
  source: TContactVersionSource | null = null,
): Promise<{ id: string; hits: number }> {
  return ctx.db.transaction(async (tx) => {
    const data = await validate(tx, actor, input);
    const summary = summarise(data);
    const [contact] = await tx
      .insert(contacts)
      .values({ organisationId: actor.organisationId, kind: data.kind, ...summary, createdBy: actor.userId })
      .returning();
    await tx.insert(contactVersions).values({
      contactId: contact!.id,
      organisationId: actor.organisationId,
      versionNo: 1,
      data,
      changes: [],
      source,
      createdBy: actor.userId,
    });
    // Screened at once, in the same transaction: a contact never exists unscreened (M4).
    const screened = await screenContact(tx, actor.organisationId, contact!.id, {
      trigger: 'contact_saved',
      userId: actor.userId,
    });
    await announceNewHits(tx, actor.organisationId, contact!.id, screened);
    // Audited last: the audit event takes the organisation's chain lock, which every writer of the
    // organisation waits for until this transaction commits — so it is held for the commit only.
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact.created',
      subjectType: 'contact',
      subjectId: contact!.id,
      payload: { kind: data.kind, displayName: summary.displayName, versionNo: 1, ...sourcePayload(source) },
      ip: actor.ip,
    });
    return { id: contact!.id, hits: screened?.hits ?? 0 };
  });
}

/**
 * Records an edit as a new immutable version with its field changes; earlier versions never change.
 * The identification must be screened again, so an accepted or screened contact goes back to draft.
 */
export async function updateContact(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  input: TContactData,
  options: TSaveOptions = {},
): Promise<TContactDetail> {
  const source = await versionSource(ctx, input, options);
  await ctx.db.transaction(async (tx) => {
    const contact = await lockContact(tx, actor, contactId);
    if (contact.kind !== input.kind) throw fieldErrors([{ field: 'kind', code: 'invalid_value' }]);
    const data = await validate(tx, actor, input, contactId);
    const previous = await findVersion(tx, actor.organisationId, contactId, contact.currentVersionNo);
    const changes = diffContactData(previous!.version.data, data);
    if (changes.length === 0) return;
    const versionNo = contact.currentVersionNo + 1;
    await tx.insert(contactVersions).values({
      contactId,
      organisationId: actor.organisationId,
      versionNo,
      data,
      changes,
      source,
      createdBy: actor.userId,
    });
    await tx
      .update(contacts)
      .set({
        ...summarise(data),
        currentVersionNo: versionNo,
        status: contact.status === 'blocked' ? 'blocked' : 'draft',
        updatedAt: new Date(),
      })
      .where(eq(contacts.id, contactId));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact.updated',
      subjectType: 'contact',
      subjectId: contactId,
      payload: { versionNo, changedFields: changes.map((c) => c.path), ...sourcePayload(source) },
      ip: actor.ip,
    });
    const screened = await screenContact(tx, actor.organisationId, contactId, {
      trigger: 'contact_saved',
      userId: actor.userId,
    });
    await announceNewHits(tx, actor.organisationId, contactId, screened);
  });
  return getContactDetail(ctx, actor, contactId);
}

async function lockContact(tx: TTx, actor: TActor, contactId: string): Promise<TContactRow> {
  const contact = await findContact(tx, actor.organisationId, contactId);
  if (!contact) throw new AppError('not_found');
  await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.id, contactId)).for('update');
  return (await findContact(tx, actor.organisationId, contactId))!;
}

function presentSummary(
  row: TContactRow,
  creator: { firstName: string | null; lastName: string | null },
): TContactSummary {
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
    createdByName: creator.firstName ? `${creator.firstName} ${creator.lastName}` : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listContacts(ctx: TAppContext, actor: TActor, query: TContactListQuery) {
  const { rows, total, totalCapped } = await searchContacts(ctx.db, actor.organisationId, query, today());
  return { total, totalCapped, items: rows.map((r) => presentSummary(r.contact, r)) };
}

export async function getContactVersion(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  versionNo: number,
): Promise<TContactVersion> {
  const row = await findVersion(ctx.db, actor.organisationId, contactId, versionNo);
  if (!row) throw new AppError('not_found');
  return {
    id: row.version.id,
    versionNo: row.version.versionNo,
    data: row.version.data as TContactData,
    changes: row.version.changes as TContactVersion['changes'],
    source: row.version.source ?? null,
    createdByName: row.firstName ? `${row.firstName} ${row.lastName}` : null,
    createdAt: row.version.createdAt.toISOString(),
  };
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

/** The contact page: current version, history, warnings, linked contacts and, for entities, ownership. */
export async function getContactDetail(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
): Promise<TContactDetail> {
  const contact = await findContact(ctx.db, actor.organisationId, contactId);
  if (!contact) throw new AppError('not_found');
  // Independent reads, in parallel on the pool: the page waits for the slowest, not for their sum.
  const [versions, current, creator, purposes] = await Promise.all([
    listVersions(ctx.db, actor.organisationId, contactId),
    getContactVersion(ctx, actor, contactId, contact.currentVersionNo),
    findVersion(ctx.db, actor.organisationId, contactId, 1),
    documentPurposes(ctx.db, actor.organisationId, contactId),
  ]);
  const [linked, ownership, pepStanding, dueDiligence] = await Promise.all([
    findCurrentVersions(ctx.db, actor.organisationId, linkedContactIds(current.data).all),
    current.data.kind === 'entity'
      ? analyseOwnership(ctx.db, actor.organisationId, contactId, current.data)
      : null,
    pepStandingView(ctx.db, actor.organisationId, contactId, current.data),
    dueDiligenceOf(ctx.db, actor.organisationId, contactId, current.data),
  ]);
  return {
    ...presentSummary(contact, {
      firstName: creator?.firstName ?? null,
      lastName: creator?.lastName ?? null,
    }),
    current,
    versions: versions.map((v) => ({
      versionNo: v.version.versionNo,
      createdAt: v.version.createdAt.toISOString(),
      createdByName: v.firstName ? `${v.firstName} ${v.lastName}` : null,
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
