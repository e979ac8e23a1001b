import type { TAddress } from '@vigilo/domain/contracts/contacts.ts';
import type { TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type Answers, findAcceptanceBlockers } from '@vigilo/domain/risk/index.ts';
import { checkRentalScope, questionnaireForType } from '@vigilo/domain/transactions/index.ts';
import { and, eq } from 'drizzle-orm';
import { findUserRow } from '../accounts/accounts.reads.ts';
import { contactsByIds } from '../contacts/contacts.reads.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { computedCaseColumns, type TCaseAdapter } from '../declarations/case-pipeline.ts';
import { storeDocument } from '../documents/documents.service.ts';
import type { TActor } from '../http/actor.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { findOrganisationById } from '../organisations/organisation-by-id.ts';
import { plainCaseTitle } from '../risk/case-title.ts';
import { currentPolicy } from '../risk/policy.service.ts';
import { profileLevelsByIds } from '../risk/risk.reads.ts';
import { screeningFactsOf } from '../risk/screening-facts.ts';
import { chargeVigilanceCalculation } from '../wallet/wallet-charge.ts';
import { renderTransactionReportPdf } from './transaction-report-pdf.ts';
import { transactionParties, transactions } from './transactions.schema.ts';

export type TTransactionRow = typeof transactions.$inferSelect;
export type TPayment = {
  kind: 'wallet' | 'subscription';
  amountInclVatCents: number | null;
  paidAt: string;
  movementId: string | null;
  subscriptionId: string | null;
};

