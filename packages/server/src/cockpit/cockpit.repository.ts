import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  sql,
} from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { contacts, contactVersions } from '../contacts/contacts.schema.ts';
import type { TDbOrTx } from '../db/client.ts';
import { caseEvents } from '../declarations/declarations.schema.ts';
import { jobs } from '../jobs/jobs.schema.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { allowedEnterpriseNumbers, organisations } from '../organisations/organisations.schema.ts';
import { riskProfiles } from '../risk/risk.schema.ts';
import { screeningHits } from '../screening/screening.schema.ts';
import { transactions } from '../transactions/transactions.schema.ts';

/*
 * The cockpit's read model: aggregate counts over other modules' tables, read-only. The cockpit never
 * writes; each figure's list is served by the owning module's page (or by the `find*` functions below, for figures without such a page).
 */

/** Case statuses still waiting for someone (see `awaitedParty` in the decision workflow). */
export const openCaseStatuses = ['draft', 'computed', 'awaiting-officer', 'awaiting-ctif', 'ctif-answered'];

/** Open cases of risk profiles and transactions, counted per status and per whole days since their last move. */
export async function countOpenCases(db: TDbOrTx, organisationId: string, now: Date) {
  const byStatusAndAge = (table: typeof riskProfiles | typeof transactions) =>
    db
      .select({
        status: table.status,
        days: sql<number>`floor(extract(epoch from (${now.toISOString()}::timestamptz - ${table.updatedAt})) / 86400)::int`.mapWith(
          Number,
        ),
        n: count(),
      })
      .from(table)
      .where(and(eq(table.organisationId, organisationId), inArray(table.status, openCaseStatuses)))
      .groupBy(sql`1`, sql`2`);
  const [profiles, deals] = await Promise.all([byStatusAndAge(riskProfiles), byStatusAndAge(transactions)]);
  return [...profiles, ...deals];
}

export async function countOpenHits(db: TDbOrTx, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(screeningHits)
    .where(and(eq(screeningHits.organisationId, organisationId), eq(screeningHits.disposition, 'open')));
  return row?.n ?? 0;
}

/** Reviews due on or before `today` (what the Contacts page's "review due" filter shows) and due soon. */
export async function countReviews(db: TDbOrTx, organisationId: string, today: string, horizon: string) {
  const [row] = await db
    .select({
      overdue: sql<number>`count(*) filter (where ${contacts.reviewDueAt} <= ${today})`.mapWith(Number),
      dueSoon:
        sql<number>`count(*) filter (where ${contacts.reviewDueAt} > ${today} and ${contacts.reviewDueAt} <= ${horizon})`.mapWith(
          Number,
        ),
    })
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), isNotNull(contacts.reviewDueAt)));
  return { overdue: row?.overdue ?? 0, dueSoon: row?.dueSoon ?? 0 };
}

/** The identity document's expiry date on each contact's current version (persons; JSON path of ZIdDocument). */
const documentExpiry = sql<string>`(${contactVersions.data}->'idDocument'->>'expiryDate')`;

function currentVersionJoin() {
  return and(
    eq(contactVersions.contactId, contacts.id),
    eq(contactVersions.versionNo, contacts.currentVersionNo),
  );
}

export async function countExpiringDocuments(
  db: TDbOrTx,
  organisationId: string,
  today: string,
  horizon: string,
) {
  const [row] = await db
    .select({
      expired: sql<number>`count(*) filter (where ${documentExpiry} < ${today})`.mapWith(Number),
      expiringSoon:
        sql<number>`count(*) filter (where ${documentExpiry} >= ${today} and ${documentExpiry} <= ${horizon})`.mapWith(
          Number,
        ),
    })
    .from(contacts)
    .innerJoin(contactVersions, currentVersionJoin())
    .where(and(eq(contacts.organisationId, organisationId), ne(contacts.status, 'refused')));
  return { expired: row?.expired ?? 0, expiringSoon: row?.expiringSoon ?? 0 };
}

