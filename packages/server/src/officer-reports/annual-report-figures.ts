import {
  DECISION_ACTIONS,
  type TAnnualReportFigures,
  trainingPerEmployee,
} from '@vigilo/domain/officer-reports/index.ts';
import { and, asc, count, eq, gte, inArray, isNotNull, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { contacts } from '../contacts/contacts.schema.ts';
import type { TDbOrTx } from '../db/client.ts';
import { caseEvents } from '../declarations/declarations.schema.ts';
import { goamlReports } from '../goaml/goaml.schema.ts';
import { acceptancePolicies, riskProfiles } from '../risk/risk.schema.ts';
import { transactions } from '../transactions/transactions.schema.ts';
import { amlTrainings } from './officer-reports.schema.ts';
import { trainingMembers } from './training-members.ts';

/** [1 January, 1 January next year) in UTC: what "in the year" means for every figure. */
function yearRange(year: number) {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

const inYear = (column: PgColumn, year: number): SQL => {
  const { from, to } = yearRange(year);
  return and(gte(column, from), lt(column, to))!;
};

async function countWhere(
  db: TDbOrTx,
  table: typeof contacts | typeof riskProfiles | typeof transactions,
  where: SQL,
) {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}

/**
 * The figures of a year for the annual report (2022 regulation), from the records only: contacts
 * identified (by type and vigilance), profiles and transactions with heightened vigilance, decisions,
 * reports to CTIF-CFI and its answers, reviews done and overdue, training sessions, policy changes.
 */
export async function computeAnnualFigures(
  db: TDbOrTx,
  organisationId: string,
  year: number,
  now = new Date(),
): Promise<TAnnualReportFigures> {
  const org = (column: PgColumn) => eq(column, organisationId);
  const newContacts = and(org(contacts.organisationId), inYear(contacts.createdAt, year))!;
  const contactRows = await db
    .select({ kind: contacts.kind, level: contacts.vigilanceLevel, n: count() })
    .from(contacts)
    .where(newContacts)
    .groupBy(contacts.kind, contacts.vigilanceLevel);
  const sum = (pick: (r: (typeof contactRows)[number]) => boolean) =>
    contactRows.filter(pick).reduce((total, r) => total + r.n, 0);

  const profilesComputed = and(
    org(riskProfiles.organisationId),
    inYear(riskProfiles.createdAt, year),
    isNotNull(riskProfiles.level),
  )!;
  const dealsCreated = and(org(transactions.organisationId), inYear(transactions.createdAt, year))!;

  const events = await db
    .select({ action: caseEvents.action, data: caseEvents.data, subjectId: caseEvents.subjectId })
    .from(caseEvents)
    .where(and(org(caseEvents.organisationId), inYear(caseEvents.createdAt, year)));
  const decisions = Object.fromEntries(
    DECISION_ACTIONS.map((action) => [action, events.filter((e) => e.action === action).length]),
  );
  // CTIF's answers, once per answer: the goAML answer when one was recorded on the report (it also
  // records the case's answer), else the answer recorded on the case itself.
  const answers = { 'no-objection': 0, opposition: 0, 'information-request': 0 };
  const viaGoAml = new Set(events.filter((e) => e.action === 'goaml-answered').map((e) => e.subjectId));
  for (const e of events) {
    const answer = (e.data as { answer?: keyof typeof answers }).answer;
    if (!answer || !(answer in answers)) continue;
    if (e.action === 'goaml-answered' || (e.action === 'record-ctif-answer' && !viaGoAml.has(e.subjectId)))
      answers[answer] += 1;
  }
  const { from, to } = yearRange(year);
  const [submitted] = await db
    .select({ n: count() })
    .from(goamlReports)
    .where(
      and(
        org(goamlReports.organisationId),
        inArray(goamlReports.status, ['submitted', 'answered']),
        sql`(${goamlReports.state}->>'submittedOn') >= ${from.toISOString().slice(0, 10)}`,
        sql`(${goamlReports.state}->>'submittedOn') < ${to.toISOString().slice(0, 10)}`,
      ),
    );

  // A review = a new risk profile computed for a contact that already had one (periodic review).
  const [reviews] = await db
    .select({ n: count() })
    .from(riskProfiles)
    .where(
      and(
        profilesComputed,
        sql`exists (select 1 from ${riskProfiles} earlier where earlier.contact_id = ${riskProfiles.contactId} and earlier.created_at < ${riskProfiles.createdAt} and earlier.level is not null)`,
      ),
    );
  const endOfYear = new Date(Math.min(to.getTime() - 86_400_000, now.getTime())).toISOString().slice(0, 10);
  const [overdue] = await db
    .select({ n: count() })
    .from(contacts)
    .where(
      and(
        org(contacts.organisationId),
        lt(contacts.createdAt, to),
        lte(contacts.reviewDueAt, endOfYear),
        ne(contacts.status, 'refused'),
      ),
    );

  const trainings = await db
    .select()
    .from(amlTrainings)
    .where(
      and(
        org(amlTrainings.organisationId),
        gte(amlTrainings.heldOn, `${year}-01-01`),
        lt(amlTrainings.heldOn, `${year + 1}-01-01`),
      ),
    )
    .orderBy(asc(amlTrainings.heldOn));
  const perEmployee = trainingPerEmployee(
    year,
    await trainingMembers(
      db,
      organisationId,
      trainings.flatMap((tr) => tr.attendeeUserIds),
    ),
    trainings.map((tr) => ({ heldOn: tr.heldOn, attendeeUserIds: tr.attendeeUserIds })),
  );
  const policies = await db
    .select({ version: acceptancePolicies.version, createdAt: acceptancePolicies.createdAt })
    .from(acceptancePolicies)
    .where(and(org(acceptancePolicies.organisationId), inYear(acceptancePolicies.createdAt, year)))
    .orderBy(asc(acceptancePolicies.version));

  return {
    year,
    computedAt: now.toISOString(),
    contacts: {
      total: sum(() => true),
      persons: sum((r) => r.kind === 'person'),
      entities: sum((r) => r.kind === 'entity'),
      normal: sum((r) => r.level === 'normal'),
      heightened: sum((r) => r.level === 'heightened'),
      notAssessed: sum((r) => r.level === null),
    },
    riskProfiles: {
      computed: await countWhere(db, riskProfiles, profilesComputed),
      heightened: await countWhere(
        db,
        riskProfiles,
        and(profilesComputed, eq(riskProfiles.level, 'heightened'))!,
      ),
    },
    transactions: {
      created: await countWhere(db, transactions, dealsCreated),
      computed: await countWhere(db, transactions, and(dealsCreated, isNotNull(transactions.level))!),
      heightened: await countWhere(
        db,
        transactions,
        and(dealsCreated, eq(transactions.level, 'heightened'))!,
      ),
    },
    decisions,
    ctif: { reported: decisions['report-to-ctif'] ?? 0, goamlSubmitted: submitted?.n ?? 0, answers },
    reviews: { done: reviews?.n ?? 0, overdue: overdue?.n ?? 0 },
    trainings: {
      sessions: trainings.length,
      attendees: trainings.reduce((n, tr) => n + tr.attendeeCount, 0),
      items: trainings.map((tr) => ({ heldOn: tr.heldOn, topic: tr.topic, attendeeCount: tr.attendeeCount })),
      perEmployee: perEmployee.perEmployee,
      withoutTraining: perEmployee.withoutTraining,
    },
    policyChanges: policies.map((p) => ({ version: p.version, createdAt: p.createdAt.toISOString() })),
  };
}
