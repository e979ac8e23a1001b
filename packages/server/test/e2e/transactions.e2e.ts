import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../contact-fixtures.ts';
import { createAgency, createSignedInUser, creditWallet } from '../factories.ts';
import type { TestClient, TTestApp } from '../harness.ts';
import { answerAll } from '../risk-helpers.ts';
import { signIn, startBrowserApp, stopBrowserApp, watchConsole } from './browser.ts';

const fixtures = new URL('../fixtures/lists/', import.meta.url).pathname;

let t: TTestApp;
let browser: Browser;
let baseUrl: string;
let admin: Awaited<ReturnType<typeof createSignedInUser>>;

beforeAll(async () => {
  ({ t, browser, baseUrl } = await startBrowserApp());
  // The first account of an installation is the platform administrator.
  admin = await createSignedInUser(t);
});
afterAll(() => stopBrowserApp({ t, browser }));

/** A contact whose current version has an accepted risk profile, built through the API. */
async function acceptedContact(client: TestClient, lastName: string, role: 'buyer' | 'seller') {
  const contact = (await client.post('/api/contacts', personInput({ lastName, firstNames: 'Test' }))).body;
  const profile = (await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role })).body;
  const url = `/api/risk-profiles/${profile.id}`;
  await answerAll(client, url);
  await client.post(`${url}/compute`);
  const accepted = await client.post(`${url}/decision`, { action: 'accept' });
  expect(accepted.body.status).toBe('accepted');
  return contact as { id: string; displayName: string };
}

/** The officer's watch list, uploaded as the web does (multipart). */
async function uploadWatchlist(officer: TestClient, csv: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/screening/watchlist',
    headers: {
      cookie: officer.cookieHeader(),
      'x-csrf-token': officer.csrfToken!,
      'content-type': 'multipart/form-data; boundary=XYZ',
    },
    remoteAddress: officer.ip,
    payload: `--XYZ\r\nContent-Disposition: form-data; name="file"; filename="watch.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--XYZ--\r\n`,
  });
  expect(res.statusCode).toBe(201);
}

/** Ticks an answer; the draft is saved at once and may bring follow-up questions. */
async function tick(page: Page, testId: string) {
  await page.getByTestId(testId).check();
  await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Brouillon enregistré');
}

async function addParty(page: Page, search: string, name: string, role: 'client' | 'counterparty') {
  await page.getByTestId('party-search').fill(search);
  const candidate = page.getByTestId('candidate').filter({ hasText: name });
  await candidate.getByTestId(`add-${role}`).click();
  await page.getByTestId('selected-party').filter({ hasText: name }).waitFor();
}

async function renderIn(page: Page, languages: string[], paths: string[]) {
  for (const language of languages) {
    await page.getByText(language, { exact: true }).click();
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByTestId('user-menu').waitFor();
      await page.waitForLoadState('networkidle');
    }
  }
}

