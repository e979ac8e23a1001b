import { readFileSync } from 'node:fs';
import { isCountryRiskReviewDue } from '@vigilo/domain/screening/index.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkListSource } from '../../src/screening/sources/check-list-source.ts';
import { evaluateListAlerts } from '../../src/screening/sources/list-alerts.ts';
import { personInput } from '../contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../factories.ts';
import { createTestApp, type TTestApp } from '../harness.ts';
import { ListPublisher } from '../list-publisher.ts';
import { launchBrowser, listen, signIn, watchConsole, webDist } from './browser.ts';

const beList = readFileSync(new URL('../fixtures/lists/be-national-list.csv', import.meta.url), 'utf8');

let t: TTestApp;
let browser: Browser;
let baseUrl: string;
let publisher: ListPublisher;
let admin: Awaited<ReturnType<typeof createSignedInUser>>;

beforeAll(async () => {
  publisher = new ListPublisher();
  const publisherUrl = await publisher.start();
  // The national list of the fixture was last published in September 2023: out of date by now.
  publisher.publish('/be.csv', beList, new Date('2023-09-20T10:00:00Z'));
  t = await createTestApp({
    WEB_DIST_DIR: webDist,
    LIST_SOURCE_EU_ENABLED: 'false',
    LIST_SOURCE_UN_ENABLED: 'false',
    LIST_SOURCE_OFAC_ENABLED: 'false',
    LIST_SOURCE_BE_URL: `${publisherUrl}/be.csv`,
    LIST_SOURCE_BE_ENABLED: 'true',
  });
  baseUrl = await listen(t);
  browser = await launchBrowser();
  // The first account of an installation is the platform administrator.
  admin = await createSignedInUser(t);
  const config = t.app.ctx.config;
  await checkListSource(t.database.db, config.lists.sources.find((s) => s.id === 'be')!, config.lists);
  await evaluateListAlerts(t.database.db, config);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await publisher?.stop();
});

describe('list freshness in Chromium', () => {
  it('shows the administrator each source with its publication date, checks and alerts', async () => {
    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, admin.input.username);
    await page.goto(`${baseUrl}/admin/lists`);
    const row = page.getByTestId('list-source-be');
    await row.waitFor();
    await expect.poll(() => row.getByTestId('list-source-date').textContent()).toContain('20/09/2023');
    expect(await row.textContent()).toContain('dépassée');
    expect(await page.getByTestId('list-source-eu').textContent()).toContain('désactivée');
    const alerts = await page.getByTestId('platform-alert').allTextContents();
    expect(alerts.some((a) => a.includes('20/09/2023'))).toBe(true);
    expect(await page.getByTestId('country-risk-freshness').textContent()).toContain('19/06/2026');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('warns the officer on a contact screened against a stale list', async () => {
    const agency = await createAgency(t);
    const officer = await agency.addMember({ toolRole: 'officer' });
    const contact = (
      await officer.client.post('/api/contacts', personInput({ lastName: 'Peeters', firstNames: 'Jan' }))
    ).body;
    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await signIn(page, baseUrl, officer.user.username);
    await page.goto(`${baseUrl}/contacts/${contact.id}`);
    const stale = page.getByTestId('screening-stale-lists');
    await stale.waitFor();
    expect(await stale.textContent()).toContain('20/09/2023');
    const warning = page.getByTestId('freshness-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('plus de 30 jours');
    // The high-risk jurisdictions shipped date from the June 2026 plenary: once a later plenary month has
    // passed (October 2026 onwards), officers are told to expect a review.
    const reviewDue = isCountryRiskReviewDue('2026-06-19', new Date());
    expect((await warning.textContent())?.includes('le GAFI a tenu une plénière depuis')).toBe(reviewDue);

    // The officer's home lists each list in force with its date, last successful check and next one.
    await page.goto(baseUrl);
    const row = page.getByTestId('cockpit-list-be');
    await row.waitFor();
    const year = String(new Date().getUTCFullYear());
    await expect.poll(() => row.getByTestId('cockpit-list-last-check').textContent()).toContain(year);
    expect(await row.getByTestId('cockpit-list-next-check').textContent()).toContain(year);
    // The list's own date, day first as the officer writes it.
    expect(await row.textContent()).toContain('20/09/2023');
    expect(problems).toEqual([]);
    await page.close();
  });
});
