import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCamt053, StatementMalformedError } from './camt053-parser.ts';

const sample = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/camt053/${name}`, import.meta.url));

function reasonOf(input: Buffer | string) {
  try {
    parseCamt053(input);
  } catch (error) {
    if (error instanceof StatementMalformedError) return { reason: error.reason, ...error.location };
    throw error;
  }
  return null;
}

describe('parseCamt053', () => {
  it('reads a camt.053.001.02 statement: credits, debits, pending entries and batch details', () => {
    const parsed = parseCamt053(sample('statement-2025-03-10.xml'));
    expect(parsed).toMatchObject({
      messageId: 'CAMT053-20250310-0001',
      statementIds: ['2025-068'],
      accountIban: 'BE68539007547034',
    });
    expect(
      parsed.lines.map((l) => [l.entryReference, l.direction, l.isBooked, l.amountCents, l.communication]),
    ).toEqual([
      ['BE68539007547034:2025-068-0001', 'credit', true, 15_000, '123456789002'],
      ['BE68539007547034:2025-068-0002', 'credit', true, 7550, '+++000/0000/04242+++'],
      ['BE68539007547034:2025-068-0003', 'credit', true, 2000, 'wallet Immo Peeters factuur 2025/12'],
      ['BE68539007547034:2025-068-0004', 'debit', true, 1200, null],
      ['BE68539007547034:2025-068-0005', 'credit', false, 9900, null],
      ['BE68539007547034:2025-068-0006-A', 'credit', true, 10_000, '000000009797'],
      ['BE68539007547034:2025-068-0006-B', 'credit', true, 6500, '+++123/4567/89003+++'],
    ]);
    expect(parsed.lines[0]).toMatchObject({
      bookingDate: '2025-03-10',
      currency: 'EUR',
      debtorName: 'IMMO ZENITH SRL',
      debtorIban: 'BE71096123456769',
    });
  });

  it('reads camt.053.001.08: status codes, parties, booking date-times, transaction amounts', () => {
    const parsed = parseCamt053(sample('statement-2025-03-11.v08.xml'));
    expect(parsed.lines).toHaveLength(2);
    expect(parsed.lines[1]).toMatchObject({
      entryReference: 'BE68539007547034:2025-069-0001',
      isBooked: true,
      bookingDate: '2025-03-11',
      amountCents: 25_000,
      communication: '***123/4567/89002***',
      debtorName: 'IMMO ZENITH SRL',
    });
  });

  it('finds a structured communication inside free remittance text', () => {
    const xml = sample('statement-2025-03-10.xml')
      .toString('utf8')
      .replace(
        '<Ustrd>+++000/0000/04242+++</Ustrd>',
        '<Ustrd>Recharge wallet +++000/0000/04242+++ merci</Ustrd>',
      );
    expect(parseCamt053(xml).lines[1]!.communication).toBe('+++000/0000/04242+++');
  });

  it('refuses a malformed file whole, saying why and where', () => {
    expect(reasonOf(sample('malformed-amount.xml'))).toMatchObject({ reason: 'invalid_amount', entry: 2 });
    expect(reasonOf(sample('not-a-statement.xml'))).toMatchObject({ reason: 'not_camt053' });
    expect(reasonOf('')).toMatchObject({ reason: 'empty_file' });
    expect(reasonOf('%PDF-1.7 not xml')).toMatchObject({ reason: 'not_xml' });
    expect(
      reasonOf('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>'),
    ).toMatchObject({
      reason: 'not_xml',
    });
  });

  it.each([
    ['<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>DEBIT</CdtDbtInd>', 'invalid_indicator'],
    ['<Amt Ccy="EUR">150.00</Amt>', '<Amt>150.00</Amt>', 'invalid_currency'],
    ['<Amt Ccy="EUR">150.00</Amt>', '<Amt Ccy="EUR">150.001</Amt>', 'invalid_amount'],
    ['<BookgDt><Dt>2025-03-10</Dt></BookgDt>', '<BookgDt><Dt>10/03/2025</Dt></BookgDt>', 'invalid_date'],
    ['<MsgId>CAMT053-20250310-0001</MsgId>', '', 'missing_message_id'],
    ['<AcctSvcrRef>2025-068-0001</AcctSvcrRef>', '', null],
  ])('refuses %s changed to %s: %s', (from, to, reason) => {
    const xml = sample('statement-2025-03-10.xml').toString('utf8').replace(from, to);
    if (reason === null) {
      // Without the bank reference the entry still has its NtryRef: it keeps a stable identity.
      expect(parseCamt053(xml).lines[0]!.entryReference).toBe('BE68539007547034:1');
      const bare = xml.replace('<NtryRef>1</NtryRef>', '');
      expect(reasonOf(bare)).toMatchObject({ reason: 'missing_reference', entry: 1 });
      return;
    }
    expect(reasonOf(xml)).toMatchObject({ reason });
  });
});
