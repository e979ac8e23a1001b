import { describe, expect, it } from 'vitest';
import { formatInvoiceNumber, gapsIn } from './numbering.ts';
import { formatParticipant, peppolParticipantFromEnterpriseNumber, ublAmount, ublPercent } from './peppol.ts';

describe('Peppol identifiers and UBL values', () => {
  it('derives the participant identifier 0208 from the enterprise number', () => {
    const participant = peppolParticipantFromEnterpriseNumber('BE 0403.170.701');
    expect(participant && formatParticipant(participant)).toBe('0208:0403170701');
    expect(peppolParticipantFromEnterpriseNumber('0403170702')).toBeNull();
  });

  it('formats amounts and rates as UBL wants them', () => {
    expect([ublAmount(0), ublAmount(5), ublAmount(123_456), ublAmount(-399)]).toEqual([
      '0.00',
      '0.05',
      '1234.56',
      '-3.99',
    ]);
    expect([ublPercent(2100), ublPercent(550), ublPercent(0)]).toEqual(['21', '5.5', '0']);
  });

  it('numbers without gaps', () => {
    expect(formatInvoiceNumber(42)).toBe('VIG-000042');
    expect(gapsIn([1, 2, 4])).toEqual([3]);
    expect(gapsIn([3, 1, 2])).toEqual([]);
  });
});
