/**
 * Rentals are in scope only from a monthly rent of €10,000 (law of 18/09/2017 art. 5 §1, as amended to
 * transpose Directive (EU) 2018/843 art. 1(1)(b), which added "letting of immovable property … where the
 * monthly rent amounts to EUR 10 000 or more" to Directive (EU) 2015/849 art. 2(1)(3)(d)).
 */
export const RENTAL_MONTHLY_RENT_THRESHOLD_CENTS = 1_000_000;

/** The provision behind the threshold (see docs/DOMAIN.md for what was verified). */
export const RENTAL_SCOPE_ARTICLE = 'loi 18/09/2017 art. 5 §1 (Directive (EU) 2015/849 art. 2(1)(3)(d))';

export type RentalScopeResult = { ok: true } | { ok: false; error: 'rent-below-threshold' };

/**
 * Whether a rental is one the agency must assess. Below the threshold the agent has no AML obligation for
 * the letting, so Vigilo refuses to record it as a rental transaction (the agency pays nothing for a case
 * the law does not ask for, and no out-of-scope file is mixed with the ones the supervisor inspects).
 */
export function checkRentalScope(monthlyRentCents: number): RentalScopeResult {
  return Number.isSafeInteger(monthlyRentCents) && monthlyRentCents >= RENTAL_MONTHLY_RENT_THRESHOLD_CENTS
    ? { ok: true }
    : { ok: false, error: 'rent-below-threshold' };
}
