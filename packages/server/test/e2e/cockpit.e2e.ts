import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCockpitAgency } from '../cockpit-fixtures.ts';
import { createAgency, createSignedInUser } from '../factories.ts';
import type { TTestApp } from '../harness.ts';
import { signIn, startBrowserApp, stopBrowserApp, watchConsole } from './browser.ts';

let t: TTestApp;
let browser: Browser;
let baseUrl: string;
let adminLogin: string;

beforeAll(async () => {
  ({ t, browser, baseUrl } = await startBrowserApp());
  adminLogin = (await createSignedInUser(t)).user.username;
});
afterAll(() => stopBrowserApp({ t, browser }));

const figure = (page: Page, name: string) => page.getByTestId(`cockpit-figure-${name}`);
const shots = process.env.E2E_SCREENSHOTS;

describe('the cockpit in Chromium', () => {
  it("shows the officer the seeded figures, each leading to the list behind it; the manager the agency's part; the admin the operator page", async () => {
    const agency = await createAgency(t, { name: 'Agence du Cockpit' });
    const officer = await agency.addMember({ toolRole: 'officer' });
    const manager = await agency.addMember({ isManager: true });
    await seedCockpitAgency(t, officer.client, agency.organisation.id);
    // Another agency's records never show.
    const other = await createAgency(t);
    await seedCockpitAgency(
      t,
      (await other.addMember({ toolRole: 'officer' })).client,
      other.organisation.id,
    );

    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, officer.user.username);
    await page.getByTestId('officer-cockpit').waitFor();
    const expected: Record<string, string> = {
      hits: '2',
      'reviews-overdue': '2',
      'reviews-due-soon': '1',
      'documents-expired': '1',
      'documents-expiring': '2',
      'retention-proposals': '1',
      'awaiting-officer': '2',
      'awaiting-ctif': '1',
      'awaiting-collaborator': '1',
      'age-under7': '2',
      'age-from7to30': '1',
      'age-over30': '1',
      'transactions-this-month': '1',
    };
    for (const [name, value] of Object.entries(expected))
      expect(await figure(page, name).textContent(), name).toBe(value);
    expect(await page.getByTestId('cockpit-share-heightened').textContent()).toContain('3 évaluations sur 7');
    if (shots) await page.screenshot({ path: `${shots}/cockpit-officer.png`, fullPage: true });

    // Each figure opens the filtered list of the records it counts.
    await figure(page, 'reviews-overdue').click();
    await page.waitForURL(/\/contacts\?reviewDue=true/);
    await expect.poll(() => page.getByTestId('contact-row').count()).toBe(2);

    await page.goto(baseUrl);
    await figure(page, 'awaiting-officer').click();
    await page.getByTestId('declarations-awaiting-officer').waitFor();
    await expect.poll(() => page.getByTestId('declaration').count()).toBe(2);

    await page.goto(baseUrl);
    await figure(page, 'retention-proposals').click();
    await page.getByTestId('retention-table').waitFor();
    await expect.poll(() => page.getByTestId('retention-row').count()).toBe(1);

    await page.goto(baseUrl);
    await figure(page, 'hits').click();
    await page.getByTestId('cockpit-items').waitFor();
    expect(await page.getByTestId('cockpit-item').count()).toBe(1);
    expect(await page.getByTestId('cockpit-items-title').textContent()).toBe(
      'Contacts avec des résultats de screening à examiner',
    );
    await page.getByTestId('cockpit-item').getByRole('link').click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);

    await page.goto(baseUrl);
    await figure(page, 'age-over30').click();
    await page.getByTestId('cockpit-items').waitFor();
    expect(await page.getByTestId('cockpit-item').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();

    // The manager sees the agency's part only.
    const managerPage = await browser.newPage({ locale: 'fr-BE' });
    const managerProblems = watchConsole(managerPage);
    await signIn(managerPage, baseUrl, manager.user.username);
    await managerPage.getByTestId('agency-cockpit').waitFor();
    expect(await managerPage.getByTestId('officer-cockpit').count()).toBe(0);
    expect(await figure(managerPage, 'transactions-this-month').textContent()).toBe('1');
    await figure(managerPage, 'transactions-this-month').click();
    await managerPage.waitForURL(/\/transactions\?createdFrom=\d{4}-\d{2}-01&createdTo=\d{4}-\d{2}-\d{2}/);
    expect(managerProblems).toEqual([]);
    await managerPage.close();

    // The platform administrator reaches the operator page from the home page.
    const adminPage = await browser.newPage({ locale: 'fr-BE' });
    await signIn(adminPage, baseUrl, adminLogin);
    await adminPage.getByTestId('cockpit-operator-link').click();
    await adminPage.getByTestId('operator-jobs-failed').waitFor();
    if (shots) await adminPage.screenshot({ path: `${shots}/cockpit-operator.png`, fullPage: true });
    await adminPage.close();
  });
});
