import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser } from '../../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/harness.ts';
import { bankStatementLines, walletMovements, wallets } from '../wallet.schema.ts';
import { parseCamt053 } from './camt053-parser.ts';

// Statements from public CAMT parsers' test suites (real banks' layouts; see SOURCE.md next to them),
// imported through the real upload route.
const folder = '../../../test/fixtures/camt053/public-parsers';
const sample = (name: string) => readFileSync(new URL(`${folder}/${name}`, import.meta.url));

/** Each file's entries as `Ntry/Amt` says them: sign (+ credit, − debit), cents, currency. */
const statements: [string, string[]][] = [
  ['genkgo-camt053.v2.five.decimals.xml', ['+885 EUR']],
  ['genkgo-camt053.v2.multi.statement.xml', ['+885 EUR', '-700 EUR']],
  ['genkgo-camt053.v3.xml', ['+885 EUR']],
  ['genkgo-camt053.v8.xml', ['+885 EUR']],
  ['subite-account_statement.xml', ['-78990341 EUR', '-99 EUR', '+78990440 EUR']],
  ['subite-lt-2024-03-07.xml', ['+82853198 EUR', '-20 EUR', '-579397 EUR']],
  ['via-valid_example.xml', ['-200 EUR', '-300 EUR', '+100 EUR', '-600 EUR']],
  [
    'via-valid_example_v4.xml',
    [
      ...['-2400', '-32875', '-20080', '-63815', '-2400', '-3572'],
      ...['+100000', '+62000', '+11000', '+2400', '+5656', '-600', '-1553'],
    ].map((a) => `${a} CHF`),
  ],
  ['via-valid_example_with_batch.xml', ['-475374 EUR', '+268800 EUR', '+500000 EUR']],
  ['via-valid_example_with_datetime.xml', ['+19586 USD']],
];

let t: TTestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await createSignedInUser(t)).client; // the first account: platform administrator
});
afterAll(() => t.close());

function upload(filename: string, bytes: Buffer) {
  const boundary = `----vigilo${randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/xml\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return admin.post('/api/admin/bank-statements', body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

const linesOf = (importId: string) =>
  t.database.db.select().from(bankStatementLines).where(eq(bankStatementLines.importId, importId));
const balanceOf = async (organisationId: string) =>
  (
    await t.database.db
      .select({ amount: walletMovements.amountExclVatCents })
      .from(walletMovements)
      .where(eq(walletMovements.organisationId, organisationId))
  ).reduce((sum, m) => sum + m.amount, 0);

describe('CAMT.053 statements from public parsers’ test suites', () => {
  it('reads every entry at its booked amount (Ntry/Amt)', () => {
    for (const [name, entries] of statements) {
      const parsed = parseCamt053(sample(name));
      expect(
        parsed.entries.map((e) => `${e.direction === 'credit' ? '+' : '-'}${e.amountCents} ${e.currency}`),
        name,
      ).toEqual(entries);
      // A statement reports booked entries; the Lithuanian sample gives them no status nor date.
      expect(parsed.entries.every((e) => e.isBooked && /^\d{4}-\d{2}-\d{2}$/.test(e.bookingDate))).toBe(true);
    }
    expect(parseCamt053(sample('subite-lt-2024-03-07.xml')).entries[0]!.bookingDate).toBe('2024-03-07');
  });

  it('imports each file, lists non-euro credits for manual handling, and re-imports without change', async () => {
    let entriesRead = 0;
    for (const [name, entries] of statements) {
      const credits = entries.filter((e) => e.startsWith('+'));
      const first = await upload(name, sample(name));
      expect(first.status, name).toBe(201);
      expect(first.body, name).toMatchObject({
        alreadyImported: false,
        credits: credits.length,
        ignored: entries.length - credits.length,
        matched: 0,
        duplicates: 0,
      });
      entriesRead += entries.length;
      // One line per credit, at the booked amount; a non-euro one waits for manual handling.
      const lines = await linesOf(first.body.importId);
      expect(lines.map((l) => `+${l.amountCents} ${l.currency}`).sort(), name).toEqual([...credits].sort());
      for (const line of lines) {
        expect(line.status).toBe('unmatched');
        if (line.currency !== 'EUR') expect(line.matchError).toBe('currency');
      }
    }
    expect(entriesRead).toBe(32);
    const lineCount = (await t.database.db.select().from(bankStatementLines)).length;
    for (const [name, entries] of statements) {
      const credits = entries.filter((e) => e.startsWith('+')).length;
      const again = await upload(name, sample(name));
      expect(again.body, name).toMatchObject({
        alreadyImported: true,
        matched: 0,
        unmatched: 0,
        duplicates: credits,
      });
    }
    expect((await t.database.db.select().from(bankStatementLines)).length).toBe(lineCount);
    const waiting = (await admin.get('/api/admin/bank-statements/lines')).body.lines as {
      currency: string;
    }[];
    expect(
      waiting
        .filter((l) => l.currency !== 'EUR')
        .map((l) => l.currency)
        .sort(),
    ).toEqual([...Array(5).fill('CHF'), 'USD']);
  });

  it('credits each detail of a batch entry that belongs to an organisation, keeps the rest for assignment', async () => {
    const a = await createAgency(t);
    const b = await createAgency(t);
    await t.database.db.insert(wallets).values([
      { organisationId: a.organisation.id, number: 1_234_567_890, communicationDigits: '123456789002' },
      { organisationId: b.organisation.id, number: 42, communicationDigits: '000000004242' },
    ]);
    // The PostFinance batch of ten transfers (1,000.00), on a euro account, two of whose payers used the
    // organisations' structured communications instead of their Swiss QR references.
    const euro = sample('via-valid_example_v4.xml')
      .toString('utf8')
      .replaceAll('Ccy="CHF"', 'Ccy="EUR"')
      .replaceAll('CH0309000000250090342', 'BE68539007547034')
      .replace('<Ref>000000000002016030002820804</Ref>', '<Ref>+++123/4567/89002+++</Ref>')
      .replace('<Ref>000000000002016030001581632</Ref>', '<Ref>000000004242</Ref>');
    const imported = await upload('euro-batch.xml', Buffer.from(euro));
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ credits: 5, matched: 2, duplicates: 0 });
    expect(await balanceOf(a.organisation.id)).toBe(5000);
    expect(await balanceOf(b.organisation.id)).toBe(20_000);
    const batch = (await linesOf(imported.body.importId)).filter((l) =>
      l.entryReference.startsWith('BE68539007547034:20160530007602769939022000000012#'),
    );
    expect(batch.map((l) => [l.status, l.amountCents, l.matchError]).sort()).toEqual([
      ['matched', 20_000, null],
      ['matched', 5000, null],
      ['unmatched', 75_000, 'batch_remainder'],
    ]);
    // Nothing lost: the batch's lines add up to its booked amount.
    expect(batch.reduce((sum, l) => sum + l.amountCents, 0)).toBe(100_000);
    const again = await upload('euro-batch.xml', Buffer.from(euro));
    expect(again.body).toMatchObject({ alreadyImported: true, matched: 0, unmatched: 0, duplicates: 5 });
    expect(await balanceOf(a.organisation.id)).toBe(5000);
    expect(await balanceOf(b.organisation.id)).toBe(20_000);
  });
});