describe('transactions and screening journey in Chromium', () => {
  it('creates a transaction, pays, sees the result and the report; greys a used contact; dispositions a screening hit', async () => {
    const agency = await createAgency(t, { name: 'Agence Dewitte' });
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const officer = await agency.addMember({ toolRole: 'officer' });
    const seller = await acceptedContact(collaborator.client, 'Maes', 'seller');
    const buyer = await acceptedContact(collaborator.client, 'Wouters', 'buyer');
    // A tiny watch list, then a contact resembling one of its entries (screened when saved).
    const watchlist = readFileSync(`${fixtures}watchlist.csv`, 'utf8');
    await uploadWatchlist(officer.client, watchlist);
    const watched = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Vandenberghe', firstNames: 'Marc', birthDate: '1968-04-12' }),
      )
    ).body;
    expect(watched.vigilanceLevel).toBe('heightened');
    const later = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Janssens', firstNames: 'Karel', birthDate: '1971-03-02' }),
      )
    ).body;
    const problems: string[] = [];

    // The collaborator creates the transaction: at least one client and one counterparty are required.
    const page = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(page));
    await signIn(page, baseUrl, collaborator.user.username);
    await page.getByTestId('nav-transactions').click();
    await page.getByTestId('transactions-total').getByText('Transactions trouvées : 0').waitFor();
    await page.getByTestId('new-transaction').click();
    await page.locator('input[name=reference]').fill('VK-2026-001');
    await page.locator('input[name="propertyAddress.street"]').fill('Grote Markt 1');
    await page.locator('input[name="propertyAddress.postalCode"]').fill('2000');
    await page.locator('input[name="propertyAddress.city"]').fill('Antwerpen');
    await page.locator('input[name=price]').fill('350 000');
    await page.getByTestId('create-transaction').click();
    await page.getByTestId('parties-error').waitFor();
    await addParty(page, 'maes', seller.displayName, 'client');
    await addParty(page, 'wouters', buyer.displayName, 'counterparty');
    await page.getByTestId('create-transaction').click();
    await page.getByTestId('transaction-reference').getByText('VK-2026-001').waitFor();
    expect(await page.getByTestId('transaction-price').textContent()).toMatch(/350\s000,00/);
    const transactionPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('parties').getByTestId('party').count()).toBe(2);

    // The questionnaire shows only what applies: the IBAN once the paying account is known.
    expect(await page.getByTestId('q-paymentAccountIban').count()).toBe(0);
    await tick(page, 'q-valuationKnown-no');
    await tick(page, 'q-cashPayment-no');
    await tick(page, 'q-sellerAcquiredRecently-no');
    await tick(page, 'q-paymentAccountKnown-yes');
    await page.getByTestId('q-paymentAccountIban').locator('input').fill('BE68539007547034');
    await tick(page, 'q-paymentAccountHolder-buyer');
    for (const id of [
      'fundsFromHighRiskCountry',
      'mortgageEarlyRepaid',
      'buyerProfileInconsistent',
      'thirdPartyBeneficiary',
      'unusualCircumstances',
    ])
      await tick(page, `q-${id}-no`);

    // The price is shown before paying; an empty wallet refuses the payment with a way to top up.
    const payPanel = page.getByTestId('pay-panel');
    await expect.poll(() => payPanel.getByTestId('pay-price').textContent()).toContain('19,00');
    expect(await payPanel.getByTestId('pay-price').textContent()).toContain('22,99');
    await payPanel.getByTestId('balance-low').waitFor();
    await page.getByTestId('pay').click();
    await page.getByTestId('pay-confirm').click();
    await payPanel.getByTestId('insufficient-balance').waitFor();
    expect(await payPanel.getByTestId('top-up-link').getAttribute('href')).toBe('/wallet');
    expect(await page.getByTestId('vigilance-result').count()).toBe(0);

    // Once the wallet is credited, "Pay and continue" computes the level and produces the report.
    await creditWallet(t, agency.organisation.id, 5000);
    await page.getByTestId('pay').click();
    await page.getByTestId('pay-confirm').click();
    const result = page.getByTestId('vigilance-result');
    await result.getByTestId('vigilance-level').getByText('Vigilance normale').waitFor();
    expect(await page.getByTestId('pay-panel').count()).toBe(0);
    expect(await page.getByTestId('payment').textContent()).toContain('22,99');
    await page
      .getByTestId('report-warning')
      .getByText('ne le remettez jamais au client', { exact: false })
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const parser = new PDFParse({ data: readFileSync((await download.path())!) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('VK-2026-001');
    expect(text).toContain('Rapport de transaction atypique');

    // Normal vigilance: the collaborator accepts; the timeline records the calculation and the decision.
    await page.getByTestId('decision-accept').click();
    await page.getByTestId('decision-final').waitFor();
    await page.getByTestId('timeline').getByTestId('timeline-computed').waitFor();
    await page.getByTestId('timeline').getByTestId('timeline-accept').waitFor();

    // The list finds it by a party's name, with its status and vigilance.
    await page.getByTestId('nav-transactions').click();
    await page.getByTestId('transactions-search').fill('maes');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('maes');
    const row = page.getByTestId('transaction-row');
    await row.getByText('VK-2026-001').waitFor();
    expect(await row.getByTestId('decision-status').textContent()).toBe('Accepté');
    expect(await row.getByTestId('vigilance-level').textContent()).toBe('Vigilance normale');

    // A second transaction cannot use the same contact versions: greyed, with what to do.
    await page.getByTestId('new-transaction').click();
    await page.getByTestId('party-search').fill('wouters');
    const candidates = page.getByTestId('candidate');
    await candidates.filter({ hasText: buyer.displayName }).first().waitFor();
    const used = candidates.filter({ hasText: buyer.displayName });
    expect(await used.getAttribute('data-eligible')).toBe('false');
    expect(await used.getByTestId('candidate-reason').textContent()).toContain(
      "actualisez d'abord le contact",
    );
    expect(await used.getByTestId('add-client').count()).toBe(0);

    // The officer reads why the watched contact was flagged and dismisses the hit as a false positive.
    const officerPage = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(officerPage));
    await signIn(officerPage, baseUrl, officer.user.username);
    await officerPage.goto(`${baseUrl}/contacts/${watched.id}`);
    const panel = officerPage.getByTestId('screening-panel');
    await panel.getByTestId('screening-level').getByText('Vigilance accrue').waitFor();
    await panel.getByTestId('screening-factor-watchlist_hit').waitFor();
    const hit = panel.getByTestId('screening-hit');
    expect(await hit.getByTestId('hit-matched-name').textContent()).toBe('Marc Vandenberghe');
    expect(await hit.getByTestId('hit-birth-date').textContent()).toContain('Même date de naissance');
    expect(await hit.getByTestId('hit-countries').textContent()).toContain('Même pays');
    expect(await hit.getByTestId('hit-alignment').textContent()).toMatch(/vandenberghe/i);
    expect(await hit.getByTestId('disposition-submit').isDisabled()).toBe(true);
    await hit.getByTestId('disposition-false-positive').check();
    await hit
      .locator('textarea[name=dispositionReason]')
      .fill('Homonyme : numéro de registre national différent vérifié sur la carte eID.');
    await hit.getByTestId('disposition-submit').click();
    await expect.poll(() => hit.getByTestId('hit-disposition').textContent()).toBe('Faux positif');
    expect(await hit.getByTestId('hit-disposition-detail').textContent()).toContain(
      'numéro de registre national',
    );
    // Screened again, the dismissed hit is not raised and the first level becomes normal; the contact is accepted.
    await panel.getByTestId('screen-again').click();
    await panel.getByTestId('screening-no-hits').waitFor();
    await panel.getByTestId('screening-level').getByText('Vigilance normale').waitFor();
    await panel.getByTestId('screening-accept').click();
    await expect.poll(() => officerPage.getByTestId('contact-status').textContent()).toBe('Accepté');

    // A new version of the watch list re-screens every contact; the new hit is listed for the officer.
    await officerPage.getByTestId('nav-new-hits').click();
    await officerPage
      .getByTestId('new-hits')
      .getByText('Aucune nouvelle correspondance', { exact: false })
      .waitFor();
    await officerPage.locator('input[type=file][name=watchlist]').setInputFiles({
      name: 'watch.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${watchlist.trimEnd()}\nW-9,Karel Janssens,person,1971-03-02,BE\n`),
    });
    await officerPage.getByTestId('watchlist-submit').click();
    await officerPage.getByTestId('watchlist-result').getByText('1 ajoutées', { exact: false }).waitFor();
    await expect
      .poll(
        async () => {
          await officerPage.reload();
          await officerPage.getByTestId('new-hits').waitFor();
          return officerPage.getByTestId('new-hit').count();
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    await officerPage.getByTestId('new-hit').getByText('Karel Janssens').first().waitFor();

    // The platform administrator imports an official list and publishes the high-risk jurisdictions.
    const adminPage = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(adminPage));
    await signIn(adminPage, baseUrl, admin.input.username);
    await adminPage.getByTestId('user-menu').click();
    await adminPage.getByTestId('menu-admin-lists').click();
    await adminPage
      .locator('input[type=file][name=listFile]')
      .setInputFiles(`${fixtures}be-national-list.csv`);
    await adminPage.getByTestId('list-upload-submit').click();
    await adminPage.getByTestId('list-upload-result').waitFor();
    await adminPage.getByTestId('list-version').getByText('Liste nationale belge').waitFor();
    // A seed may already hold the lists in force: the new version is the next one.
    const before = (await admin.client.get('/api/admin/country-risk')).body.current?.version ?? 0;
    await adminPage.getByTestId('admin-countries-tab').click();
    await adminPage.getByTestId('country-risk-submit').click();
    await adminPage
      .getByTestId('country-risk-version')
      .getByText(`Version ${before + 1},`, { exact: false })
      .waitFor();

    // Every page renders in Dutch and in French without a missing translation.
    await renderIn(
      page,
      ['NL', 'FR'],
      ['/transactions', '/transactions/new', transactionPath, `/contacts/${later.id}`],
    );
    await renderIn(
      officerPage,
      ['NL', 'FR'],
      ['/screening/new-hits', `/contacts/${watched.id}`, `/contacts/${later.id}`, transactionPath],
    );
    await renderIn(adminPage, ['NL', 'FR'], ['/admin/lists', '/admin/lists?tab=countries']);
    expect(problems).toEqual([]);
  });
});
