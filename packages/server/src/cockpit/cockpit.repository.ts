import {
  contactNamesByIds,
  countExpiringIdDocuments,
  countReviewsDue,
  findExpiringIdDocuments,
  findReviewsDueBetween,
} from '../contacts/contacts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import {
  countCtifReportsPerMonth,
  findCtifReports,
  type TCaseFilter,
} from '../declarations/declarations.reads.ts';
import { countJobs, findRecentJobFailures } from '../jobs/jobs.reads.ts';
import { countMail, findRecentMailFailures } from '../mail/mail.reads.ts';
import { findOrganisationsAwaitingAllowListing as awaitingAllowListing } from '../organisations/organisations.reads.ts';
import {
  countAssessedProfilesPerMonth,
  countProfilesByStatusAndAge,
  findProfilesCases,
  profileContactsByIds,
} from '../risk/risk.reads.ts';
import { contactsWithOpenHits, countOpenHits } from '../screening/screening.reads.ts';
import {
  countAssessedTransactionsPerMonth,
  countTransactionsByStatusAndAge,
  countTransactionsPerMonth,
  findTransactionsCases,
  transactionReferencesByIds,
} from '../transactions/transactions.reads.ts';

/*
 * The cockpit's read model: aggregate counts over other modules' tables, read-only, through the owning
 * modules' read functions. The cockpit never writes; each figure's list is served by the owning module's
 * page (or by the `find*` functions below, for figures without such a page). Where a list needs names
 * from another module, they are read by id for the (bounded) rows found.
 */

export type { TCaseFilter };
export {
  countJobs,
  countMail,
  countOpenHits,
  countTransactionsPerMonth,
  findRecentJobFailures,
  findRecentMailFailures,
};

/** Case statuses still waiting for someone (see `awaitedParty` in the decision workflow). */
export const openCaseStatuses = ['draft', 'computed', 'awaiting-officer', 'awaiting-ctif', 'ctif-answered'];

/** Open cases of risk profiles and transactions, counted per status and per whole days since their last move. */
export async function countOpenCases(db: TDbOrTx, organisationId: string, now: Date) {
  const [profiles, deals] = await Promise.all([
    countProfilesByStatusAndAge(db, organisationId, openCaseStatuses, now),
    countTransactionsByStatusAndAge(db, organisationId, openCaseStatuses, now),
  ]);
  return [...profiles, ...deals];
}

/** Reviews due on or before `today` (what the Contacts page's "review due" filter shows) and due soon. */
export const countReviews = countReviewsDue;

export const countExpiringDocuments = countExpiringIdDocuments;

/** Per month since `from`: vigilance computed (profiles and transactions), heightened, reports to CTIF. */
export async function countMonthlyOutcomes(db: TDbOrTx, organisationId: string, from: Date) {
  const [profiles, deals, reports] = await Promise.all([
    countAssessedProfilesPerMonth(db, organisationId, from),
    countAssessedTransactionsPerMonth(db, organisationId, from),
    countCtifReportsPerMonth(db, organisationId, from),
  ]);
  return { assessed: [...profiles, ...deals], reports };
}

const itemsLimit = 200;

/** A row behind a figure, before presentation: what it is, its id, its title, the date that counts. */
export type TItemRow = {
  kind: 'contact' | 'risk_profile' | 'transaction';
  id: string;
  title: string;
  date: string;
};

/** The contacts behind a cockpit figure that has no list page of its own, soonest date first. */
export async function findReviewsDueSoon(
  db: TDbOrTx,
  organisationId: string,
  today: string,
  horizon: string,
): Promise<TItemRow[]> {
  const rows = await findReviewsDueBetween(db, organisationId, today, horizon, itemsLimit);
  return rows.map((r) => ({ kind: 'contact', id: r.id, title: r.title, date: r.date ?? '' }));
}

export async function findExpiringDocuments(
  db: TDbOrTx,
  organisationId: string,
  horizon: string,
): Promise<TItemRow[]> {
  const rows = await findExpiringIdDocuments(db, organisationId, horizon, itemsLimit);
  return rows.map((r) => ({ kind: 'contact', ...r }));
}

/** Contacts with hits still open, with the day of their oldest open hit. */
export async function findContactsWithOpenHits(db: TDbOrTx, organisationId: string): Promise<TItemRow[]> {
  const rows = await contactsWithOpenHits(db, organisationId, itemsLimit);
  const names = await contactNamesByIds(
    db,
    organisationId,
    rows.map((r) => r.contactId),
  );
  return rows.flatMap((r) => {
    const title = names.get(r.contactId);
    return title === undefined ? [] : [{ kind: 'contact' as const, id: r.contactId, title, date: r.date }];
  });
}

/** Risk profiles and transactions matching a filter, oldest move first. */
export async function findCases(
  db: TDbOrTx,
  organisationId: string,
  filter: TCaseFilter,
): Promise<TItemRow[]> {
  const [profiles, deals] = await Promise.all([
    findProfilesCases(db, organisationId, filter, itemsLimit),
    findTransactionsCases(db, organisationId, filter, itemsLimit),
  ]);
  const names = await contactNamesByIds(
    db,
    organisationId,
    profiles.map((p) => p.contactId),
  );
  return [
    ...profiles.flatMap((p) => {
      const title = names.get(p.contactId);
      return title === undefined ? [] : [{ kind: 'risk_profile' as const, id: p.id, title, date: p.date }];
    }),
    ...deals.map((d) => ({ kind: 'transaction' as const, id: d.id, title: d.reference, date: d.date })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The cases reported to CTIF-CFI in [from, to), with the day of the report. The reports of a period
 * are few (each one is a suspicion declared to CTIF), so the cases are then read by id.
 */
export async function findReportedCases(db: TDbOrTx, organisationId: string, from: Date, to: Date) {
  const reports = await findCtifReports(db, organisationId, from, to);
  const subjectIds = [...new Set(reports.map((r) => r.subjectId))];
  const [profiles, deals] = await Promise.all([
    profileContactsByIds(db, organisationId, subjectIds),
    transactionReferencesByIds(db, organisationId, subjectIds),
  ]);
  const names = await contactNamesByIds(
    db,
    organisationId,
    profiles.map((p) => p.contactId),
  );
  const profileTitles = new Map(profiles.map((p) => [p.id, names.get(p.contactId)]));
  const references = new Map(deals.map((d) => [d.id, d.reference]));
  const rows: TItemRow[] = [];
  for (const report of reports) {
    const title = profileTitles.get(report.subjectId);
    if (title !== undefined)
      rows.push({ kind: 'risk_profile', id: report.subjectId, title, date: report.date });
  }
  for (const report of reports) {
    const reference = references.get(report.subjectId);
    if (reference !== undefined)
      rows.push({ kind: 'transaction', id: report.subjectId, title: reference, date: report.date });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

/* Operator (platform administrator): the platform's own health, across organisations. */

/** Organisations whose enterprise number the administrator has not allow-listed yet, oldest first. */
export function findOrganisationsAwaitingAllowListing(db: TDbOrTx) {
  return awaitingAllowListing(db, itemsLimit);
}
