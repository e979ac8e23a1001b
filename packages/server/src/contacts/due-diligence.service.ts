import {
  compareWithUboRegister,
  missingIdentificationData,
  samePerson,
  unverifiedBeneficialOwners,
} from '@vigilo/domain/contacts/index.ts';
import type {
  TBeneficialOwnerVerificationRequest,
  TContactData,
  TDueDiligence,
  TUboDiscrepancyReportRequest,
  TUboRegisterExtractRequest,
} from '@vigilo/domain/contracts/contacts.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import { findDocument } from '../documents/documents.repository.ts';
import type { TActor } from '../http/actor.ts';
import { analyseOwnership } from './contact-ownership.ts';
import { findContact, findCurrentVersions, findVersion } from './contacts.repository.ts';
import {
  beneficialOwnerVerifications,
  documents,
  uboDiscrepancyReports,
  uboRegisterExtracts,
} from './contacts.schema.ts';

const today = () => new Date().toISOString().slice(0, 10);

function invalid(field: string, code: string): AppError {
  return new AppError('validation_failed', { fields: [{ field, code }] });
}

type TOwner = { contactId: string; displayName: string; birthDate: string | null };

/**
 * The beneficial owners whose identity must be verified: a person acting for someone else — those they act
 * for; an entity — the natural persons who qualify through ownership or control, or, when none does, its
 * senior managing officials (loi art. 4, 27°; art. 23–24). An entity introduced by a third party relies on
 * the introducer's identification (none here).
 */
async function ownersToVerify(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
  data: TContactData,
): Promise<TOwner[]> {
  let ids: string[];
  if (data.kind === 'person')
    ids = data.actsForOwnAccount ? [] : data.beneficialOwners.map((l) => l.contactId);
  else if (data.introducer) ids = [];
  else {
    const analysis = await analyseOwnership(db, organisationId, contactId, data);
    const qualifying = analysis.ok
      ? analysis.results.filter((r) => r.isBeneficialOwner).map((r) => r.contactId)
      : [];
    ids = qualifying.length > 0 ? qualifying : data.seniorManagingOfficials.map((l) => l.contactId);
  }
  const found = await findCurrentVersions(db, organisationId, [...new Set(ids)]);
  return found.map(({ contact, data: d }) => {
    const owner = d as TContactData;
    return {
      contactId: contact.id,
      displayName: contact.displayName,
      birthDate: owner.kind === 'person' ? owner.birthDate : null,
    };
  });
}