const monthOf = (column: PgColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM')`;

/** Per month since `from`: vigilance computed (profiles and transactions), heightened, reports to CTIF. */
export async function countMonthlyOutcomes(db: TDbOrTx, organisationId: string, from: Date) {
  const assessed = (table: typeof riskProfiles | typeof transactions) =>
    db
      .select({
        month: monthOf(table.createdAt),
        assessed: count(),
        heightened: sql<number>`count(*) filter (where ${table.level} = 'heightened')`.mapWith(Number),
      })
      .from(table)
      .where(
        and(eq(table.organisationId, organisationId), gte(table.createdAt, from), isNotNull(table.level)),
      )
      .groupBy(sql`1`);
  const [profiles, deals, reports] = await Promise.all([
    assessed(riskProfiles),
    assessed(transactions),
    db
      .select({ month: monthOf(caseEvents.createdAt), n: count() })
      .from(caseEvents)
      .where(
        and(
          eq(caseEvents.organisationId, organisationId),
          eq(caseEvents.action, 'report-to-ctif'),
          gte(caseEvents.createdAt, from),
        ),
      )
      .groupBy(sql`1`),
  ]);
  return { assessed: [...profiles, ...deals], reports };
}

export async function countTransactionsPerMonth(db: TDbOrTx, organisationId: string, from: Date) {
  return db
    .select({ month: monthOf(transactions.createdAt), n: count() })
    .from(transactions)
    .where(and(eq(transactions.organisationId, organisationId), gte(transactions.createdAt, from)))
    .groupBy(sql`1`);
}

const itemsLimit = 200;

/** A row behind a figure, before presentation: what it is, its id, its title, the date that counts. */
export type TItemRow = {
  kind: 'contact' | 'risk_profile' | 'transaction';
  id: string;
  title: string;
  date: string;
};

const dayOf = (column: PgColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;

/** The contacts behind a cockpit figure that has no list page of its own, soonest date first. */
export async function findReviewsDueSoon(
  db: TDbOrTx,
  organisationId: string,
  today: string,
  horizon: string,
): Promise<TItemRow[]> {
  const rows = await db
    .select({ id: contacts.id, title: contacts.displayName, date: contacts.reviewDueAt })
    .from(contacts)
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        gt(contacts.reviewDueAt, today),
        lte(contacts.reviewDueAt, horizon),
      ),
    )
    .orderBy(asc(contacts.reviewDueAt))
    .limit(itemsLimit);
  return rows.map((r) => ({ kind: 'contact', id: r.id, title: r.title, date: r.date ?? '' }));
}

export async function findExpiringDocuments(
  db: TDbOrTx,
  organisationId: string,
  horizon: string,
): Promise<TItemRow[]> {
  const rows = await db
    .select({ id: contacts.id, title: contacts.displayName, date: documentExpiry })
    .from(contacts)
    .innerJoin(contactVersions, currentVersionJoin())
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        ne(contacts.status, 'refused'),
        sql`${documentExpiry} <= ${horizon}`,
      ),
    )
    .orderBy(asc(documentExpiry))
    .limit(itemsLimit);
  return rows.map((r) => ({ kind: 'contact', ...r }));
}

/** Contacts with hits still open, with the day of their oldest open hit. */
export async function findContactsWithOpenHits(db: TDbOrTx, organisationId: string): Promise<TItemRow[]> {
  const oldest = sql<string>`to_char(min(${screeningHits.createdAt}) at time zone 'UTC', 'YYYY-MM-DD')`;
  const rows = await db
    .select({ id: contacts.id, title: contacts.displayName, date: oldest })
    .from(screeningHits)
    .innerJoin(contacts, eq(contacts.id, screeningHits.contactId))
    .where(and(eq(screeningHits.organisationId, organisationId), eq(screeningHits.disposition, 'open')))
    .groupBy(contacts.id, contacts.displayName)
    .orderBy(asc(oldest))
    .limit(itemsLimit);
  return rows.map((r) => ({ kind: 'contact', ...r }));
}

export type TCaseFilter = {
  statuses: string[];
  /** Whole days since the last move, both ends included. */
  days?: { min: number; max: number };
  /** Created in [from, to). */
  created?: { from: Date; to: Date };
  level?: 'heightened';
  now: Date;
};

