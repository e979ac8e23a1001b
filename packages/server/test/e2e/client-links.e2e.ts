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

describe("the client's identification link in Chromium", () => {
  it('a client fills in the link in Dutch without an account; the collaborator accepts it into a contact', async () => {
    const agency = await createAgency(t, { name: 'Immo Kouter' });
    await agency.addMember({ toolRole: 'officer' });
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });

    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, collaborator.user.username);
    await page.getByTestId('client-links-link').click();
    await page.getByTestId('client-link-language').click();
    await page.getByRole('option', { name: 'Nederlands' }).click();
    await page.getByTestId('client-link-create').click();
    const url = (await page.getByTestId('client-link-url').textContent())!;
    const path = new URL(url).pathname;

    // The client: another browser, no account, the page in Dutch with only the agency's name.
    const visitor = await browser.newPage({ locale: 'fr-BE' });
    const visitorProblems = watchConsole(visitor);
    await visitor.goto(`${baseUrl}${path}`);
    await visitor.getByTestId('identify-title').waitFor();
    expect(await visitor.getByTestId('identify-title').textContent()).toBe(
      'Identificatie gevraagd door Immo Kouter',
    );
    // The form shows nothing of the agency's assessment, nor its internal fields.
    expect((await visitor.locator('body').textContent()) ?? '').not.toMatch(
      /risico|waakzaamheid|screening|CFI|Wijze van identificatie/i,
    );
    await visitor.getByTestId('identify-submit').click();
    await visitor.getByTestId('error-alert').waitFor();
    await visitor.locator('input[name=lastName]').fill('Janssens');
    await visitor.locator('input[name=firstNames]').fill('Els');
    await visitor.locator('input[name=birthDate]').fill('1990-03-14');
    await visitor.locator('input[name=birthPlace]').fill('Leuven');
    await visitor.locator('input[name="address.street"]').fill('Bondgenotenlaan 5');
    await visitor.locator('input[name="address.postalCode"]').fill('3000');
    await visitor.locator('input[name="address.city"]').fill('Leuven');
    await visitor.locator('input[name="idDocument.number"]').fill('592-1234567-89');
    await visitor.locator('input[name="idDocument.expiryDate"]').fill('2031-01-01');
    await visitor.locator('input[name=profession]').fill('Verpleegkundige');
    await visitor.getByTestId('identify-confirm-name').fill('Els Janssens');
    await visitor.getByTestId('identify-confirm-tick').check();
    await visitor.getByTestId('identify-submit').click();
    await visitor.getByTestId('identify-done').waitFor();
    const shown = (await visitor.locator('body').textContent()) ?? '';
    expect(shown).not.toMatch(/vigilance|waakzaamheid|screening|CFI|CTIF|risico/i);
    expect(visitorProblems).toEqual([]);
    // Used: opening it again says it is no longer valid.
    await visitor.goto(`${baseUrl}${path}`);
    await visitor.getByTestId('identify-unavailable').waitFor();

    await page.reload();
    await page.getByTestId('client-link-review').click();
    expect(await page.getByTestId('client-link-submission').textContent()).toContain('Janssens');
    expect(await page.getByTestId('client-link-confirmation').textContent()).toContain('Els Janssens');
    await page.getByTestId('client-link-accept').click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await page.getByText('JANSSENS Els').first().waitFor();
    expect(problems).toEqual([]);
  });
});