/** Everything the contact page and the hard stops need to know about due diligence (items 4 and 8). */
export async function dueDiligenceOf(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
  data: TContactData,
): Promise<TDueDiligence> {
  const [owners, verifications, extracts, reports] = await Promise.all([
    ownersToVerify(db, organisationId, contactId, data),
    db
      .select({ row: beneficialOwnerVerifications, documentName: documents.filename })
      .from(beneficialOwnerVerifications)
      .leftJoin(documents, eq(documents.id, beneficialOwnerVerifications.documentId))
      .where(
        and(
          eq(beneficialOwnerVerifications.organisationId, organisationId),
          eq(beneficialOwnerVerifications.contactId, contactId),
        ),
      )
      .orderBy(desc(beneficialOwnerVerifications.createdAt)),
    data.kind === 'entity' ? listExtracts(db, organisationId, contactId) : Promise.resolve([]),
    data.kind === 'entity' ? listReports(db, organisationId, contactId) : Promise.resolve([]),
  ]);
  // Who recorded each verification, extract and report: one look-up in the accounts module.
  const names = await userNamesByIds(db, [
    ...verifications.map((v) => v.row.verifiedBy),
    ...extracts.map((e) => e.row.recordedBy),
    ...reports.map((r) => r.row.recordedBy),
  ]);
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? null) : null);
  const latestVerification = (ownerId: string) => {
    const found = verifications.find((v) => v.row.ownerContactId === ownerId);
    if (!found) return null;
    return {
      method: found.row.method,
      documentId: found.row.documentId,
      documentName: found.documentName,
      uboRegisterExtractId: found.row.uboRegisterExtractId,
      verifiedOn: found.row.verifiedOn,
      verifiedByName: nameOf(found.row.verifiedBy),
      createdAt: found.row.createdAt.toISOString(),
    };
  };
  const latest = extracts[0];
  const comparison = latest
    ? compareWithUboRegister(
        owners.map((o) => ({ ...o, name: o.displayName })),
        latest.row.listedOwners,
      )
    : null;
  return {
    missingData: missingIdentificationData(data),
    beneficialOwners: owners.map((o) => ({ ...o, verification: latestVerification(o.contactId) })),
    uboRegister:
      data.kind === 'entity'
        ? {
            extracts: extracts.map((e) => ({
              id: e.row.id,
              documentId: e.row.documentId,
              documentName: e.documentName,
              extractDate: e.row.extractDate,
              listedOwners: e.row.listedOwners,
              recordedByName: nameOf(e.row.recordedBy),
              createdAt: e.row.createdAt.toISOString(),
            })),
            comparison:
              latest && comparison
                ? {
                    extractId: latest.row.id,
                    differs: comparison.differs,
                    onlyRecorded: comparison.onlyRecorded.map((o) => ({
                      contactId: o.contactId,
                      displayName: o.displayName,
                    })),
                    onlyInRegister: comparison.onlyInRegister.map((p) => ({
                      name: p.name,
                      birthDate: p.birthDate ?? null,
                    })),
                  }
                : null,
            discrepancyReports: reports.map((r) => ({
              id: r.row.id,
              extractId: r.row.extractId,
              reportedOn: r.row.reportedOn,
              reference: r.row.reference,
              note: r.row.note,
              recordedByName: nameOf(r.row.recordedBy),
              createdAt: r.row.createdAt.toISOString(),
            })),
          }
        : null,
  };
}

function listExtracts(db: TDbOrTx, organisationId: string, contactId: string) {
  return db
    .select({ row: uboRegisterExtracts, documentName: documents.filename })
    .from(uboRegisterExtracts)
    .leftJoin(documents, eq(documents.id, uboRegisterExtracts.documentId))
    .where(
      and(
        eq(uboRegisterExtracts.organisationId, organisationId),
        eq(uboRegisterExtracts.contactId, contactId),
      ),
    )
    .orderBy(desc(uboRegisterExtracts.extractDate), desc(uboRegisterExtracts.createdAt));
}

function listReports(db: TDbOrTx, organisationId: string, contactId: string) {
  return db
    .select({ row: uboDiscrepancyReports })
    .from(uboDiscrepancyReports)
    .where(
      and(
        eq(uboDiscrepancyReports.organisationId, organisationId),
        eq(uboDiscrepancyReports.contactId, contactId),
      ),
    )
    .orderBy(desc(uboDiscrepancyReports.reportedOn), desc(uboDiscrepancyReports.createdAt));
}

/** The due-diligence gaps that forbid acceptance (issue 14, item 4): input of `findAcceptanceBlockers`. */
export async function dueDiligenceGaps(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
  data: TContactData,
) {
  const diligence = await dueDiligenceOf(db, organisationId, contactId, data);
  const unverified = unverifiedBeneficialOwners(
    diligence.beneficialOwners.map((o) => o.contactId),
    diligence.beneficialOwners.filter((o) => o.verification).map((o) => o.contactId),
  );
  return {
    missingData: diligence.missingData,
    unverifiedBeneficialOwners: unverified,
    unverifiedNames: diligence.beneficialOwners
      .filter((o) => unverified.includes(o.contactId))
      .map((o) => ({ contactId: o.contactId, displayName: o.displayName })),
  };
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
      const found = await findDocument(tx, actor.organisationId, input.documentId!);
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
    const doc = (await findDocument(tx, actor.organisationId, input.documentId))?.document;
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
