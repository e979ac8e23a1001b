import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/accounts/accounts.schema.ts';
import { createAgency, createSignedInUser } from '../factories.ts';
import type { TTestApp } from '../harness.ts';
import { issueInvoiceForMonth } from '../invoicing-fixtures.ts';
import { signIn, startBrowserApp, stopBrowserApp, watchConsole } from './browser.ts';

let t: TTestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  ({ t, browser, baseUrl } = await startBrowserApp());
});
afterAll(() => stopBrowserApp({ t, browser }));

describe('invoices journey in Chromium', () => {
  it("a manager working in Dutch downloads the month's invoice as a Dutch PDF and as UBL", async () => {
    await createSignedInUser(t); // platform administrator
    const agency = await createAgency(t, { name: 'Immo Brugge' });
    const manager = await agency.addMember({ isManager: true, toolRole: 'officer' });
    await issueInvoiceForMonth(t, agency.organisation.id, {
      topUpCents: 30_000,
      sales: 2,
      reference: 'VERKOOP-1',
    });

    const page = await browser.newPage({ locale: 'fr-BE', acceptDownloads: true });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, manager.user.username);
    await page.getByText('NL', { exact: true }).click();
    // The account remembers the language: the server renders the PDF in it.
    await expect
      .poll(
        async () =>
          (await t.database.db.select().from(users).where(eq(users.id, manager.user.id)))[0]?.language,
      )
      .toBe('nl');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-wallet').click();
    await page.getByTestId('invoices-table').waitFor();
    const row = ((await page.getByTestId('invoices-table').textContent()) ?? '').replace(/\s/g, ' ');
    expect(row).toMatch(/VIG-\d{6}.*Factuur.*45,98.*Te verzenden/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('invoice-pdf-link').first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^VIG-\d{6}-nl\.pdf$/);
    const parser = new PDFParse({ data: readFileSync((await download.path())!) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('Factuur');
    expect(text).toContain('Immo Brugge');
    expect(text).toMatch(/Totaal incl\. btw € 45,98/);
    expect(text).toMatch(/Te betalen € 0,00/);
    expect(text).toContain('Ontvangen betalingen in de periode');

    const [ubl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('invoice-ubl-link').first().click(),
    ]);
    const xml = readFileSync((await ubl.path())!, 'utf8');
    expect(xml).toContain('<cbc:PayableAmount currencyID="EUR">0.00</cbc:PayableAmount>');
    expect(problems).toEqual([]);
  });
});
