import type { TAddress, TContactData } from '@vigilo/domain/contracts/contacts.ts';
import type { TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { DecisionState } from '@vigilo/domain/workflow/index.ts';
import { contactNamesByIds, contactVersionsByIds, currentContactData } from '../contacts/contacts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { caseTimeline, type TCaseSubject } from '../declarations/case-workflow.ts';
import { plainCaseTitle, profileCaseTitle, type TCaseTitle } from '../risk/case-title.ts';
import { findRiskProfile, profileContactsByIds } from '../risk/risk.reads.ts';
import {
  findTransaction,
  partiesOfTransactions,
  transactionOfProfile,
  transactionReferencesByIds,
} from '../transactions/transactions.reads.ts';

type TCaseContact = { displayName: string; data: TContactData };

/** What a goAML report needs from a case, loaded once (organisation-scoped). */
export type TGoAmlCaseData = {
  subject: TCaseSubject;
  status: DecisionState['status'];
  caseReference: string;
  contacts: Record<string, TCaseContact>;
  subjectContactIds: string[];
  transaction: {
    reference: string;
    type: string;
    priceCents: number;
    propertyAddress: TAddress;
    answers: Record<string, unknown>;
    parties: { contactId: string; role: 'buyer' | 'seller' }[];
    createdAt: Date;
  } | null;
  factors: TVigilanceResult['factors'];
  /** The collaborator's motivation and the officer's comment when reporting, from the timeline. */
  motivation: string | null;
  officerComment: string | null;
};

/** Adds the contacts linked to the given ones (beneficial owners, mandataries, …), two levels deep. */
async function withLinkedContacts(db: TDbOrTx, organisationId: string, found: Record<string, TCaseContact>) {
  for (let depth = 0; depth < 2; depth++) {
    const wanted = new Set<string>();
    for (const { data } of Object.values(found)) {
      const links = [
        ...data.beneficialOwners.map((l) => l.contactId),
        ...(data.kind === 'entity'
          ? [
              ...data.mandataries.map((l) => l.contactId),
              ...data.seniorManagingOfficials.map((l) => l.contactId),
            ]
          : (data.mandataries ?? []).map((l) => l.contactId)),
      ];
      for (const id of links) if (!found[id]) wanted.add(id);
    }
    if (wanted.size === 0) break;
    for (const row of await currentContactData(db, organisationId, [...wanted])) {
      found[row.id] = { displayName: row.displayName, data: row.data as TContactData };
    }
  }
  return found;
}

async function textsFromTimeline(db: TDbOrTx, organisationId: string, subject: TCaseSubject) {
  const events = await caseTimeline(db, organisationId, subject.subjectType, subject.subjectId);
  const motivation = events.filter((e) => e.action === 'propose').at(-1)?.motivation ?? null;
  const officerComment = events.filter((e) => e.action === 'report-to-ctif').at(-1)?.motivation ?? null;
  return { motivation, officerComment };
}

async function loadProfileCase(
  db: TDbOrTx,
  organisationId: string,
  profileId: string,
): Promise<TGoAmlCaseData> {
  const profile = await findRiskProfile(db, organisationId, profileId);
  const [row] = profile ? await contactVersionsByIds(db, organisationId, [profile.contactVersionId]) : [];
  if (!profile || !row) throw new AppError('not_found');
  const subject: TCaseSubject = {
    subjectType: 'risk_profile',
    subjectId: profile.id,
    title: profileCaseTitle(row.displayName, profile.role),
    createdBy: profile.createdBy,
    path: `/contacts/${profile.contactId}/risk-profiles/${profile.id}`,
  };
  const found = await withLinkedContacts(db, organisationId, {
    [profile.contactId]: { displayName: row.displayName, data: row.data as TContactData },
  });
  // A profile used in a sale brings the property into the report.
  const deal = await transactionOfProfile(db, organisationId, profile.id);
  return {
    subject,
    status: (profile.decision as DecisionState).status,
    caseReference: `VIGILO-RP-${profile.id.slice(0, 8).toUpperCase()}`,
    contacts: found,
    subjectContactIds: [profile.contactId],
    transaction: deal
      ? {
          reference: deal.reference,
          type: deal.type,
          priceCents: deal.priceCents,
          propertyAddress: deal.propertyAddress as TAddress,
          answers: deal.answers as Record<string, unknown>,
          parties: [],
          createdAt: deal.createdAt,
        }
      : null,
    factors: ((profile.result as TVigilanceResult | null)?.factors ?? []).slice(),
    ...(await textsFromTimeline(db, organisationId, subject)),
  };
}

const goAmlRoleOf = (
  side: 'seller' | 'buyer' | 'landlord' | 'tenant' | null,
  profileRole: 'buyer' | 'seller',
): 'buyer' | 'seller' =>
  side === null ? profileRole : side === 'buyer' || side === 'tenant' ? 'buyer' : 'seller';

/**
 * The parties of a transaction with their profile's role and the contact version they signed with. A
 * transaction has a few parties, so their profiles and versions are read by id.
 */
async function partiesWithContacts(db: TDbOrTx, organisationId: string, transactionId: string) {
  const parties = await partiesOfTransactions(db, organisationId, [transactionId]);
  const [profiles, versions] = await Promise.all([
    profileContactsByIds(
      db,
      organisationId,
      parties.map((p) => p.riskProfileId),
    ),
    contactVersionsByIds(
      db,
      organisationId,
      parties.map((p) => p.contactVersionId),
    ),
  ]);
  const roles = new Map(profiles.map((p) => [p.id, p.role]));
  const byVersion = new Map(versions.map((v) => [v.id, v]));
  return parties.flatMap((party) => {
    const role = roles.get(party.riskProfileId);
    const version = byVersion.get(party.contactVersionId);
    return role && version ? [{ party, role, displayName: version.displayName, data: version.data }] : [];
  });
}

async function loadTransactionCase(
  db: TDbOrTx,
  organisationId: string,
  transactionId: string,
): Promise<TGoAmlCaseData> {
  const row = await findTransaction(db, organisationId, transactionId);
  if (!row) throw new AppError('not_found');
  const parties = await partiesWithContacts(db, organisationId, row.id);
  const found = await withLinkedContacts(
    db,
    organisationId,
    Object.fromEntries(
      parties.map((p) => [p.party.contactId, { displayName: p.displayName, data: p.data as TContactData }]),
    ),
  );
  const subject: TCaseSubject = {
    subjectType: 'transaction',
    subjectId: row.id,
    title: plainCaseTitle(row.reference),
    createdBy: row.createdBy,
    path: `/transactions/${row.id}`,
  };
  return {
    subject,
    status: (row.decision as DecisionState).status,
    caseReference: row.reference,
    contacts: found,
    subjectContactIds: [],
    transaction: {
      reference: row.reference,
      type: row.type,
      priceCents: row.priceCents,
      propertyAddress: row.propertyAddress as TAddress,
      answers: row.answers as Record<string, unknown>,
      // The side recorded on the transaction wins over the profile's role; the tenant pays, like a buyer.
      parties: parties.map((p) => ({
        contactId: p.party.contactId,
        role: goAmlRoleOf(p.party.side, p.role),
      })),
      createdAt: row.createdAt,
    },
    factors: ((row.result as TVigilanceResult | null)?.factors ?? []).slice(),
    ...(await textsFromTimeline(db, organisationId, subject)),
  };
}

/** Loads a case (risk profile or transaction) of the organisation for its goAML report. */
export function loadGoAmlCase(
  db: TDbOrTx,
  organisationId: string,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
): Promise<TGoAmlCaseData> {
  return subjectType === 'risk_profile'
    ? loadProfileCase(db, organisationId, subjectId)
    : loadTransactionCase(db, organisationId, subjectId);
}

/** Titles and links of several cases at once, for the reports list. */
export async function caseTitles(
  db: TDbOrTx,
  organisationId: string,
  ids: { subjectType: string; subjectId: string }[],
) {
  const profileIds = ids.filter((i) => i.subjectType === 'risk_profile').map((i) => i.subjectId);
  const dealIds = ids.filter((i) => i.subjectType === 'transaction').map((i) => i.subjectId);
  const titles = new Map<string, { title: TCaseTitle; path: string }>();
  const [profiles, deals] = await Promise.all([
    profileContactsByIds(db, organisationId, profileIds),
    transactionReferencesByIds(db, organisationId, dealIds),
  ]);
  const names = await contactNamesByIds(
    db,
    organisationId,
    profiles.map((p) => p.contactId),
  );
  for (const p of profiles) {
    const displayName = names.get(p.contactId);
    if (displayName === undefined) continue;
    titles.set(p.id, {
      title: profileCaseTitle(displayName, p.role),
      path: `/contacts/${p.contactId}/risk-profiles/${p.id}`,
    });
  }
  for (const r of deals)
    titles.set(r.id, { title: plainCaseTitle(r.reference), path: `/transactions/${r.id}` });
  return titles;
}
