import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const shots = process.env.E2E_SCREENSHOTS;

describe('AML officer journey in Chromium', () => {
  it('prepares, downloads and records a goAML report, then writes the annual report', async () => {
    const agency = await createAgency(t, { name: 'Agence du Sablon' });
    const collaborator = (await agency.addMember({ toolRole: 'collaborator' })).client;
    const officer = await agency.addMember({ toolRole: 'officer' });
    const contact = (
      await collaborator.post('/api/contacts', personInput({ lastName: "D'Hondt", firstNames: 'Zoë' }))
    ).body;
    const profile = (await collaborator.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' }))
      .body;
    const url = `/api/risk-profiles/${profile.id}`;
    await answerAll(collaborator, url, { isPep: true, pepRole: 'holder' });
    await collaborator.post(`${url}/compute`);
    await collaborator.post(`${url}/decision`, {
      action: 'propose',
      proposal: 'accept',
      motivation: 'Succession.',
    });
    await officer.client.post(`${url}/decision`, { action: 'report-to-ctif', comment: 'Fonds douteux.' });

    const page = await browser.newPage({ locale: 'fr-BE', acceptDownloads: true });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, officer.user.username);
    // The reported case points the officer to its goAML report.
    await page.goto(`${baseUrl}/contacts/${contact.id}/risk-profiles/${profile.id}`);
    await page.getByTestId('goaml-case-link').getByRole('link').waitFor();
    await page.getByTestId('nav-officer').click();
    await page.getByTestId('officer-goaml').click();
    await page.getByTestId('goaml-entity-id').fill('4711');
    await page.getByTestId('goaml-save-settings').click();
    await page.getByTestId('goaml-reports').getByRole('link', { name: 'Ouvrir' }).first().click();
    await page.getByTestId('goaml-preview').waitFor();
    expect(await page.getByTestId('goaml-preview').textContent()).toContain("D'HONDT Zoë");
    expect(await page.getByTestId('goaml-guide').textContent()).toContain('goaml.ctif-cfi.be');

    // The collaborator's motivation is offered, not pasted: the officer quotes it with one click.
    const reason = page.getByTestId('goaml-reason');
    expect(await reason.inputValue()).not.toContain('Succession.');
    expect(await page.getByTestId('goaml-motivation-offered').textContent()).toContain('Succession.');
    await page.getByTestId('goaml-quote-motivation').click();
    expect(await reason.inputValue()).toContain('Motivation de la déclaration interne :\nSuccession.');
    // The officer writes the report in Dutch: headings and factors follow.
    await page.getByTestId('goaml-language').getByText('Néerlandais').click();
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid=goaml-reason]') as HTMLTextAreaElement | null)?.value.includes(
        'Vastgestelde waakzaamheidsfactoren:',
      ),
    );
    expect(await reason.inputValue()).not.toContain('Facteurs de vigilance');
    if (shots) await page.screenshot({ path: `${shots}/goaml-report.png`, fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByTestId('goaml-download').click();
    expect((await download).suggestedFilename()).toMatch(/^goaml-SAR-.*\.xml$/);
    await page.getByTestId('goaml-reference').fill('BE-2026-0042');
    await page.getByTestId('goaml-record-submission').click();
    await page.getByTestId('goaml-submitted').waitFor();
    await page.getByTestId('goaml-record-answer').click();
    await page.getByTestId('goaml-answered').waitFor();
    expect(await page.getByTestId('goaml-status').first().textContent()).toBe('La CTIF a répondu');
    if (shots) await page.screenshot({ path: `${shots}/goaml-answered.png`, fullPage: true });

    await page.goto(`${baseUrl}/annual-report`);
    await page.getByTestId('annual-figures').waitFor();
    await page.getByTestId('annual-organisation').fill('Anne est responsable AML.');
    await page.getByTestId('annual-save').click();
    await page.getByTestId('annual-pdf-nl').waitFor();
    if (shots) await page.screenshot({ path: `${shots}/annual-report.png`, fullPage: true });

    await page.goto(`${baseUrl}/risk-assessment`);
    await page.getByTestId('assessment-clientele').fill('Clientèle locale.');
    await page.getByTestId('assessment-save').click();
    await page.getByText('Version 1 — revue le').waitFor();
    expect(problems).toEqual([]);

    // A collaborator sees none of it.
    const other = await browser.newPage({ locale: 'fr-BE' });
    await signIn(other, baseUrl, (await agency.addMember({ toolRole: 'collaborator' })).user.username);
    expect(await other.getByTestId('nav-officer').count()).toBe(0);
    await other.goto(`${baseUrl}/goaml`);
    await other.getByTestId('officers-only').waitFor();
  });
});
