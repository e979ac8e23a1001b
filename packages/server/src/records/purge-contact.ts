import { displayNameOf, foldText } from '@vigilo/domain/contacts/index.ts';
import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import { isPurgeDue, priceBand, purgeDueOn } from '@vigilo/domain/records/retention.ts';
import { and, eq, isNull } from 'drizzle-orm';
import { chainOf, purgeAuditAction, recordAudit, redactAuditPayloads } from '../audit/audit.service.ts';
import { lockContactRow } from '../contacts/contact-lock.ts';
import { contactVersionsData, isNamedByOtherContact } from '../contacts/contact-purge.ts';
import type { TContactRow } from '../contacts/contacts.reads.ts';
import type { TAppContext } from '../context.ts';
import type { TTx } from '../db/client.ts';
import { caseFlags } from '../declarations/case-purge.ts';
import { documentsToPurge } from '../documents/document-purge.ts';
import { riskProfileIdsOfContact } from '../risk/risk-profile-purge.ts';
import {
  type TPurgeTransaction,
  transactionsForResidue,
  transactionsOfContact,
} from '../transactions/transaction-purge.ts';
import {
  deleteContactRows,
  deleteDocuments,
  findEventIdsToRedact,
  rebuildTransactionSearchText,
  scrubMessages,
} from './purge.repository.ts';
import { anyOf, contactEventsCondition, transactionEventsCondition } from './record-subjects.ts';
import { legalHolds, retentionResidues } from './records.schema.ts';
import { findLastActivity, findRetention, saveRetention } from './retention.repository.ts';

export type TPurgeOutcome =
  | { contactId: string; result: 'purged'; redactedEvents: number; transactions: number; documents: number }
  | { contactId: string; result: 'gone' | 'not_due' | 'held' | 'linked' | 'resumed' | 'failed' };

const yearOf = (value: string | Date) => new Date(value).getUTCFullYear();

/**
 * The strings that identify the person in free text: every version's display name and full name, its
 * identity document, national and enterprise numbers. Shorter than four characters is too common.
 */
function identifyingStrings(versions: TContactData[]): string[] {
  const found = new Set<string>();
  for (const data of versions) {
    found.add(displayNameOf(data));
    if (data.kind === 'person') {
      found.add(`${data.firstNames} ${data.lastName}`);
      found.add(`${data.lastName} ${data.firstNames}`);
      found.add(data.idDocument.number);
      if (data.nationalNumber) found.add(data.nationalNumber);
    } else if (data.enterpriseNumber) {
      const digits = data.enterpriseNumber.replace(/\D/g, '');
      found.add(data.enterpriseNumber);
      found.add(digits);
      found.add(`${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`);
    }
  }
  return [...found].map((s) => s.trim()).filter((s) => s.length >= 4);
}

function countriesOf(data: TContactData | undefined): string[] {
  if (!data) return [];
  const list =
    data.kind === 'person'
      ? [...data.nationalities, data.address.country]
      : [
          data.registeredOffice.country,
          ...(data.foreignRegistration ? [data.foreignRegistration.country] : []),
        ];
  return [...new Set(list)].sort();
}

/**
 * Purges one contact when its date has come (M10): the contact, its versions, risk profiles, case
 * timelines, screenings, documents and notifications are deleted; its transactions go too when no other
 * party remains (a transaction shared with a retained party is kept for that party, art. 17 §2, and
 * only loses this party); e-mails naming it are blanked; the payloads of its audit events are erased
 * and marked redacted, listed by a `retention.contact_purged` event, so the chain still verifies. An
 * anonymous residue (years, kinds, levels, statuses, country codes) stays for the annual report.
 *
 * Not purged: under a legal hold, before the date, when activity resumed after the recorded end (the end
 * is then withdrawn), or while another contact still names it as owner or mandatary (it goes with that
 * one). Running it again on a purged contact does nothing.
 */
export async function purgeContactIfDue(
  ctx: TAppContext,
  organisationId: string,
  contactId: string,
  today: string,
): Promise<TPurgeOutcome> {
  return ctx.db.transaction(async (tx) => {
    const contact = await lockContactRow(tx, organisationId, contactId);
    if (!contact) return { contactId, result: 'gone' };
    const retention = await findRetention(tx, contactId);
    const holds = await tx
      .select({ id: legalHolds.id })
      .from(legalHolds)
      .where(and(eq(legalHolds.contactId, contactId), isNull(legalHolds.releasedAt)));
    const clock = {
      endedOn: retention?.endedOn ?? null,
      extendedUntil: retention?.extendedUntil ?? null,
      activeHolds: holds.length,
    };
    if (holds.length > 0) return { contactId, result: 'held' };
    if (!isPurgeDue(clock, ctx.config.retention.years, today)) return { contactId, result: 'not_due' };
    const last = await findLastActivity(tx, contactId);
    if (last && last.toISOString().slice(0, 10) > clock.endedOn!) {
      await withdrawEnd(tx, organisationId, contactId, clock.endedOn!, last);
      return { contactId, result: 'resumed' };
    }
    if (await isNamedByOtherContact(tx, organisationId, contactId)) return { contactId, result: 'linked' };
    return purge(tx, ctx, contact, { ...clock, today });
  });
}

