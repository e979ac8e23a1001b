import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { renderVoucherPdf, type TVoucherInput } from './voucher-pdf.ts';

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: pdf });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

const debit: TVoucherInput = {
  lang: 'fr',
  organisation: {
    name: 'Immo Zénith',
    enterpriseNumberFormatted: '0403.170.701',
    address: 'Rue Royale 1, 1000 Bruxelles',
  },
  operator: { name: 'Vigilo', iban: 'BE68 5390 0754 7034' },
  movement: {
    id: 'm1',
    voucherNo: 12,
    kind: 'debit',
    product: 'transaction_vigilance',
    amountExclVatCents: -1900,
    vatCents: -399,
    amountInclVatCents: -2299,
    vatRateBasisPoints: 2100,
    balanceAfterCents: 7701,
    reference: 'VENTE-2025-014',
    userId: 'u1',
    userName: 'Sofie Dubois',
    createdAt: '2025-03-10T14:30:00.000Z',
  },
  generatedAt: new Date('2025-03-11T09:00:00Z'),
};

describe('renderVoucherPdf', () => {
  it('shows the date, product, amounts excl. and incl. VAT, reference, and says it is not an invoice', async () => {
    const text = await pdfText(await renderVoucherPdf(debit));
    expect(text).toContain('Bon de transaction');
    expect(text).toContain("Ce bon de transaction n'est pas une facture.");
    expect(text).toContain("Calcul du niveau de vigilance d'une transaction");
    expect(text).toMatch(/Montant HTVA -19,00 €/);
    expect(text).toMatch(/TVA \(21\.00 %\) -3,99 €/);
    expect(text).toMatch(/Montant TVAC -22,99 €/);
    expect(text).toContain('VENTE-2025-014');
    expect(text).toContain('10 mars 2025');
    expect(text).toContain('Immo Zénith');
    expect(text).toContain('Numéro du bon 12');
  });

  it('speaks Dutch and English, and names subscription plans', async () => {
    const nl = await pdfText(
      await renderVoucherPdf({
        ...debit,
        lang: 'nl',
        movement: {
          ...debit.movement,
          kind: 'subscription_purchase',
          product: 'subscription_bronze',
          amountExclVatCents: -22_400,
          vatCents: -4704,
          amountInclVatCents: -27_104,
        },
      }),
    );
    expect(nl).toContain('Deze transactiebon is geen factuur.');
    expect(nl).toContain('Abonnement Brons');
    expect(nl).toMatch(/Bedrag incl\. btw € -271,04/);
    const en = await pdfText(await renderVoucherPdf({ ...debit, lang: 'en' }));
    expect(en).toContain('This voucher is not an invoice.');
    expect(en).toMatch(/Amount incl\. VAT -€22\.99/);
  });
});
