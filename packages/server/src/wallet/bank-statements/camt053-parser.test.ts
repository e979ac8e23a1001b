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

const ns = 'urn:iso:std:iso:20022:tech:xsd:';
type TEntryRow = [string, string, boolean, number, string, number];
const rows = (xml: Buffer | string): TEntryRow[] =>
  parseCamt053(xml).entries.map((e) => [
    e.entryReference,
    e.direction,
    e.isBooked,
    e.amountCents,
    e.currency,
    e.details.length,
  ]);

describe('parseCamt053', () => {
  it('reads a camt.053.001.02 statement: credits, debits, pending entries and batch details', () => {
    const parsed = parseCamt053(sample('statement-2025-03-10.xml'));
    expect(parsed).toMatchObject({
      messageId: 'CAMT053-20250310-0001',
      statementIds: ['2025-068'],
      accountIban: 'BE68539007547034',
    });
    expect(rows(sample('statement-2025-03-10.xml'))).toEqual([
      ['BE68539007547034:2025-068-0001', 'credit', true, 15_000, 'EUR', 1],
      ['BE68539007547034:2025-068-0002', 'credit', true, 7550, 'EUR', 1],
      ['BE68539007547034:2025-068-0003', 'credit', true, 2000, 'EUR', 1],
      ['BE68539007547034:2025-068-0004', 'debit', true, 1200, 'EUR', 0],
      ['BE68539007547034:2025-068-0005', 'credit', false, 9900, 'EUR', 0],
      ['BE68539007547034:2025-068-0006', 'credit', true, 16_500, 'EUR', 2],
    ]);
    expect(parsed.entries[0]).toMatchObject({ bookingDate: '2025-03-10', currency: 'EUR' });
    expect(parsed.entries[0]!.details[0]).toMatchObject({
      communication: '123456789002',
      debtorName: 'IMMO ZENITH SRL',
      debtorIban: 'BE71096123456769',
    });
    expect(parsed.entries[5]!.details.map((d) => [d.amountCents, d.communication])).toEqual([
      [10_000, '000000009797'],
      [6500, '+++123/4567/89003+++'],
    ]);
  });

  it('reads camt.053.001.08: status codes, parties, booking date-times, transaction amounts', () => {
    const parsed = parseCamt053(sample('statement-2025-03-11.v08.xml'));
    expect(parsed.entries).toHaveLength(2);
    expect(parsed.entries[1]).toMatchObject({
      entryReference: 'BE68539007547034:2025-069-0001',
      isBooked: true,
      bookingDate: '2025-03-11',
      amountCents: 25_000,
    });
    expect(parsed.entries[1]!.details[0]).toMatchObject({
      communication: '***123/4567/89002***',
      debtorName: 'IMMO ZENITH SRL',
    });
  });

  it('reads a prefixed camt.053.001.04 with 3-decimal amounts: the booked amount is Ntry/Amt, never a detail in another currency', () => {
    const parsed = parseCamt053(sample('kbc-2025-04-01.v04.xml'));
    expect(parsed.accountIban).toBe('BE43734021589701');
    const [usd, batch, unreferenced, debit] = parsed.entries;
    expect(usd).toMatchObject({ amountCents: 15_000, currency: 'EUR', direction: 'credit' });
    expect(usd!.details[0]).toMatchObject({ amountCents: null, communication: '123456789002' });
    expect(batch!.amountCents).toBe(30_000);
    expect(batch!.details.map((d) => [d.amountCents, d.direction, d.communication])).toEqual([
      [10_000, 'credit', '+++123/4567/89002+++'],
      [12_000, 'credit', '000000004242'],
      [8000, 'credit', 'huur april'],
    ]);
    expect(unreferenced!.entryReference).toMatch(/^BE43734021589701:2025\/091:3:[0-9a-f]{16}$/);
    expect(debit).toMatchObject({ direction: 'debit', amountCents: 2500 });
  });

  it('reads camt.053.001.13 and .10: one- and five-decimal amounts, foreign entries, several statements', () => {
    expect(rows(sample('ing-2025-04-02.v13.xml'))).toEqual([
      ['BE10363016279204:ING25092A000001', 'credit', true, 7550, 'EUR', 1],
      ['BE10363016279204:ING25092A000002', 'credit', true, 20_000, 'USD', 1],
      ['BE10363016279204:ING25092A000003', 'credit', true, 9990, 'EUR', 1],
      ['BE10363016279204:ING25092A000004', 'credit', false, 50_000, 'EUR', 0],
    ]);
    const bnp = parseCamt053(sample('bnp-2025-04-03.v10.xml'));
    expect(bnp.statementIds).toEqual(['00093', '00094']);
    expect(bnp.entries.map((e) => e.amountCents)).toEqual([125_000, 20_050]);
    expect(bnp.entries[0]!.details.map((d) => d.amountCents)).toEqual([null, null]);
    expect(bnp.entries[1]!.entryReference).toMatch(/^BE71001234567869:00094:1:[0-9a-f]{16}$/);
  });

  it('gives an entry without bank reference the same identity at every import, and another to a different entry', () => {
    const xml = sample('bnp-2025-04-03.v10.xml').toString('utf8');
    const identity = (text: string) => parseCamt053(text).entries[1]!.entryReference;
    expect(identity(xml)).toBe(identity(xml.replace(/\n\s+/g, '\n')));
    expect(identity(xml)).not.toBe(identity(xml.replace('200.50000', '200.60000')));
  });

  it.each(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13'])(
    'accepts the namespace camt.053.001.%s',
    (version) => {
      const xml = sample('ing-2025-04-02.v13.xml')
        .toString('utf8')
        .replace(`${ns}camt.053.001.13`, `${ns}camt.053.001.${version}`);
      expect(parseCamt053(xml).entries).toHaveLength(4);
    },
  );

  it('finds a structured communication inside free remittance text', () => {
    const xml = sample('statement-2025-03-10.xml')
      .toString('utf8')
      .replace(
        '<Ustrd>+++000/0000/04242+++</Ustrd>',
        '<Ustrd>Recharge wallet +++000/0000/04242+++ merci</Ustrd>',
      );
    expect(parseCamt053(xml).entries[1]!.details[0]!.communication).toBe('+++000/0000/04242+++');
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
    const v13 = sample('ing-2025-04-02.v13.xml').toString('utf8');
    expect(reasonOf(v13.replace(`${ns}camt.053.001.13`, `${ns}camt.053.001.14`))).toMatchObject({
      reason: 'not_camt053',
    });
    expect(reasonOf(v13.replace(`${ns}camt.053.001.13`, `${ns}camt.052.001.08`))).toMatchObject({
      reason: 'not_camt053',
    });
  });

  it.each([
    ['<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>DEBIT</CdtDbtInd>', 'invalid_indicator'],
    ['<Amt Ccy="EUR">150.00</Amt>', '<Amt>150.00</Amt>', 'invalid_currency'],
    ['<Amt Ccy="EUR">150.00</Amt>', '<Amt Ccy="EUR">150.001</Amt>', 'invalid_amount'],
    ['<Amt Ccy="EUR">150.00</Amt>', '<Amt Ccy="EUR">-150.00</Amt>', 'invalid_amount'],
    ['<Amt Ccy="EUR">150.00</Amt>', '<Amt Ccy="EUR">150.000001</Amt>', 'invalid_amount'],
    ['<BookgDt><Dt>2025-03-10</Dt></BookgDt>', '<BookgDt><Dt>10/03/2025</Dt></BookgDt>', 'invalid_date'],
    ['<BookgDt><Dt>2025-03-10</Dt></BookgDt>', '<BookgDt><Dt>2025-02-30</Dt></BookgDt>', 'invalid_date'],
    ['<MsgId>CAMT053-20250310-0001</MsgId>', '', 'missing_message_id'],
  ])('refuses %s changed to %s: %s', (from, to, reason) => {
    const xml = sample('statement-2025-03-10.xml').toString('utf8').replace(from, to);
    expect(reasonOf(xml)).toMatchObject({ reason });
  });

  it.each([
    ['150.000', 15_000],
    ['150.10000', 15_010],
    ['150.5', 15_050],
    ['0.01', 1],
  ])('accepts the amount %s as %i cents', (amount, cents) => {
    const xml = sample('statement-2025-03-10.xml')
      .toString('utf8')
      .replace('<Amt Ccy="EUR">150.00</Amt>', `<Amt Ccy="EUR">${amount}</Amt>`);
    expect(parseCamt053(xml).entries[0]!.amountCents).toBe(cents);
  });
});