async function withdrawEnd(tx: TTx, organisationId: string, contactId: string, endedOn: string, last: Date) {
  await saveRetention(tx, organisationId, contactId, {
    endedOn: null,
    endSource: null,
    endReason: null,
    extendedUntil: null,
    extensionReason: null,
    proposedAt: null,
    dismissedAt: null,
  });
  await recordAudit(tx, {
    organisationId,
    action: 'retention.relationship_reopened',
    subjectType: 'contact',
    subjectId: contactId,
    payload: { reason: 'activity_after_end', previousEndedOn: endedOn, lastActivityAt: last.toISOString() },
  });
}

async function purge(
  tx: TTx,
  ctx: TAppContext,
  contact: TContactRow,
  clock: { endedOn: string | null; extendedUntil: string | null; today: string },
): Promise<TPurgeOutcome> {
  const contactId = contact.id;
  const organisationId = contact.organisationId;
  const versions = (await contactVersionsData(tx, contactId)).map((v) => v.data as TContactData);
  const names = identifyingStrings(versions);
  const profileIds = await riskProfileIdsOfContact(tx, contactId);
  const deals = await transactionsOfContact(tx, contactId);
  const purgedIds = deals.filter((d) => !d.others?.length).map((d) => d.id);
  const keptIds = deals.filter((d) => d.others?.length).map((d) => d.id);
  const purgedDeals = await transactionsForResidue(tx, purgedIds);
  const documents = [
    ...(await documentsToPurge(tx, 'contact', [contactId])),
    ...(await documentsToPurge(tx, 'transaction', purgedIds)),
  ];
  const flags = await caseFlags(tx, [...profileIds, ...purgedIds]);
  const chain = chainOf(organisationId);
  const eventIds = await findEventIdsToRedact(
    tx,
    chain,
    anyOf([contactEventsCondition(contactId), ...purgedIds.map((id) => transactionEventsCondition(id))]),
    names,
  );

  await writeResidues(tx, contact, versions.at(-1), clock, purgedDeals, profileIds, flags);
  await deleteDocuments(tx, documents);
  await deleteContactRows(tx, {
    contactId,
    profileIds,
    transactionIds: purgedIds,
    subjectIds: [contactId, ...profileIds, ...purgedIds, ...documents.map((d) => d.id)],
  });
  for (const id of keptIds) {
    await rebuildTransactionSearchText(tx, organisationId, id, (t) =>
      foldText([t.reference, t.address.street, t.address.postalCode, t.address.city, ...t.names].join(' ')),
    );
  }
  await scrubMessages(tx, organisationId, names);
  const redacted = await redactAuditPayloads(tx, chain, eventIds);
  await recordAudit(tx, {
    organisationId,
    action: purgeAuditAction,
    subjectType: 'contact',
    subjectId: contactId,
    payload: {
      endedOn: clock.endedOn,
      purgeDueOn: purgeDueOn(clock, ctx.config.retention.years),
      redactedEventIds: redacted,
      purgedTransactionIds: purgedIds,
      keptTransactionIds: keptIds,
      documents: documents.length,
    },
  });
  return {
    contactId,
    result: 'purged',
    redactedEvents: redacted.length,
    transactions: purgedIds.length,
    documents: documents.length,
  };
}

async function writeResidues(
  tx: TTx,
  contact: TContactRow,
  latest: TContactData | undefined,
  clock: { endedOn: string | null; today: string },
  purgedDeals: TPurgeTransaction[],
  profileIds: string[],
  flags: Map<string, { declared: boolean; reported: boolean }>,
) {
  const any = (ids: string[], key: 'declared' | 'reported') =>
    ids.some((id) => flags.get(id)?.[key] ?? false);
  const purgedYear = yearOf(clock.today);
  await tx.insert(retentionResidues).values([
    {
      organisationId: contact.organisationId,
      kind: 'contact' as const,
      createdYear: yearOf(contact.createdAt),
      endedYear: clock.endedOn ? yearOf(clock.endedOn) : null,
      purgedYear,
      contactKind: contact.kind,
      status: contact.status,
      vigilanceLevel: contact.vigilanceLevel,
      countries: countriesOf(latest),
      declaredToOfficer: any(profileIds, 'declared'),
      reportedToCtif: any(profileIds, 'reported'),
    },
    ...purgedDeals.map((deal) => ({
      organisationId: contact.organisationId,
      kind: 'transaction' as const,
      createdYear: yearOf(deal.created_at),
      endedYear: clock.endedOn ? yearOf(clock.endedOn) : null,
      purgedYear,
      transactionType: deal.type,
      status: deal.status,
      vigilanceLevel: deal.level as 'normal' | 'heightened' | null,
      countries: deal.property_address?.country ? [deal.property_address.country] : [],
      priceBand: priceBand(Number(deal.price_cents)),
      declaredToOfficer: any([deal.id], 'declared'),
      reportedToCtif: any([deal.id], 'reported'),
    })),
  ]);
}
