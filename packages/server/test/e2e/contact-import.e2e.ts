import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser } from '../factories.ts';
import type { TTestApp } from '../harness.ts';
import { signIn, startBrowserApp, stopBrowserApp, watchConsole } from './browser.ts';

let t: TTestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  ({ t, browser, baseUrl } = await startBrowserApp());
  await createSignedInUser(t);
});
afterAll(() => stopBrowserApp({ t, browser }));

const header =
  'Type;Nom;Prénom;Date de naissance;Lieu de naissance;Nationalité;Numéro national;Adresse;Code postal;Localité;Pays;Type de document;Numéro de carte;Date d’expiration;Mode d’identification;Dénomination;Numéro d’entreprise';
const person = (last: string, first: string, birth: string, nn: string) =>
  `personne;${last};${first};${birth};Gent;BE;${nn};Kouter 1;9000;Gent;BE;eid;592-1234567-89;01/01/2031;face_to_face;;`;

describe('bulk import journey in Chromium (B10)', () => {
  it('maps the columns, shows the row errors, imports only the valid rows once confirmed, with progress', async () => {
    const agency = await createAgency(t, { name: 'Agence Kouter' });
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const csv = [
      header,
      person('Peeters', 'Jan', '30/07/1985', '85.07.30-001.60'),
      person('Maes', '', '1985-07-30', ''), // no first name: an error on its row
      person('Claes', 'Anna', '12/04/1968', ''),
    ].join('\r\n');

    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, collaborator.user.username);
    await page.goto(`${baseUrl}/contacts`);
    await page.getByTestId('import-contacts').click();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-upload').click();

    // The columns are recognised from their French names; the preview counts and explains the errors.
    await expect
      .poll(() => page.getByTestId('import-counts').textContent())
      .toBe('2 ligne(s) valide(s), 1 ligne(s) en erreur sur 3.');
    expect(await page.getByTestId('import-preview').textContent()).toContain('Prénom');
    // With an error left, importing needs the explicit choice of the valid rows only, then a confirmation.
    expect(await page.getByTestId('import-start').isDisabled()).toBe(true);
    await page.getByTestId('import-accept-partial').check();
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-confirm').click();

    await page.getByTestId('import-progress').waitFor();
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 60_000 })
      .toMatch(/Contacts importés\s*2/);
    const contacts = (await collaborator.client.get('/api/contacts')).body;
    expect(contacts.items.map((c: { displayName: string }) => c.displayName).sort()).toEqual([
      'CLAES Anna',
      'PEETERS Jan',
    ]);
    expect(problems).toEqual([]);
  });
});
