import { parseEnterpriseNumber } from '../identifiers/enterprise-number.ts';

/**
 * Peppol BIS Billing 3.0 identifiers (issue 24). A Belgian company is reached on Peppol by its
 * enterprise number under the ICD scheme 0208 (Belgian Crossroad Bank of Enterprises); the KBO/BCE
 * number is therefore the whole participant identifier.
 */
export const peppolCustomizationId =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const peppolProfileId = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
export const belgianEnterpriseScheme = '0208';
/** UNCL 1001: commercial invoice, credit note. */
export const documentTypeCodes = { invoice: '380', credit_note: '381' } as const;
/** UNCL 4461 "30": credit transfer (the operator's IBAN is then mandatory, BR-61). */
export const creditTransferMeansCode = '30';

export type TPeppolParticipant = { scheme: typeof belgianEnterpriseScheme; id: string };

/** `0208:0123456749` from an enterprise number in any accepted notation; null when it is not valid. */
export function peppolParticipantFromEnterpriseNumber(enterpriseNumber: string): TPeppolParticipant | null {
  const parsed = parseEnterpriseNumber(enterpriseNumber);
  return parsed.ok ? { scheme: belgianEnterpriseScheme, id: parsed.value } : null;
}

export function formatParticipant(participant: TPeppolParticipant): string {
  return `${participant.scheme}:${participant.id}`;
}

/**
 * UNCL 5305 VAT category of a rate: S (standard/reduced rate) above zero, Z (zero rated) at zero.
 * Vigilo sells only services taxed in Belgium; exemptions and reverse charge are not offered.
 */
export function vatCategoryOf(rateBasisPoints: number): 'S' | 'Z' {
  return rateBasisPoints > 0 ? 'S' : 'Z';
}

/** UBL amounts: decimal with exactly two digits, a dot, a leading minus when negative. */
export function ublAmount(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError('cents must be an integer');
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A VAT rate in basis points as UBL's percent: 2100 → "21", 600 → "6", 550 → "5.5". */
export function ublPercent(rateBasisPoints: number): string {
  return String(rateBasisPoints / 100);
}
