import type { TAddress, TContactData } from '@vigilo/domain/contracts/contacts.ts';
import type { TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, eq, inArray } from 'drizzle-orm';
import { findCurrentVersions } from '../contacts/contacts.repository.ts';
import { contacts, contactVersions } from '../contacts/contacts.schema.ts';
import type { TDbOrTx } from '../db/client.ts';
import { caseTimeline, type TCaseSubject } from '../declarations/case-workflow.ts';
import { plainCaseTitle, profileCaseTitle, type TCaseTitle } from '../risk/case-title.ts';
import { riskProfiles } from '../risk/risk.schema.ts';
import { transactionParties, transactions } from '../transactions/transactions.schema.ts';

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
    for (const row of await findCurrentVersions(db, organisationId, [...wanted])) {
      found[row.contact.id] = { displayName: row.contact.displayName, data: row.data as TContactData };
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
  const [row] = await db
    .select({ profile: riskProfiles, displayName: contacts.displayName, data: contactVersions.data })
    .from(riskProfiles)
    .innerJoin(contacts, eq(contacts.id, riskProfiles.contactId))
    .innerJoin(contactVersions, eq(contactVersions.id, riskProfiles.contactVersionId))
    .where(and(eq(riskProfiles.id, profileId), eq(riskProfiles.organisationId, organisationId)));
  if (!row) throw new AppError('not_found');
  const { profile } = row;
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
  const [deal] = await db
    .select({ transaction: transactions })
    .from(transactionParties)
    .innerJoin(transactions, eq(transactions.id, transactionParties.transactionId))
    .where(
      and(
        eq(transactionParties.riskProfileId, profile.id),
        eq(transactionParties.organisationId, organisationId),
      ),
    );
  return {
    subject,
    status: (profile.decision as DecisionState).status,
    caseReference: `VIGILO-RP-${profile.id.slice(0, 8).toUpperCase()}`,
    contacts: found,
    subjectContactIds: [profile.contactId],
    transaction: deal
      ? {
          reference: deal.transaction.reference,
          type: deal.transaction.type,
          priceCents: deal.transaction.priceCents,
          propertyAddress: deal.transaction.propertyAddress as TAddress,
          answers: deal.transaction.answers as Record<string, unknown>,
          parties: [],
          createdAt: deal.transaction.createdAt,
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

async function loadTransactionCase(
  db: TDbOrTx,
  organisationId: string,
  transactionId: string,
): Promise<TGoAmlCaseData> {
  const [row] = await db
    .select()
    .from(transactions)
    .where(and(eq(transactions.id, transactionId), eq(transactions.organisationId, organisationId)));
  if (!row) throw new AppError('not_found');
  const parties = await db
    .select({
      party: transactionParties,
      role: riskProfiles.role,
      displayName: contacts.displayName,
      data: contactVersions.data,
    })
    .from(transactionParties)
    .innerJoin(riskProfiles, eq(riskProfiles.id, transactionParties.riskProfileId))
    .innerJoin(contacts, eq(contacts.id, transactionParties.contactId))
    .innerJoin(contactVersions, eq(contactVersions.id, transactionParties.contactVersionId))
    .where(
      and(
        eq(transactionParties.transactionId, row.id),
        eq(transactionParties.organisationId, organisationId),
      ),
    );
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
  if (profileIds.length) {
    const rows = await db
      .select({ profile: riskProfiles, displayName: contacts.displayName })
      .from(riskProfiles)
      .innerJoin(contacts, eq(contacts.id, riskProfiles.contactId))
      .where(and(eq(riskProfiles.organisationId, organisationId), inArray(riskProfiles.id, profileIds)));
    for (const r of rows)
      titles.set(r.profile.id, {
        title: profileCaseTitle(r.displayName, r.profile.role),
        path: `/contacts/${r.profile.contactId}/risk-profiles/${r.profile.id}`,
      });
  }
  if (dealIds.length) {
    const rows = await db
      .select({ id: transactions.id, reference: transactions.reference })
      .from(transactions)
      .where(and(eq(transactions.organisationId, organisationId), inArray(transactions.id, dealIds)));
    for (const r of rows)
      titles.set(r.id, { title: plainCaseTitle(r.reference), path: `/transactions/${r.id}` });
  }
  return titles;
}
