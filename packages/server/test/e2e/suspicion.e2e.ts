import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProfile } from '../../src/goaml/goaml-profiles.service.ts';
import { validateWithXsd } from '../../src/goaml/xsd-validation.ts';
import { personInput } from '../contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../factories.ts';
import type { TTestApp } from '../harness.ts';
import { answerAll } from '../risk-helpers.ts';
import { signIn, startBrowserApp, stopBrowserApp, watchConsole } from './browser.ts';

let t: TTestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  ({ t, browser, baseUrl } = await startBrowserApp());
  await createSignedInUser(t);
});
afterAll(() => stopBrowserApp({ t, browser }));

describe('suspicion journey in Chromium (loi art. 47)', () => {
  it('a collaborator declares a suspicion on an accepted client; the officer reports it; the goAML file validates', async () => {
    const agency = await createAgency(t, { name: 'Agence du Parc' });
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const officer = await agency.addMember({ toolRole: 'officer' });
    const contact = (
      await collaborator.client.post('/api/contacts', personInput({ lastName: 'Claes', firstNames: 'Inès' }))
    ).body;
    const profile = (
      await collaborator.client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' })
    ).body;
    const url = `/api/risk-profiles/${profile.id}`;
    await answerAll(collaborator.client, url);
    expect((await collaborator.client.post(`${url}/compute`)).body.result.level).toBe('normal');
    expect((await collaborator.client.post(`${url}/decision`, { action: 'accept' })).body.status).toBe(
      'accepted',
    );

    // The accepted client pays with money that does not fit: the collaborator declares a suspicion.
    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, collaborator.user.username);
    await page.goto(`${baseUrl}/contacts/${contact.id}/risk-profiles/${profile.id}`);
    await page.getByTestId('declare-suspicion-open').click();
    await page.locator('textarea[name=suspicion]').fill('Acompte versé depuis un compte étranger inconnu.');
    await page.getByTestId('declare-suspicion-submit').click();
    await page.getByTestId('confirm-modal-submit').click();
    await page.getByTestId('awaiting-notice').waitFor();

    // The officer finds it among the cases awaiting them and reports it to CTIF-CFI, after confirming.
    const officerPage = await browser.newPage({ locale: 'fr-BE', acceptDownloads: true });
    problems.push(...watchConsole(officerPage));
    await signIn(officerPage, baseUrl, officer.user.username);
    await officerPage.getByTestId('nav-declarations').click();
    const declared = officerPage.getByTestId('declarations-awaiting-officer').getByTestId('declaration');
    await declared.getByText('CLAES Inès', { exact: false }).waitFor();
    await declared.getByTestId('declaration-link').click();
    await officerPage.getByTestId('report-to-ctif').waitFor();
    await officerPage.locator('textarea[name=motivation]').fill('Origine des fonds inexpliquée.');
    await officerPage.getByTestId('report-to-ctif').click();
    await officerPage.getByTestId('confirm-modal-submit').click();
    await officerPage.getByTestId('record-ctif-answer').waitFor();

    // The goAML report is prepared: the officer downloads it, and the file validates against the XSD.
    await officerPage.getByTestId('nav-officer').click();
    await officerPage.getByTestId('officer-goaml').click();
    await officerPage.getByTestId('goaml-entity-id').fill('4712');
    await officerPage.getByTestId('goaml-save-settings').click();
    await officerPage.getByTestId('goaml-reports').getByRole('link', { name: 'Ouvrir' }).first().click();
    await officerPage.getByTestId('goaml-preview').waitFor();
    const download = officerPage.waitForEvent('download');
    await officerPage.getByTestId('goaml-download').click();
    const file = await (await download).path();
    const xml = await readFile(file, 'utf8');
    expect(xml).toContain('<last_name>Claes</last_name>');
    const verdict = await validateWithXsd(xml, builtInProfile().xsd);
    expect(verdict.errors).toEqual([]);
    expect(verdict.valid).toBe(true);

    // The case stays blocked for the collaborator until CTIF answers.
    await page.goto(`${baseUrl}/contacts/${contact.id}/risk-profiles/${profile.id}`);
    await page.getByTestId('awaiting-notice').waitFor();
    expect(problems).toEqual([]);
  });
});
