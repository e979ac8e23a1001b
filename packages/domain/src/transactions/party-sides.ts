/** Which side of the deal a party is on, by transaction type: seller/buyer for sales, landlord/tenant for rentals. */
export const PARTY_SIDES = ['seller', 'buyer', 'landlord', 'tenant'] as const;
export type PartySide = (typeof PARTY_SIDES)[number];

/** The transaction types (law of 18/09/2017 art. 5 §1: sale, purchase, rentals of €10,000 a month or more). */
export const TRANSACTION_TYPES = ['sale', 'purchase', 'rental_high_value'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

/** The sides a party of this type of transaction may take. */
export function sidesFor(type: TransactionType): readonly PartySide[] {
  return type === 'rental_high_value' ? ['landlord', 'tenant'] : ['seller', 'buyer'];
}

export type PartySidesError =
  | { code: 'side-required'; index: number }
  | { code: 'side-not-allowed'; index: number }
  | { code: 'sides-missing'; missing: PartySide[] };

/**
 * A rental names its landlord(s) and tenant(s): each party must say which, and both sides must be there
 * (both are identified: the client under the brokerage agreement, the other under the lease). A sale may
 * leave the side out (it is then read from the party's risk profile, as before rentals existed).
 */
export function checkPartySides(
  type: TransactionType,
  parties: readonly { side?: PartySide | null | undefined }[],
): PartySidesError[] {
  const allowed = sidesFor(type);
  const errors: PartySidesError[] = [];
  parties.forEach((party, index) => {
    if (party.side == null) {
      if (type === 'rental_high_value') errors.push({ code: 'side-required', index });
    } else if (!allowed.includes(party.side)) {
      errors.push({ code: 'side-not-allowed', index });
    }
  });
  if (type === 'rental_high_value' && errors.length === 0) {
    const missing = allowed.filter((side) => !parties.some((party) => party.side === side));
    if (missing.length) errors.push({ code: 'sides-missing', missing });
  }
  return errors;
}
