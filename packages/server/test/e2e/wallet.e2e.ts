import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser } from '../factories.ts';
import { createTestApp, type TTestApp } from '../harness.ts';
import { launchBrowser, listen, signIn, watchConsole, webDist } from './browser.ts';

let t: TTestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp({ WEB_DIST_DIR: webDist, PAYMENT_PROVIDER: 'test' });
  baseUrl = await listen(t);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** Amounts as the page shows them, with ordinary spaces (fr-BE puts narrow no-break spaces). */
async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s/g, ' ');
}

describe('wallet journey in Chromium', () => {
  it('tops up by the test online payment, buys Bronze, sees the movements and downloads a voucher', async () => {
    await createSignedInUser(t); // platform administrator
    const agency = await createAgency(t, { name: 'Agence Dubois' });
    const manager = await agency.addMember({ isManager: true, toolRole: 'officer' });
    const page = await browser.newPage({ locale: 'fr-BE', acceptDownloads: true });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, manager.user.username);

    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-wallet').click();
    await expect.poll(() => textOf(page, 'wallet-balance')).toBe('0,00 €');
    await expect
      .poll(() => textOf(page, 'structured-communication'))
      .toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);

    // Below the minimum is refused on the page; 300 € goes to the test provider's checkout.
    await page.locator('input[name=topUpAmount]').fill('20');
    await page.getByTestId('start-top-up').click();
    await page.getByText("Le minimum d'un rechargement en ligne est de", { exact: false }).first().waitFor();
    await page.locator('input[name=topUpAmount]').fill('300');
    await page.getByTestId('start-top-up').click();
    await page.getByTestId('checkout-pay').waitFor();
    expect(await textOf(page, 'checkout-amount')).toBe('300,00 €');
    await page.getByTestId('checkout-pay').click();
    await page.getByTestId('payment-credited').waitFor();
    await expect.poll(() => textOf(page, 'wallet-balance')).toBe('300,00 €');

    // Bronze: 224,00 € + 21 % VAT = 271,04 €, after a confirmation.
    await page.getByTestId('buy-bronze').click();
    await page.getByText('271,04', { exact: false }).first().waitFor();
    await page.getByTestId('confirm-modal-submit').click();
    await expect.poll(() => textOf(page, 'wallet-balance')).toBe('28,96 €');
    await expect.poll(() => textOf(page, 'subscriptions')).toMatch(/Bronze.*0 sur 20.*Actif/);
    await expect.poll(() => page.getByTestId('movement-row').count()).toBe(2);
    expect(await textOf(page, 'movements')).toMatch(
      /Abonnement Bronze.*-271,04 €.*28,96 €.*Rechargement en ligne.*300,00 €/,
    );

    // Sorting by amount puts the purchase first in ascending order.
    await page.getByTestId('sort-amount').click();
    await page.getByTestId('sort-amount').click();
    await expect
      .poll(async () => (await page.getByTestId('movement-row').first().textContent())?.includes('Bronze'))
      .toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('voucher-link').first().click(),
    ]);
    const pdf = readFileSync((await download.path())!);
    const parser = new PDFParse({ data: pdf });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain("Ce bon de transaction n'est pas une facture.");
    expect(text).toMatch(/Montant TVAC -271,04 €/);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('Abonnement Bronze');
    expect(problems).toEqual([]);
  });
  it('buying a subscription with too little money says so, translated, and nothing is bought', async () => {
    const agency = await createAgency(t, { name: 'Agence Sans Le Sou' });
    const manager = await agency.addMember({ isManager: true, toolRole: 'officer' });
    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, manager.user.username);
    await page.goto(`${baseUrl}/wallet`);
    await expect.poll(() => textOf(page, 'wallet-balance')).toBe('0,00 €');

    // Bronze costs 271,04 € and the wallet is empty: the refusal is shown with the missing amount.
    await page.getByTestId('buy-bronze').click();
    await page.getByTestId('confirm-modal-submit').click();
    const error = page.getByTestId('mutation-error');
    await error.waitFor();
    const message = ((await error.textContent()) ?? '').replace(/\s/g, ' ');
    expect(message).toContain("Le solde du wallet de l'organisation est insuffisant");
    expect(message).toContain('271,04 €');
    expect(await page.getByTestId('subscriptions').count()).toBe(0);
    expect(await textOf(page, 'wallet-balance')).toBe('0,00 €');
    expect(problems).toEqual([]);
  });
});