export async function loadTransaction(
  db: TDbOrTx,
  actor: TActor,
  transactionId: string,
): Promise<TTransactionRow> {
  const [row] = await db
    .select()
    .from(transactions)
    .where(and(eq(transactions.id, transactionId), eq(transactions.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  return row;
}

async function storeReport(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  row: TTransactionRow,
  answers: Record<string, unknown>,
  result: TVigilanceResult,
  payment: TPayment,
): Promise<string> {
  const me = await findUserRow(tx, actor.userId);
  const org = await findOrganisationById(tx, actor.organisationId);
  const parties = await partiesOf(tx, actor.organisationId, row.id);
  const pdf = await renderTransactionReportPdf({
    lang: (me!.language as 'fr' | 'nl' | 'en') ?? 'fr',
    organisationName: org!.name,
    reference: row.reference,
    type: row.type,
    propertyAddress: row.propertyAddress as TAddress,
    priceCents: row.priceCents,
    parties,
    answers: questionnaireForType(row.type)
      .questions.filter((q) => answers[q.id] !== undefined)
      .map((q) => ({
        labelKey: q.labelKey,
        value: answers[q.id],
        ...(q.options ? { options: [...q.options] } : {}),
      })),
    result,
    payment,
    generatedBy: `${me!.firstName} ${me!.lastName}`,
    generatedAt: new Date(),
  });
  const document = await storeDocument(tx, ctx, actor, {
    subjectType: 'transaction',
    subjectId: row.id,
    purpose: 'transaction_report',
    filename: `atypical-transaction-report-${row.reference.replace(/[^\w.-]+/g, '_')}.pdf`,
    bytes: pdf,
    source: 'generated',
  });
  return document.id;
}

export async function partiesOf(db: TDbOrTx, organisationId: string, transactionId: string) {
  const parties = await db
    .select()
    .from(transactionParties)
    .where(
      and(
        eq(transactionParties.organisationId, organisationId),
        eq(transactionParties.transactionId, transactionId),
      ),
    );
  // A transaction has a handful of parties: their contacts and profiles in one query each.
  const [contactRows, levels] = await Promise.all([
    contactsByIds(
      db,
      organisationId,
      parties.map((party) => party.contactId),
    ),
    profileLevelsByIds(
      db,
      organisationId,
      parties.map((party) => party.riskProfileId),
    ),
  ]);
  const contactsById = new Map(contactRows.map((contact) => [contact.id, contact]));
  return parties.flatMap((party) => {
    const contact = contactsById.get(party.contactId);
    if (!contact) return [];
    return [
      {
        contactId: party.contactId,
        contactVersionNo: party.contactVersionNo,
        displayName: contact.displayName,
        kind: contact.kind,
        role: party.role,
        side: party.side,
        // A contact is created with its identification data (identity document included), so its first
        // version is when the agency identified it; later versions update a known party.
        identifiedOn: brusselsDay(contact.createdAt),
        riskProfileId: party.riskProfileId,
        level: levels.get(party.riskProfileId) ?? null,
      },
    ];
  });
}

/**
 * Hard stops of a transaction (issue 14, item 2): a party confirmed on an asset-freeze list, or an
 * intended cash payment of the price.
 */
async function blockersOf(db: TDbOrTx, organisationId: string, row: TTransactionRow) {
  const parties = await db
    .select({ contactId: transactionParties.contactId })
    .from(transactionParties)
    .where(
      and(
        eq(transactionParties.organisationId, organisationId),
        eq(transactionParties.transactionId, row.id),
      ),
    );
  const screenings = await Promise.all(
    parties.map((party) => screeningFactsOf(db, organisationId, party.contactId)),
  );
  return findAcceptanceBlockers({
    screeningHits: screenings.flatMap((screening) => screening.hits ?? []),
    answers: row.answers as Answers,
  });
}

/** What "pay and continue" passes to the computation: the charge is idempotent per click. */
type TPayInput = { ctx: TAppContext; idempotencyKey: string; alreadyPaid?: boolean };

/**
 * A transaction as a case of the one pipeline: computing is paid (subscription or wallet) and stores the
 * atypical transaction report; a refused payment leaves nothing computed or charged.
 */
export const transactionCase: TCaseAdapter<TTransactionRow, TPayInput> = {
  subjectType: 'transaction',
  audit: { answersSaved: 'transaction.answers_saved', computed: 'transaction.computed' },
  editableStatuses: ['draft'],
  policy: currentPolicy,
  load: loadTransaction,
  async lock(tx, id) {
    await tx.select({ id: transactions.id }).from(transactions).where(eq(transactions.id, id)).for('update');
  },
  questionnaire: (row) => questionnaireForType(row.type),
  async subject(_db, _actor, row) {
    return {
      subjectType: 'transaction',
      subjectId: row.id,
      title: plainCaseTitle(row.reference),
      createdBy: row.createdBy,
      path: `/transactions/${row.id}`,
    };
  },
  async writeAnswers(tx, row, answers) {
    await tx.update(transactions).set({ answers, updatedAt: new Date() }).where(eq(transactions.id, row.id));
  },
  blockers: (db, actor, row) => blockersOf(db, actor.organisationId, row),
  async prepareCompute(_tx, _actor, row) {
    // The rent may have been corrected in the answers: a rental below €10,000 a month is out of scope.
    const rent = (row.answers as Answers).priceCents;
    if (row.type === 'rental_high_value' && typeof rent === 'number' && !checkRentalScope(rent).ok) {
      throw new AppError('validation_failed', {
        fields: [{ field: 'answers.priceCents', code: 'rent_below_threshold' }],
      });
    }
    return null;
  },
  async persistComputed(tx, actor, row, computed, { ctx, idempotencyKey, alreadyPaid }) {
    const { answers, result } = computed;
    const previous = row.payment as TPayment | null;
    let payment: TPayment;
    if (alreadyPaid && previous) {
      // Computing again after a correction of the answers: the calculation was paid once.
      payment = previous;
    } else {
      const charge = await chargeVigilanceCalculation(tx, actor, {
        idempotencyKey,
        transactionId: row.id,
        reference: row.reference,
      });
      payment = {
        kind: charge.kind,
        amountInclVatCents: charge.kind === 'wallet' ? charge.amountInclVatCents : null,
        paidAt: new Date().toISOString(),
        movementId: charge.movementId,
        subscriptionId: charge.kind === 'subscription' ? charge.subscriptionId : null,
      };
    }
    const paidAt = new Date(payment.paidAt);
    await tx
      .update(transactions)
      .set({ ...computedCaseColumns(computed), payment, paidAt })
      .where(eq(transactions.id, row.id));
    const reportId = await storeReport(tx, ctx, actor, row, answers, result, payment);
    await tx.update(transactions).set({ reportDocumentId: reportId }).where(eq(transactions.id, row.id));
    // A subscription's calculation has no amount of its own: the field is left out, never null.
    return payment.amountInclVatCents === null
      ? { payment: payment.kind }
      : { payment: payment.kind, amountInclVatCents: payment.amountInclVatCents };
  },
  async writeDecision(tx: TTx, row, next) {
    await tx
      .update(transactions)
      .set({ decision: next, status: next.status, updatedAt: new Date() })
      .where(eq(transactions.id, row.id));
  },
};
