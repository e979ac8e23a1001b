// What the contact page and the acceptance hard stops know about due diligence: the beneficial owners to
// verify and their verifications, the UBO register extracts and discrepancy reports (split from
// due-diligence.service.ts, issue 19).
import {
  compareWithUboRegister,
  missingIdentificationData,
  unverifiedBeneficialOwners,
} from '@vigilo/domain/contacts/index.ts';
import type { TContactData, TDueDiligence } from '@vigilo/domain/contracts/contacts.ts';
import { and, desc, eq } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import type { TDbOrTx } from '../db/client.ts';
import { documentFilenamesByIds } from '../documents/documents.reads.ts';
import { analyseOwnership } from './contact-ownership.ts';
import { findCurrentVersions } from './contacts.repository.ts';
import {
  beneficialOwnerVerifications,
  uboDiscrepancyReports,
  uboRegisterExtracts,
} from './contacts.schema.ts';

export type TOwner = { contactId: string; displayName: string; birthDate: string | null };

/**
 * The beneficial owners whose identity must be verified: a person acting for someone else — those they act
 * for; an entity — the natural persons who qualify through ownership or control, or, when none does, its
 * senior managing officials (loi art. 4, 27°; art. 23–24). An entity introduced by a third party relies on
 * the introducer's identification (none here).
 */
export async function ownersToVerify(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
  data: TContactData,
): Promise<TOwner[]> {
  let ids = ownerIdsFromData(data);
  if (ids === undefined && data.kind === 'entity') {
    const analysis = await analyseOwnership(db, organisationId, contactId, data);
    const qualifying = analysis.ok
      ? analysis.results.filter((r) => r.isBeneficialOwner).map((r) => r.contactId)
      : [];
    ids = qualifying.length > 0 ? qualifying : data.seniorManagingOfficials.map((l) => l.contactId);
  }
  const found = await findCurrentVersions(db, organisationId, [...new Set(ids ?? [])]);
  return found.map(({ contact, data: d }) => {
    const owner = d as TContactData;
    return {
      contactId: contact.id,
      displayName: contact.displayName,
      birthDate: owner.kind === 'person' ? owner.birthDate : null,
    };
  });
}

/** The owners' ids when the data alone names them; undefined when an entity's ownership must be analysed. */
function ownerIdsFromData(data: TContactData): string[] | undefined {
  if (data.kind === 'person')
    return data.actsForOwnAccount ? [] : data.beneficialOwners.map((l) => l.contactId);
  return data.introducer ? [] : undefined;
}

/**
 * Everything the contact page and the hard stops need to know about due diligence (items 4 and 8); a
 * contact `justCreated` has no verification, extract or report recorded yet, so they are not read.
 */
export async function dueDiligenceOf(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
  data: TContactData,
  justCreated = false,
): Promise<TDueDiligence> {
  // Verifications are shown per owner: a contact with no owner to verify (most people) needs none read.
  const noOwners = ownerIdsFromData(data)?.length === 0;
  const [owners, verifications, extracts, reports] = await Promise.all([
    ownersToVerify(db, organisationId, contactId, data),
    justCreated || noOwners
      ? []
      : db
          .select({ row: beneficialOwnerVerifications })
          .from(beneficialOwnerVerifications)
          .where(
            and(
              eq(beneficialOwnerVerifications.organisationId, organisationId),
              eq(beneficialOwnerVerifications.contactId, contactId),
            ),
          )
          .orderBy(desc(beneficialOwnerVerifications.createdAt)),
    !justCreated && data.kind === 'entity'
      ? listExtracts(db, organisationId, contactId)
      : Promise.resolve([]),
    !justCreated && data.kind === 'entity' ? listReports(db, organisationId, contactId) : Promise.resolve([]),
  ]);
  // Who recorded each verification, extract and report, and the documents' names: one look-up each in the
  // accounts and documents modules.
  const [names, documentNames] = await Promise.all([
    userNamesByIds(db, [
      ...verifications.map((v) => v.row.verifiedBy),
      ...extracts.map((e) => e.row.recordedBy),
      ...reports.map((r) => r.row.recordedBy),
    ]),
    documentFilenamesByIds(db, organisationId, [
      ...verifications.map((v) => v.row.documentId),
      ...extracts.map((e) => e.row.documentId),
    ]),
  ]);
  const documentNameOf = (documentId: string | null) =>
    documentId ? (documentNames.get(documentId) ?? null) : null;
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? null) : null);
  const latestVerification = (ownerId: string) => {
    const found = verifications.find((v) => v.row.ownerContactId === ownerId);
    if (!found) return null;
    return {
      method: found.row.method,
      documentId: found.row.documentId,
      documentName: documentNameOf(found.row.documentId),
      uboRegisterExtractId: found.row.uboRegisterExtractId,
      verifiedOn: found.row.verifiedOn,
      verifiedByName: nameOf(found.row.verifiedBy),
      createdAt: found.row.createdAt.toISOString(),
    };
  };
  return {
    missingData: missingIdentificationData(data),
    beneficialOwners: owners.map((o) => ({ ...o, verification: latestVerification(o.contactId) })),
    uboRegister:
      data.kind === 'entity'
        ? presentUboRegister(owners, extracts, reports, { nameOf, documentNameOf })
        : null,
  };
}

type TExtractRow = Awaited<ReturnType<typeof listExtracts>>[number];
type TReportRow = Awaited<ReturnType<typeof listReports>>[number];

/** An entity's UBO register extracts, the latest one compared with the recorded owners, and the reports made. */
function presentUboRegister(
  owners: TOwner[],
  extracts: TExtractRow[],
  reports: TReportRow[],
  { nameOf, documentNameOf }: Record<'nameOf' | 'documentNameOf', (id: string | null) => string | null>,
): NonNullable<TDueDiligence['uboRegister']> {
  const latest = extracts[0];
  const comparison = latest
    ? compareWithUboRegister(
        owners.map((o) => ({ ...o, name: o.displayName })),
        latest.row.listedOwners,
      )
    : null;
  return {
    extracts: extracts.map((e) => ({
      id: e.row.id,
      documentId: e.row.documentId,
      documentName: documentNameOf(e.row.documentId),
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
  };
}

function listExtracts(db: TDbOrTx, organisationId: string, contactId: string) {
  return db
    .select({ row: uboRegisterExtracts })
    .from(uboRegisterExtracts)
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
