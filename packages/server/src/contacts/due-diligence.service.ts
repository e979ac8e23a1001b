import { samePerson } from '@vigilo/domain/contacts/index.ts';
import type {
  TBeneficialOwnerVerificationRequest,
  TContactData,
  TUboDiscrepancyReportRequest,
  TUboRegisterExtractRequest,
} from '@vigilo/domain/contracts/contacts.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import { documentById } from '../documents/documents.reads.ts';
import type { TActor } from '../http/actor.ts';
import { findContact, findVersion } from './contacts.repository.ts';
import {
  beneficialOwnerVerifications,
  uboDiscrepancyReports,
  uboRegisterExtracts,
} from './contacts.schema.ts';
import { dueDiligenceOf, ownersToVerify } from './due-diligence-view.ts';

const today = () => new Date().toISOString().slice(0, 10);

function invalid(field: string, code: string): AppError {
  return new AppError('validation_failed', { fields: [{ field, code }] });
}

async function currentData(db: TDbOrTx, actor: TActor, contactId: string) {
  const contact = await findContact(db, actor.organisationId, contactId);
  if (!contact) throw new AppError('not_found');
  const version = await findVersion(db, actor.organisationId, contactId, contact.currentVersionNo);
  return version!.version.data as TContactData;
}

/** The contact's due diligence as the contact page shows it. */
export async function currentDueDiligence(ctx: TAppContext, actor: TActor, contactId: string) {
  return dueDiligenceOf(ctx.db, actor.organisationId, contactId, await currentData(ctx.db, actor, contactId));
}

function notInFuture(field: string, isoDate: string) {
  if (isoDate > today()) throw invalid(field, 'date_future');
}

/**
 * Records that a beneficial owner was verified: against a document of the client's or the owner's file, or
 * the client's UBO register extract that lists the owner (by name, and birth date when both are known).
 */
export async function verifyBeneficialOwner(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  input: TBeneficialOwnerVerificationRequest,
) {
  notInFuture('verifiedOn', input.verifiedOn);
  await ctx.db.transaction(async (tx) => {
    const data = await currentData(tx, actor, contactId);
    const owners = await ownersToVerify(tx, actor.organisationId, contactId, data);
    const owner = owners.find((o) => o.contactId === input.ownerContactId);
    if (!owner) throw invalid('ownerContactId', 'not_a_beneficial_owner');
    let documentId: string | null = null;
    let extractId: string | null = null;
    if (input.method === 'document') {
      const found = await documentById(tx, actor.organisationId, input.documentId!);
      const ofFile =
        found?.document.subjectType === 'contact' &&
        [contactId, owner.contactId].includes(found.document.subjectId);
      if (!ofFile) throw invalid('documentId', 'document_not_in_file');
      documentId = input.documentId!;
    } else {
      const [extract] = await tx
        .select()
        .from(uboRegisterExtracts)
        .where(
          and(
            eq(uboRegisterExtracts.organisationId, actor.organisationId),
            eq(uboRegisterExtracts.contactId, contactId),
            eq(uboRegisterExtracts.id, input.uboRegisterExtractId!),
          ),
        );
      if (!extract) throw invalid('uboRegisterExtractId', 'ubo_extract_not_found');
      const listed = extract.listedOwners.some((p) =>
        samePerson({ name: owner.displayName, birthDate: owner.birthDate }, p),
      );
      if (!listed) throw invalid('uboRegisterExtractId', 'not_in_ubo_register');
      extractId = extract.id;
      documentId = extract.documentId;
    }
    const [row] = await tx
      .insert(beneficialOwnerVerifications)
      .values({
        organisationId: actor.organisationId,
        contactId,
        ownerContactId: owner.contactId,
        method: input.method,
        documentId,
        uboRegisterExtractId: extractId,
        verifiedOn: input.verifiedOn,
        verifiedBy: actor.userId,
      })
      .returning({ id: beneficialOwnerVerifications.id });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact.beneficial_owner_verified',
      subjectType: 'contact',
      subjectId: contactId,
      payload: {
        verificationId: row!.id,
        ownerContactId: owner.contactId,
        method: input.method,
        documentId,
        verifiedOn: input.verifiedOn,
      },
      ip: actor.ip,
    });
  });
}

/** Records the UBO register extract of an entity: a document of its file uploaded as `ubo_register`. */
export async function recordUboRegisterExtract(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  input: TUboRegisterExtractRequest,
) {
  notInFuture('extractDate', input.extractDate);
  await ctx.db.transaction(async (tx) => {
    const data = await currentData(tx, actor, contactId);
    if (data.kind !== 'entity') throw invalid('contactId', 'must_be_entity');
    const doc = (await documentById(tx, actor.organisationId, input.documentId))?.document;
    if (doc?.subjectType !== 'contact' || doc.subjectId !== contactId || doc.purpose !== 'ubo_register')
      throw invalid('documentId', 'document_not_in_file');
    const [row] = await tx
      .insert(uboRegisterExtracts)
      .values({
        organisationId: actor.organisationId,
        contactId,
        documentId: input.documentId,
        extractDate: input.extractDate,
        listedOwners: input.listedOwners.map((p) => ({ name: p.name, birthDate: p.birthDate ?? null })),
        recordedBy: actor.userId,
      })
      .returning({ id: uboRegisterExtracts.id });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact.ubo_register_extract_recorded',
      subjectType: 'contact',
      subjectId: contactId,
      payload: {
        extractId: row!.id,
        documentId: input.documentId,
        extractDate: input.extractDate,
        listedOwners: input.listedOwners.length,
      },
      ip: actor.ip,
    });
  });
}

/** Records the discrepancy report the agency made about one of the entity's extracts, with its date. */
export async function recordUboDiscrepancyReport(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  input: TUboDiscrepancyReportRequest,
) {
  notInFuture('reportedOn', input.reportedOn);
  await ctx.db.transaction(async (tx) => {
    await currentData(tx, actor, contactId);
    const [extract] = await tx
      .select({ id: uboRegisterExtracts.id, extractDate: uboRegisterExtracts.extractDate })
      .from(uboRegisterExtracts)
      .where(
        and(
          eq(uboRegisterExtracts.organisationId, actor.organisationId),
          eq(uboRegisterExtracts.contactId, contactId),
          inArray(uboRegisterExtracts.id, [input.extractId]),
        ),
      );
    if (!extract) throw invalid('extractId', 'ubo_extract_not_found');
    if (input.reportedOn < extract.extractDate) throw invalid('reportedOn', 'before_extract_date');
    const [row] = await tx
      .insert(uboDiscrepancyReports)
      .values({
        organisationId: actor.organisationId,
        contactId,
        extractId: extract.id,
        reportedOn: input.reportedOn,
        reference: input.reference,
        note: input.note,
        recordedBy: actor.userId,
      })
      .returning({ id: uboDiscrepancyReports.id });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact.ubo_discrepancy_reported',
      subjectType: 'contact',
      subjectId: contactId,
      payload: { reportId: row!.id, extractId: extract.id, reportedOn: input.reportedOn },
      ip: actor.ip,
    });
  });
}

export { dueDiligenceGaps, dueDiligenceOf } from './due-diligence-view.ts';
