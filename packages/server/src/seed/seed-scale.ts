/** How much `vigilo seed` generates. */
export type TSeedScale = {
  agencies: number;
  /** Contacts of the largest agency (agency 0, the benchmark users' agency). */
  largestContacts: number;
  /** Average contacts of every other agency (spread from a fifth to twice this). */
  otherContacts: number;
  /** Transactions over all agencies; the largest agency takes a fifth. */
  transactions: number;
};

export const seedScales = {
  small: { agencies: 20, largestContacts: 2_000, otherContacts: 40, transactions: 600 },
  medium: { agencies: 200, largestContacts: 20_000, otherContacts: 60, transactions: 6_000 },
  full: { agencies: 1_000, largestContacts: 100_000, otherContacts: 100, transactions: 30_000 },
} as const satisfies Record<string, TSeedScale>;

export type TSeedScaleName = keyof typeof seedScales;

/** Contacts and transactions per agency, drawn from the scale (agency 0 is the largest). */
export function agencySizes(
  scale: TSeedScale,
  draw: () => number,
): { contacts: number; transactions: number }[] {
  const contacts = Array.from({ length: scale.agencies }, (_, i) =>
    i === 0
      ? scale.largestContacts
      : Math.max(5, Math.round(scale.otherContacts * (0.2 + 1.8 * draw() ** 1.5))),
  );
  const othersTotal = contacts.slice(1).reduce((sum, n) => sum + n, 0);
  const othersShare = scale.agencies === 1 ? 0 : Math.round((scale.transactions * 4) / 5);
  // A transaction takes two or three contacts with accepted profiles, each version once: an agency
  // cannot have more than about a quarter of its contacts' count; the largest takes what others cannot.
  const others = contacts.map((n, i) =>
    i === 0 ? 0 : Math.min(Math.floor(n / 4), Math.round((othersShare * n) / Math.max(1, othersTotal))),
  );
  const largest = scale.transactions - others.reduce((sum, n) => sum + n, 0);
  return contacts.map((n, i) => ({ contacts: n, transactions: i === 0 ? largest : others[i]! }));
}
