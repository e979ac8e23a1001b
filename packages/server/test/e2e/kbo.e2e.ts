import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/accounts/accounts.schema.ts';
import { importKboExtract } from '../../src/kbo/kbo-import.ts';
import { createAgency, createSignedInUser } from '../factories.ts';
import type { TTestApp } from '../harness.ts';
import { kboFixtureZip } from '../kbo-fixtures.ts';
import { signIn, startBrowserApp, stopBrowserApp, watchConsole } from './browser.ts';

let t: TTestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  ({ t, browser, baseUrl } = await startBrowserApp());
  await createSignedInUser(t); // the platform administrator
});
afterAll(() => stopBrowserApp({ t, browser }));

const shots = process.env.E2E_SCREENSHOTS;

describe('enterprise data from the KBO/BCE in Chromium', () => {
  it('an entity and an agency sign-up work as today without an extract, then fill themselves in from the fixture extract; the saved version shows its dated source', async () => {
    const agency = await createAgency(t, { name: 'Agence BCE' });
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, collaborator.user.username);

    // No extract loaded yet: "Fill in" says so, and what was typed stays.
    await page.goto(`${baseUrl}/contacts/new?kind=entity`);
    await page.locator('input[name=enterpriseNumber]').fill('0200.245.711');
    await page.locator('input[name=name]').fill('Tapé à la main');
    await page.getByTestId('kbo-fill').click();
    await page.getByTestId('mutation-error').waitFor();
    expect(await page.locator('input[name=name]').inputValue()).toBe('Tapé à la main');

    // The operator loads the fixture extract (extract 136, snapshot of 30 May 2025).
    await importKboExtract(t.database.db, kboFixtureZip('full'));

    // An enterprise whose juridical situation is not normal: flagged as a risk fact.
    await page.getByTestId('kbo-fill').click();
    const result = page.getByTestId('kbo-result');
    await result.waitFor();
    expect(await page.locator('input[name=name]').inputValue()).toBe('Intercommunaal Sanatorium Denderoord');
    expect(await result.textContent()).toContain(
      "La situation juridique de cette entreprise à la BCE n'est pas normale",
    );
    expect(await result.textContent()).toContain('Date de début à la BCE : 01/01/1922.');

    // Another number: a property developer, its sector proposed as the sensitive-sector factor.
    await page.locator('input[name=enterpriseNumber]').fill('BE 0200 065 765');
    await page.getByTestId('kbo-fill').click();
    await expect
      .poll(() => page.locator('input[name=name]').inputValue())
      .toBe('Intergemeentelijke Vereniging Veneco');
    expect(await page.locator('input[name="registeredOffice.street"]').inputValue()).toBe('Panhuisstraat 1');
    expect(await page.locator('input[name="registeredOffice.postalCode"]').inputValue()).toBe('9070');
    expect(await page.locator('input[name="registeredOffice.city"]').inputValue()).toBe('Destelbergen');
    const veneco = await result.textContent();
    expect(veneco).toContain("Rempli depuis l'extrait de la BCE du 30/05/2025");
    expect(veneco).toContain('NACE 68121, 41101');
    expect(veneco).not.toContain("n'est pas normale");
    if (shots) await page.screenshot({ path: `${shots}/kbo-entity-filled.png`, fullPage: true });

    await page.getByTestId('wizard-save').click();
    await page.getByTestId('document-upload').waitFor();
    await page.getByTestId('wizard-documents-next').click();
    await page.getByTestId('wizard-finish').click();
    await expect
      .poll(() => page.getByTestId('contact-name').textContent())
      .toBe('Intergemeentelijke Vereniging Veneco');
    expect(await page.getByTestId('version-source').textContent()).toBe(
      'Source : extrait BCE/KBO du 30/05/2025 (extrait n° 136)',
    );
    const contactUrl = page.url();

    // In Dutch too, on the contact and in its history.
    await t.database.db.update(users).set({ language: 'nl' }).where(eq(users.id, collaborator.user.id));
    await page.goto(contactUrl);
    await expect
      .poll(() => page.getByTestId('version-source').textContent())
      .toBe('Bron: KBO/BCE-extract van 30/05/2025 (extract nr. 136)');
    await page.getByTestId('tab-history').click();
    await expect
      .poll(() => page.getByTestId('version-source-1').textContent())
      .toBe('Bron: KBO/BCE-extract van 30/05/2025 (extract nr. 136)');
    expect(problems).toEqual([]);
    await page.close();

    // Signing an agency up, before belonging to any: typing its number fills its data in.
    const founder = await createSignedInUser(t);
    const signUp = await browser.newPage({ locale: 'fr-BE' });
    const signUpProblems = watchConsole(signUp);
    await signIn(signUp, baseUrl, founder.input.username);
    await signUp.goto(`${baseUrl}/organisations`);
    await signUp.getByTestId('no-organisations').waitFor();
    await signUp.locator('input[name=email]').fill('fabrique@durler.be');
    await signUp.locator('input[name=enterpriseNumber]').fill('0220 815 847');
    await signUp.getByTestId('organisation-kbo-filled').waitFor();
    expect(await signUp.getByTestId('organisation-kbo-filled').textContent()).toContain(
      "Rempli depuis l'extrait de la BCE du 30/05/2025",
    );
    expect(await signUp.locator('input[name=name]').inputValue()).toBe(
      'Kirchenfabrik Sankt-Matthias in Dürler (WL - Burg-Reuland)',
    );
    expect(await signUp.locator('input[name=legalForm]').inputValue()).toBe('Etablissement public');
    expect(await signUp.locator('input[name=street]').inputValue()).toBe('Bergstraße, Dürler 6');
    expect(await signUp.locator('input[name=postalCode]').inputValue()).toBe('4790');
    expect(await signUp.locator('input[name=city]').inputValue()).toBe('Burg-Reuland');
    expect(await signUp.locator('input[name=email]').inputValue()).toBe('fabrique@durler.be');
    await signUp.locator('input[name=jobTitle]').fill('Trésorier');
    await signUp.getByTestId('create-organisation').click();
    await expect
      .poll(() => signUp.getByTestId('organisation-name').textContent())
      .toBe('Kirchenfabrik Sankt-Matthias in Dürler (WL - Burg-Reuland)');

    // A number the extract does not hold: nothing is filled in, the sign-up works as today.
    const other = await createSignedInUser(t);
    const plain = await browser.newPage({ locale: 'fr-BE' });
    await signIn(plain, baseUrl, other.input.username);
    await plain.goto(`${baseUrl}/organisations`);
    await plain.locator('input[name=enterpriseNumber]').fill('0403.170.701');
    await plain.getByText("Numéro d'entreprise valide : 0403.170.701").waitFor();
    await plain.locator('input[name=name]').fill('Agence sans extrait');
    expect(await plain.getByTestId('organisation-kbo-filled').count()).toBe(0);
    expect(await plain.locator('input[name=name]').inputValue()).toBe('Agence sans extrait');
    expect(signUpProblems).toEqual([]);
    await signUp.close();
    await plain.close();
  });
});
