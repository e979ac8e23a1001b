import {
  DECISION_ACTIONS,
  type TAnnualReportFigures,
  trainingPerEmployee,
} from '@vigilo/domain/officer-reports/index.ts';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { countContactsCreatedByKindAndLevel, countReviewsOverdue } from '../contacts/contacts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { caseEventsBetween } from '../declarations/declarations.reads.ts';
import { countGoAmlReportsSubmitted } from '../goaml/goaml.reads.ts';
import { countProfilesComputed, countReviewsDone, policyVersionsCreated } from '../risk/risk.reads.ts';
import { countTransactionsCreated } from '../transactions/transactions.reads.ts';
import { amlTrainings } from './officer-reports.schema.ts';
import { trainingMembers } from './training-members.ts';

/** [1 January, 1 January next year) in UTC: what "in the year" means for every figure. */
function yearRange(year: number) {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
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
  const { from, to } = yearRange(year);
  const rows = await countContactsCreatedByKindAndLevel(db, organisationId, from, to);
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

async function riskProfileFigures({ db, organisationId, year }: TScope): Promise<TFigures['riskProfiles']> {
  const { from, to } = yearRange(year);
  return countProfilesComputed(db, organisationId, from, to);
}

async function transactionFigures({ db, organisationId, year }: TScope): Promise<TFigures['transactions']> {
  const { from, to } = yearRange(year);
  return countTransactionsCreated(db, organisationId, from, to);
}

/** Decisions taken in the year, reports to CTIF-CFI and CTIF's answers. */
async function caseFigures({ db, organisationId, year }: TScope) {
  const { from, to } = yearRange(year);
  const events = await caseEventsBetween(db, organisationId, from, to);
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
  const submitted = await countGoAmlReportsSubmitted(
    db,
    organisationId,
    from.toISOString().slice(0, 10),
    to.toISOString().slice(0, 10),
  );
  const ctif: TFigures['ctif'] = {
    reported: decisions['report-to-ctif'] ?? 0,
    goamlSubmitted: submitted,
    answers,
  };
  return { decisions, ctif };
}

async function reviewFigures(scope: TScope, now: Date): Promise<TFigures['reviews']> {
  const { db, organisationId, year } = scope;
  const { from, to } = yearRange(year);
  // A review = a new risk profile computed for a contact that already had one (periodic review).
  const done = await countReviewsDone(db, organisationId, from, to);
  const endOfYear = new Date(Math.min(to.getTime() - 86_400_000, now.getTime())).toISOString().slice(0, 10);
  const overdue = await countReviewsOverdue(db, organisationId, to, endOfYear);
  return { done, overdue };
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
  const { from, to } = yearRange(year);
  const policies = await policyVersionsCreated(db, organisationId, from, to);
  return policies.map((p) => ({ version: p.version, createdAt: p.createdAt.toISOString() }));
}
