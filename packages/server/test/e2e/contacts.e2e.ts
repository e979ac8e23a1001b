import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../../src/documents/sample-documents.fixture.ts';
import { entityInput, personInput } from '../contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../factories.ts';
import type { TestClient, TTestApp } from '../harness.ts';
import { reportPageOnFailure, signIn, startBrowserApp, stopBrowserApp, watchConsole } from './browser.ts';

let t: TTestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  ({ t, browser, baseUrl } = await startBrowserApp());
  // The first account of an installation is the platform administrator; the journey uses others.
  await createSignedInUser(t);
});
afterAll(() => stopBrowserApp({ t, browser }));

/** Searches a contact picker and picks the option with that name. */
async function pick(page: Page, testId: string, search: string, option: string) {
  await page.getByTestId(testId).fill(search);
  await page.getByRole('option', { name: option }).click();
}

/** The officer's watch list, uploaded as the web does (multipart). */
async function uploadWatchlist(officer: TestClient) {
  const csv = readFileSync(new URL('../fixtures/lists/watchlist.csv', import.meta.url), 'utf8');
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

async function fillAddress(page: Page, prefix: string, street: string, postalCode: string, city: string) {
  await page.locator(`input[name="${prefix}.street"]`).fill(street);
  await page.locator(`input[name="${prefix}.postalCode"]`).fill(postalCode);
  await page.locator(`input[name="${prefix}.city"]`).fill(city);
}

describe('contacts journey in Chromium', () => {
  it('identifies a person and a company with its beneficial owners, documents, versions and search', async () => {
    const agency = await createAgency(t, { name: 'Agence Lemaire' });
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    // A holding owned entirely by one person: the company below is owned through it.
    const owner = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Janssens', firstNames: 'Pieter', birthDate: '1970-02-03' }),
      )
    ).body;
    const holding = await collaborator.client.post(
      '/api/contacts',
      entityInput({
        name: 'Janssens Holding',
        enterpriseNumber: undefined,
        foreignRegistration: { number: 'B 123456', country: 'LU' },
        beneficialOwners: [{ contactId: owner.id, ownershipPct: 100 }],
      }),
    );
    expect(holding.status).toBe(201);

    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, collaborator.user.username);
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('new-person').click();

    // Step 1: identification of a natural person; a wrong national number is refused under its field.
    await page.locator('input[name=lastName]').fill('Dupont');
    await page.locator('input[name=firstNames]').fill('Éloïse');
    await page.locator('input[name=birthDate]').fill('1985-07-30');
    await page.locator('input[name=birthPlace]').fill('Liège');
    await fillAddress(page, 'address', 'Rue Féronstrée 12', '4000', 'Liège');
    await page.locator('input[name="idDocument.number"]').fill('592-1234567-89');
    await page.locator('input[name="idDocument.expiryDate"]').fill('2031-01-01');
    await page.locator('input[name=nationalNumber]').fill('85.07.30-999.99');
    await page.getByLabel('En présence physique', { exact: false }).check();
    await page.locator('input[name=profession]').fill('Architecte');
    await page.getByTestId('wizard-save').click();
    await page.getByText("n'est pas un numéro de registre national belge valide", { exact: false }).waitFor();
    expect(await page.locator('input[name=lastName]').inputValue()).toBe('Dupont');
    await page.locator('input[name=nationalNumber]').fill('');
    await page.getByTestId('wizard-save').click();

    // Step 2: a PDF is attached to the draft contact.
    await page.getByTestId('document-upload').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'carte-identite.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf('Dupont'),
    });
    await page.getByTestId('documents').getByText('carte-identite.pdf').waitFor();
    await page.getByTestId('wizard-documents-next').click();
    // Step 3: review, then the contact page.
    await page.getByTestId('field-lastName').getByText('Dupont').waitFor();
    await page.getByTestId('wizard-finish').click();
    await expect.poll(() => page.getByTestId('contact-name').textContent()).toBe('DUPONT Éloïse');
    const personUrl = page.url();

    // A company: one beneficial owner directly (40 %), the other through the holding (60 %); its mandatary
    // is created on the spot.
    await page.goto(`${baseUrl}/contacts`);
    await page.getByTestId('new-entity').click();
    await page.locator('input[name=name]').fill('Immobilière Façade');
    await page.locator('input[name=legalForm]').fill('SRL');
    await page.locator('input[name=enterpriseNumber]').fill('0403.170.701');
    await fillAddress(page, 'registeredOffice', 'Place Saint-Lambert 1', '4000', 'Liège');
    await page.getByTestId('mandataries-picker-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name=lastName]').fill('Martin');
    await dialog.locator('input[name=firstNames]').fill('Luc');
    await dialog.locator('input[name=birthDate]').fill('1979-11-02');
    await dialog.locator('input[name=birthPlace]').fill('Namur');
    await dialog.locator('input[name="address.street"]').fill('Rue de Fer 3');
    await dialog.locator('input[name="address.postalCode"]').fill('5000');
    await dialog.locator('input[name="address.city"]').fill('Namur');
    await dialog.locator('input[name="idDocument.number"]').fill('591-7654321-12');
    await dialog.locator('input[name="idDocument.expiryDate"]').fill('2030-05-01');
    await dialog.getByLabel('En présence physique', { exact: false }).check();
    await dialog.getByTestId('quick-create-submit').click();
    await page.getByTestId('mandataries').getByText('MARTIN Luc').waitFor();
    await page.getByTestId('mandataries-item').locator('input[name=power]').fill('Gérant, signature seule');
    await pick(page, 'beneficial-owners-picker', 'dupont', 'DUPONT Éloïse');
    await pick(page, 'beneficial-owners-picker', 'janssens hold', 'Janssens Holding');
    const owners = page.getByTestId('beneficial-owners-item');
    await owners.nth(0).locator('input[name=ownershipPct]').fill('40');
    await owners.nth(1).locator('input[name=ownershipPct]').fill('60');
    await page.getByTestId('wizard-save').click();
    await page.getByTestId('document-upload').waitFor();
    await page.getByTestId('wizard-documents-next').click();
    await page.getByTestId('wizard-finish').click();
    await expect.poll(() => page.getByTestId('contact-name').textContent()).toBe('Immobilière Façade');
    const ownership = page.getByTestId('ownership');
    await expect.poll(() => ownership.getByTestId('ownership-DUPONT Éloïse').textContent()).toContain('40 %');
    await expect
      .poll(() => ownership.getByTestId('ownership-JANSSENS Pieter').textContent())
      .toContain('60 %');
    expect(await page.getByTestId('flag-beneficial_owners_missing').count()).toBe(0);
    expect(await page.getByTestId('flag-mandataries_missing').count()).toBe(0);

    // The person is updated: version 2, with the change shown against version 1.
    await page.goto(personUrl);
    await page.getByTestId('edit-contact').click();
    await page.locator('input[name=profession]').fill('Ingénieure');
    await page.getByTestId('wizard-save').click();
    await page.getByTestId('wizard-documents-next').click();
    await page.getByTestId('wizard-finish').click();
    await expect.poll(() => page.getByTestId('current-version').textContent()).toBe('Version 2');
    await page.getByTestId('tab-history').click();
    await page.getByTestId('version-2').waitFor();
    const diff = page.getByTestId('diff-profession');
    await expect.poll(() => diff.textContent()).toContain('Architecte');
    expect(await diff.textContent()).toContain('Ingénieure');
    expect(await diff.textContent()).toContain('Profession ou activité');

    // The acceptance document of the current version (when the server offers it).
    const personId = new URL(personUrl).pathname.split('/').at(-1);
    const pdf = await collaborator.client.get(`/api/contacts/${personId}/acceptance.pdf?versionNo=2`);
    if (pdf.status === 200) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('acceptance-pdf').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    } else {
      expect(await page.getByTestId('acceptance-pdf').getAttribute('href')).toBe(
        `/api/contacts/${personId}/acceptance.pdf?versionNo=2`,
      );
    }

    // A partial search without accents finds the company, and only it.
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('contacts-search').fill('facad');
    await expect.poll(() => page.getByTestId('contact-row').count()).toBe(1);
    expect(await page.getByTestId('contact-row').textContent()).toContain('Immobilière Façade');

    // The pages render in Dutch and French without a missing translation.
    const companyUrl = await page.getByTestId('contact-row').getByRole('link').getAttribute('href');
    for (const language of ['NL', 'FR']) {
      await page.getByText(language, { exact: true }).click();
      for (const path of [
        '/contacts',
        `${companyUrl}`,
        `${companyUrl}?tab=documents`,
        `${companyUrl}?tab=risk-profiles`,
        `${new URL(personUrl).pathname}?tab=history`,
        `${new URL(personUrl).pathname}/edit`,
        '/contacts/new?kind=entity',
      ]) {
        await page.goto(`${baseUrl}${path}`);
        await page.getByTestId('user-menu').waitFor();
        await page.waitForLoadState('networkidle');
      }
    }
    expect(problems).toEqual([]);
  });
  it("records an identity document's issue date, shows the screening verdict on the last step, and the hits count falls once a hit is examined", async () => {
    const agency = await createAgency(t, { name: 'Agence Verdict' });
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const officer = await agency.addMember({ toolRole: 'officer' });
    // The watch list names Marc Vandenberghe, born 12/04/1968: the contact below resembles him.
    await uploadWatchlist(officer.client);

    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    reportPageOnFailure(page, 'contacts-issue-date');
    await signIn(page, baseUrl, collaborator.user.username);
    await page.goto(`${baseUrl}/contacts/new?kind=person`);
    await page.locator('input[name=lastName]').fill('Vandenberghe');
    await page.locator('input[name=firstNames]').fill('Marc');
    await page.locator('input[name=birthDate]').fill('1968-04-12');
    await page.locator('input[name=birthPlace]').fill('Bruxelles');
    await fillAddress(page, 'address', 'Rue Haute 5', '1000', 'Bruxelles');
    await page.locator('input[name="idDocument.number"]').fill('592-7777777-01');
    // An issue date after the expiry date is refused under its field, in the interface language.
    await page.locator('input[name="idDocument.issueDate"]').fill('2021-03-04');
    await page.locator('input[name="idDocument.expiryDate"]').fill('2020-01-01');
    await page.getByLabel('En présence physique', { exact: false }).check();
    await page.getByTestId('wizard-save').click();
    await page.getByText("est postérieure à la date d'expiration du document", { exact: false }).waitFor();
    // Found by its label, as a user would: the field's name attribute is only set by the date input's ref.
    await page.getByLabel("Date d'expiration", { exact: false }).fill('2031-03-03');
    await page.getByTestId('wizard-save').click();
    await page.getByTestId('wizard-documents-next').click();

    // The last step: the data with the issue date as dd/mm/yyyy, and the screening verdict of this contact.
    await expect
      .poll(() => page.getByTestId('field-idDocument.issueDate').textContent())
      .toContain('04/03/2021');
    const verdict = page.getByTestId('screening-verdict');
    await verdict.getByTestId('screening-level').getByText('Vigilance accrue').waitFor();
    await verdict.getByTestId('screening-factor-watchlist_hit').waitFor();
    expect(await verdict.getByTestId('screening-verdict-hits').textContent()).toContain(
      'Correspondances à examiner (1)',
    );
    await page.getByTestId('wizard-finish').click();
    await expect.poll(() => page.getByTestId('contact-name').textContent()).toBe('VANDENBERGHE Marc');
    const contactUrl = page.url();

    // The officer examines the hit: the count of hits to examine falls at once, without a reload.
    const officerPage = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(officerPage));
    await signIn(officerPage, baseUrl, officer.user.username);
    await officerPage.goto(contactUrl);
    const panel = officerPage.getByTestId('screening-panel');
    await expect
      .poll(() => panel.getByTestId('screening-hits-title').textContent())
      .toBe('Correspondances à examiner (1)');
    const hit = panel.getByTestId('screening-hit');
    await hit.getByTestId('disposition-false-positive').check();
    await hit
      .locator('textarea[name=dispositionReason]')
      .fill('Homonyme : numéro de registre national différent sur la carte eID.');
    await hit.getByTestId('disposition-submit').click();
    await expect
      .poll(() => panel.getByTestId('screening-hits-title').textContent())
      .toBe('Correspondances examinées (1)');
    expect(problems).toEqual([]);
  });
});
