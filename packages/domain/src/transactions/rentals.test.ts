import { describe, expect, it } from 'vitest';
import { findAcceptanceBlockers } from '../risk/acceptance-blockers.ts';
import { DEFAULT_ACCEPTANCE_POLICY } from '../risk/acceptance-policy.ts';
import { computeVigilance } from '../risk/compute-vigilance.ts';
import { RENTAL_TRANSACTION_QUESTIONNAIRE, TRANSACTION_QUESTIONNAIRE } from '../risk/questionnaires/index.ts';
import { validateAnswers } from '../risk/validate-answers.ts';
import { visibleQuestions } from '../risk/visible-questions.ts';
import {
  checkPartySides,
  checkRentalScope,
  questionnaireForType,
  RENTAL_MONTHLY_RENT_THRESHOLD_CENTS,
} from './index.ts';

/** A rental with nothing unusual: market rent, paid by the tenant from a Belgian account. */
const plainRental = {
  priceCents: 1_200_000,
  valuationKnown: true,
  valuationCents: 1_150_000,
  rentPaidInAdvance: false,
  cashPayment: false,
  paymentAccountKnown: true,
  paymentAccountIban: 'BE68 5390 0754 7034',
  paymentAccountHolder: 'tenant',
  fundsFromHighRiskCountry: false,
  tenantProfileInconsistent: false,
  thirdPartyBeneficiary: false,
  unusualCircumstances: false,
};

const compute = (answers: Record<string, unknown>) => {
  const checked = validateAnswers(RENTAL_TRANSACTION_QUESTIONNAIRE, answers as never, null);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return computeVigilance({
    questionnaire: RENTAL_TRANSACTION_QUESTIONNAIRE,
    answers: checked.value,
    policy: DEFAULT_ACCEPTANCE_POLICY,
    on: '2026-12-01',
  });
};

describe('rentals of €10,000 or more a month (issue 14, item 11)', () => {
  it('are in scope from exactly €10,000 a month, not a cent below', () => {
    expect(RENTAL_MONTHLY_RENT_THRESHOLD_CENTS).toBe(1_000_000);
    expect(checkRentalScope(1_000_000)).toEqual({ ok: true });
    expect(checkRentalScope(2_500_000)).toEqual({ ok: true });
    expect(checkRentalScope(999_999)).toEqual({ ok: false, error: 'rent-below-threshold' });
    expect(checkRentalScope(0)).toEqual({ ok: false, error: 'rent-below-threshold' });
  });

  it('have their own questionnaire; sales and purchases keep the sale one', () => {
    expect(questionnaireForType('rental_high_value')).toBe(RENTAL_TRANSACTION_QUESTIONNAIRE);
    expect(questionnaireForType('sale')).toBe(TRANSACTION_QUESTIONNAIRE);
    expect(questionnaireForType('purchase')).toBe(TRANSACTION_QUESTIONNAIRE);
    expect(RENTAL_TRANSACTION_QUESTIONNAIRE).toMatchObject({
      id: 'transaction-rental',
      version: 1,
      subject: 'transaction',
    });
    // Rentals do not ask about a resale or a mortgage; they ask about rent paid in advance and the tenant.
    const ids = RENTAL_TRANSACTION_QUESTIONNAIRE.questions.map((q) => q.id);
    expect(ids).not.toContain('sellerAcquiredRecently');
    expect(ids).not.toContain('mortgageEarlyRepaid');
    expect(ids).toEqual(
      expect.arrayContaining(['rentPaidInAdvance', 'tenantProfileInconsistent', 'cashPayment']),
    );
    // Shared ids carry the rental's own wording.
    const price = RENTAL_TRANSACTION_QUESTIONNAIRE.questions.find((q) => q.id === 'priceCents');
    expect(price?.labelKey).toBe('risk.rentalQ.priceCents.label');
    const holder = RENTAL_TRANSACTION_QUESTIONNAIRE.questions.find((q) => q.id === 'paymentAccountHolder');
    expect(holder?.options?.map((o) => o.labelKey)).toEqual([
      'risk.rentalQ.paymentAccountHolder.options.tenant',
      'risk.rentalQ.paymentAccountHolder.options.third-party',
    ]);
  });

  it('give normal vigilance to a plain rental', () => {
    const result = compute(plainRental);
    expect(result).toMatchObject({ level: 'normal', score: 0, questionnaireId: 'transaction-rental' });
  });

  it('force heightened vigilance and a hard stop on any rent, charge or deposit paid in cash', () => {
    const answers = { ...plainRental, cashPayment: true, cashAmountCents: 300_000 };
    const result = compute(answers);
    expect(result.level).toBe('heightened');
    expect(result.factors.map((f) => f.code)).toContain('cash-payment');
    expect(findAcceptanceBlockers({ screeningHits: [], answers })).toEqual(['cash-payment']);
  });

  it('weigh the rental indicators', () => {
    const result = compute({
      ...plainRental,
      valuationCents: 600_000, // rent double the market rent
      rentPaidInAdvance: true,
      paymentAccountHolder: 'third-party',
      tenantProfileInconsistent: true,
    });
    expect(result.factors.map((f) => f.code).sort()).toEqual(
      [
        'price-far-from-value',
        'rent-paid-in-advance',
        'tenant-profile-inconsistent',
        'third-party-funds',
      ].sort(),
    );
    expect(result.level).toBe('heightened');
  });

  it('refuse a sale option on the paying account holder', () => {
    const checked = validateAnswers(
      RENTAL_TRANSACTION_QUESTIONNAIRE,
      { ...plainRental, paymentAccountHolder: 'buyer' },
      null,
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.errors).toEqual([{ questionId: 'paymentAccountHolder', code: 'invalid-option' }]);
  });

  it('show follow-ups only after their trigger', () => {
    const shown = visibleQuestions(
      RENTAL_TRANSACTION_QUESTIONNAIRE,
      { paymentAccountKnown: false },
      null,
    ).map((q) => q.id);
    expect(shown).toContain('financingExplanation');
    expect(shown).not.toContain('paymentAccountIban');
    expect(shown).not.toContain('cashAmountCents');
  });
});

describe('checkPartySides: landlord and tenant roles', () => {
  it('requires every party of a rental to be landlord or tenant, with both sides present', () => {
    expect(checkPartySides('rental_high_value', [{ side: 'landlord' }, { side: 'tenant' }])).toEqual([]);
    expect(checkPartySides('rental_high_value', [{ side: 'landlord' }, {}])).toEqual([
      { code: 'side-required', index: 1 },
    ]);
    expect(checkPartySides('rental_high_value', [{ side: 'landlord' }, { side: 'buyer' }])).toEqual([
      { code: 'side-not-allowed', index: 1 },
    ]);
    expect(checkPartySides('rental_high_value', [{ side: 'landlord' }, { side: 'landlord' }])).toEqual([
      { code: 'sides-missing', missing: ['tenant'] },
    ]);
  });
  it('lets a sale or purchase name seller and buyer, or leave the side out, never landlord or tenant', () => {
    expect(checkPartySides('sale', [{}, {}])).toEqual([]);
    expect(checkPartySides('purchase', [{ side: 'buyer' }, { side: 'seller' }])).toEqual([]);
    expect(checkPartySides('sale', [{ side: 'tenant' }, {}])).toEqual([
      { code: 'side-not-allowed', index: 0 },
    ]);
  });
});