/** Risk profiles and transactions matching a filter, oldest move first. */
export async function findCases(
  db: TDbOrTx,
  organisationId: string,
  filter: TCaseFilter,
): Promise<TItemRow[]> {
  const conditions = (table: typeof riskProfiles | typeof transactions) => {
    const age = sql`floor(extract(epoch from (${filter.now.toISOString()}::timestamptz - ${table.updatedAt})) / 86400)`;
    return and(
      eq(table.organisationId, organisationId),
      inArray(table.status, filter.statuses),
      filter.days ? sql`${age} between ${filter.days.min} and ${filter.days.max}` : undefined,
      filter.created ? gte(table.createdAt, filter.created.from) : undefined,
      filter.created ? lt(table.createdAt, filter.created.to) : undefined,
      filter.level ? eq(table.level, filter.level) : undefined,
    );
  };
  const [profiles, deals] = await Promise.all([
    db
      .select({ id: riskProfiles.id, title: contacts.displayName, date: dayOf(riskProfiles.updatedAt) })
      .from(riskProfiles)
      .innerJoin(contacts, eq(contacts.id, riskProfiles.contactId))
      .where(conditions(riskProfiles))
      .orderBy(asc(riskProfiles.updatedAt))
      .limit(itemsLimit),
    db
      .select({ id: transactions.id, title: transactions.reference, date: dayOf(transactions.updatedAt) })
      .from(transactions)
      .where(conditions(transactions))
      .orderBy(asc(transactions.updatedAt))
      .limit(itemsLimit),
  ]);
  return [
    ...profiles.map((r) => ({ kind: 'risk_profile' as const, ...r })),
    ...deals.map((r) => ({ kind: 'transaction' as const, ...r })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/** The cases reported to CTIF-CFI in [from, to), with the day of the report. */
export async function findReportedCases(db: TDbOrTx, organisationId: string, from: Date, to: Date) {
  const reported = and(
    eq(caseEvents.organisationId, organisationId),
    eq(caseEvents.action, 'report-to-ctif'),
    gte(caseEvents.createdAt, from),
    lt(caseEvents.createdAt, to),
  );
  const [profiles, deals] = await Promise.all([
    db
      .select({ id: riskProfiles.id, title: contacts.displayName, date: dayOf(caseEvents.createdAt) })
      .from(caseEvents)
      .innerJoin(riskProfiles, eq(riskProfiles.id, caseEvents.subjectId))
      .innerJoin(contacts, eq(contacts.id, riskProfiles.contactId))
      .where(reported),
    db
      .select({ id: transactions.id, title: transactions.reference, date: dayOf(caseEvents.createdAt) })
      .from(caseEvents)
      .innerJoin(transactions, eq(transactions.id, caseEvents.subjectId))
      .where(reported),
  ]);
  return [
    ...profiles.map((r) => ({ kind: 'risk_profile' as const, ...r })),
    ...deals.map((r) => ({ kind: 'transaction' as const, ...r })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/* Operator (platform administrator): the platform's own health, across organisations. */

export async function countJobs(db: TDbOrTx) {
  const [row] = await db
    .select({
      waiting:
        sql<number>`count(*) filter (where ${jobs.status} = 'pending' and ${jobs.attempts} = 0)`.mapWith(
          Number,
        ),
      retrying:
        sql<number>`count(*) filter (where ${jobs.status} = 'pending' and ${jobs.attempts} > 0)`.mapWith(
          Number,
        ),
      running: sql<number>`count(*) filter (where ${jobs.status} = 'running')`.mapWith(Number),
      failed: sql<number>`count(*) filter (where ${jobs.status} = 'failed')`.mapWith(Number),
    })
    .from(jobs);
  return {
    waiting: row?.waiting ?? 0,
    retrying: row?.retrying ?? 0,
    running: row?.running ?? 0,
    failed: row?.failed ?? 0,
  };
}

/** The latest failed jobs and jobs being retried after an error. */
export async function findRecentJobFailures(db: TDbOrTx) {
  return db
    .select()
    .from(jobs)
    .where(and(isNotNull(jobs.lastError), inArray(jobs.status, ['failed', 'pending'])))
    .orderBy(desc(jobs.runAt))
    .limit(20);
}

export async function countMail(db: TDbOrTx) {
  const [row] = await db
    .select({
      failed: sql<number>`count(*) filter (where ${mailOutbox.status} = 'failed')`.mapWith(Number),
      pending: sql<number>`count(*) filter (where ${mailOutbox.status} = 'pending')`.mapWith(Number),
    })
    .from(mailOutbox);
  return { failed: row?.failed ?? 0, pending: row?.pending ?? 0 };
}

export async function findRecentMailFailures(db: TDbOrTx) {
  return db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.status, 'failed'))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(20);
}

/** Organisations whose enterprise number the administrator has not allow-listed yet, oldest first. */
export async function findOrganisationsAwaitingAllowListing(db: TDbOrTx) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      enterpriseNumber: organisations.enterpriseNumber,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .leftJoin(
      allowedEnterpriseNumbers,
      eq(allowedEnterpriseNumbers.enterpriseNumber, organisations.enterpriseNumber),
    )
    .where(isNull(allowedEnterpriseNumbers.enterpriseNumber))
    .orderBy(asc(organisations.createdAt))
    .limit(itemsLimit);
}
