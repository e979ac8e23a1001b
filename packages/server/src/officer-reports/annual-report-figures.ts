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

type TScope = { db: TDbOrTx; organisationId: string; year: number };
type TFigures = TAnnualReportFigures;

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
  const scope = { db, organisationId, year };
  const cases = await caseFigures(scope);
  return {
    year,
    computedAt: now.toISOString(),
    contacts: await contactFigures(scope),
    riskProfiles: await riskProfileFigures(scope),
    transactions: await transactionFigures(scope),
    decisions: cases.decisions,
    ctif: cases.ctif,
    reviews: await reviewFigures(scope, now),
    trainings: await trainingFigures(scope),
    policyChanges: await policyChanges(scope),
  };
}

const belongsTo = (column: PgColumn, organisationId: string) => eq(column, organisationId);

async function contactFigures({ db, organisationId, year }: TScope): Promise<TFigures['contacts']> {
  const rows = await db
    .select({ kind: contacts.kind, level: contacts.vigilanceLevel, n: count() })
    .from(contacts)
    .where(and(belongsTo(contacts.organisationId, organisationId), inYear(contacts.createdAt, year)))
    .groupBy(contacts.kind, contacts.vigilanceLevel);
  const sum = (pick: (r: (typeof rows)[number]) => boolean) =>
    rows.filter(pick).reduce((total, r) => total + r.n, 0);
  return {
    total: sum(() => true),
    persons: sum((r) => r.kind === 'person'),
    entities: sum((r) => r.kind === 'entity'),
    normal: sum((r) => r.level === 'normal'),
    heightened: sum((r) => r.level === 'heightened'),
    notAssessed: sum((r) => r.level === null),
  };
}

const profilesComputedIn = ({ organisationId, year }: TScope) =>
  and(
    belongsTo(riskProfiles.organisationId, organisationId),
    inYear(riskProfiles.createdAt, year),
    isNotNull(riskProfiles.level),
  )!;

async function riskProfileFigures(scope: TScope): Promise<TFigures['riskProfiles']> {
  const computed = profilesComputedIn(scope);
  return {
    computed: await countWhere(scope.db, riskProfiles, computed),
    heightened: await countWhere(
      scope.db,
      riskProfiles,
      and(computed, eq(riskProfiles.level, 'heightened'))!,
    ),
  };
}

async function transactionFigures({ db, organisationId, year }: TScope): Promise<TFigures['transactions']> {
  const created = and(
    belongsTo(transactions.organisationId, organisationId),
    inYear(transactions.createdAt, year),
  )!;
  return {
    created: await countWhere(db, transactions, created),
    computed: await countWhere(db, transactions, and(created, isNotNull(transactions.level))!),
    heightened: await countWhere(db, transactions, and(created, eq(transactions.level, 'heightened'))!),
  };
}

/** Decisions taken in the year, reports to CTIF-CFI and CTIF's answers. */
async function caseFigures({ db, organisationId, year }: TScope) {
  const events = await db
    .select({ action: caseEvents.action, data: caseEvents.data, subjectId: caseEvents.subjectId })
    .from(caseEvents)
    .where(and(belongsTo(caseEvents.organisationId, organisationId), inYear(caseEvents.createdAt, year)));
  const decisions: TFigures['decisions'] = Object.fromEntries(
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
        belongsTo(goamlReports.organisationId, organisationId),
        inArray(goamlReports.status, ['submitted', 'answered']),
        sql`(${goamlReports.state}->>'submittedOn') >= ${from.toISOString().slice(0, 10)}`,
        sql`(${goamlReports.state}->>'submittedOn') < ${to.toISOString().slice(0, 10)}`,
      ),
    );
  const ctif: TFigures['ctif'] = {
    reported: decisions['report-to-ctif'] ?? 0,
    goamlSubmitted: submitted?.n ?? 0,
    answers,
  };
  return { decisions, ctif };
}

async function reviewFigures(scope: TScope, now: Date): Promise<TFigures['reviews']> {
  const { db, organisationId, year } = scope;
  // A review = a new risk profile computed for a contact that already had one (periodic review).
  const [reviews] = await db
    .select({ n: count() })
    .from(riskProfiles)
    .where(
      and(
        profilesComputedIn(scope),
        sql`exists (select 1 from ${riskProfiles} earlier where earlier.contact_id = ${riskProfiles.contactId} and earlier.created_at < ${riskProfiles.createdAt} and earlier.level is not null)`,
      ),
    );
  const { to } = yearRange(year);
  const endOfYear = new Date(Math.min(to.getTime() - 86_400_000, now.getTime())).toISOString().slice(0, 10);
  const [overdue] = await db
    .select({ n: count() })
    .from(contacts)
    .where(
      and(
        belongsTo(contacts.organisationId, organisationId),
        lt(contacts.createdAt, to),
        lte(contacts.reviewDueAt, endOfYear),
        ne(contacts.status, 'refused'),
      ),
    );
  return { done: reviews?.n ?? 0, overdue: overdue?.n ?? 0 };
}

async function trainingFigures({ db, organisationId, year }: TScope): Promise<TFigures['trainings']> {
  const trainings = await db
    .select()
    .from(amlTrainings)
    .where(
      and(
        belongsTo(amlTrainings.organisationId, organisationId),
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
  return {
    sessions: trainings.length,
    attendees: trainings.reduce((n, tr) => n + tr.attendeeCount, 0),
    items: trainings.map((tr) => ({ heldOn: tr.heldOn, topic: tr.topic, attendeeCount: tr.attendeeCount })),
    perEmployee: perEmployee.perEmployee,
    withoutTraining: perEmployee.withoutTraining,
  };
}

async function policyChanges({ db, organisationId, year }: TScope): Promise<TFigures['policyChanges']> {
  const policies = await db
    .select({ version: acceptancePolicies.version, createdAt: acceptancePolicies.createdAt })
    .from(acceptancePolicies)
    .where(
      and(
        belongsTo(acceptancePolicies.organisationId, organisationId),
        inYear(acceptancePolicies.createdAt, year),
      ),
    )
    .orderBy(asc(acceptancePolicies.version));
  return policies.map((p) => ({ version: p.version, createdAt: p.createdAt.toISOString() }));
}
