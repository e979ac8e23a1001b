import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../factories.ts';
import type { TTestApp } from '../harness.ts';
import { signIn, startBrowserApp, stopBrowserApp, watchConsole } from './browser.ts';

let t: TTestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  ({ t, browser, baseUrl } = await startBrowserApp());
  // The first account of an installation is the platform administrator; the journey uses others.
  await createSignedInUser(t);
});
afterAll(() => stopBrowserApp({ t, browser }));

/** Ticks an answer; the draft is saved at once and may bring follow-up questions. */
async function tick(page: Page, testId: string) {
  await page.getByTestId(testId).check();
  await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Brouillon enregistré');
}

describe('declarations journey in Chromium', () => {
  it('routes a heightened (PEP) risk profile to the officer, who reports to CTIF, records the answer and accepts', async () => {
    const agency = await createAgency(t, { name: 'Agence Peeters' });
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    // The officer is also a manager here: senior management approves a PEP relationship (loi art. 41 §1).
    const officer = await agency.addMember({ toolRole: 'officer', isManager: true });
    const contact = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Wouters', firstNames: 'Marc' }),
      )
    ).body;
    const problems: string[] = [];

    // The collaborator answers the buyer questionnaire: the contact is a PEP.
    const page = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(page));
    await signIn(page, baseUrl, collaborator.user.username);
    await page.goto(`${baseUrl}/contacts/${contact.id}?tab=risk-profiles`);
    await page.getByTestId('new-profile-buyer').click();
    await page.getByTestId('q-isPep').waitFor();
    expect(await page.getByTestId('q-pepRole').count()).toBe(0);
    await tick(page, 'q-actsOnOwnAccount-yes');
    await tick(page, 'q-isPep-yes');
    await tick(page, 'q-pepRole-holder');
    await page.getByTestId('q-pepFunction').locator('textarea').fill('Bourgmestre de Namur');
    await tick(page, 'q-pepLeftOfficeOver12Months-no');
    await tick(page, 'q-sourceOfFunds-own-savings');
    for (const id of [
      'disproportionWithSituation',
      'sensitiveSector',
      'geographicDistance',
      'unusualCharacteristics',
    ])
      await tick(page, `q-${id}-no`);
    await page.getByTestId('compute').click();

    // Heightened vigilance, explained: the PEP factor with its legal basis.
    const result = page.getByTestId('vigilance-result');
    await result.getByTestId('vigilance-level').getByText('Vigilance accrue').waitFor();
    await expect
      .poll(() => result.getByTestId('factor-pep').textContent())
      .toContain('Personne politiquement exposée');
    expect(await result.getByTestId('factor-pep').textContent()).toContain('art. 41');
    expect(await page.getByTestId('decision-accept').count()).toBe(0);

    // A motivated proposal to accept goes to the AML officer and blocks the profile.
    await page
      .locator('textarea[name=motivation]')
      .fill('Client connu de longue date ; fonds issus d’une épargne documentée.');
    await page.getByTestId('propose-accept').click();
    await page.getByTestId('awaiting-notice').waitFor();
    await expect
      .poll(() => page.getByTestId('decision-status').first().textContent())
      .toBe('En attente du responsable anti-blanchiment');
    const profileUrl = page.url();

    // The officer sees the count, the notification and the case on the Declarations page.
    const officerPage = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(officerPage));
    await signIn(officerPage, baseUrl, officer.user.username);
    await expect.poll(() => officerPage.getByTestId('nav-declarations-count').textContent()).toBe('1');
    await officerPage.getByTestId('notifications-bell').click();
    await officerPage.getByTestId('notification').getByText('Un dossier attend votre décision').waitFor();
    await officerPage.keyboard.press('Escape');
    await officerPage.getByTestId('nav-declarations').click();
    const queue = officerPage.getByTestId('declarations-awaiting-officer');
    const declared = queue.getByTestId('declaration');
    await declared.getByText('WOUTERS Marc', { exact: false }).waitFor();
    // The queue is a compact table: the timeline opens on demand.
    await declared.getByTestId('declaration-timeline-toggle').click();
    await declared
      .getByTestId('timeline-propose')
      .getByText("propose d'accepter", { exact: false })
      .waitFor();
    expect(await declared.getByTestId('timeline-propose').textContent()).toContain('épargne documentée');

    // From the declaration to the profile: the officer reports to CTIF.
    await declared.getByTestId('declaration-link').click();
    await officerPage.getByTestId('report-to-ctif').waitFor();
    await officerPage.locator('textarea[name=comment]').fill('Déclaration goAML à préparer.');
    await officerPage.getByTestId('report-to-ctif').click();
    // Reporting, recording CTIF's answer and the final decision are irreversible: each is confirmed.
    await officerPage.getByTestId('confirm-modal-submit').click();
    await officerPage.getByTestId('record-ctif-answer').waitFor();
    const timeline = officerPage.getByTestId('timeline');
    await timeline.getByTestId('ctif-report-mark').waitFor();
    expect(await timeline.getByTestId('timeline-report-to-ctif').getByTestId('officer-mark').count()).toBe(1);
    expect(await timeline.getByTestId('timeline-propose').getByTestId('officer-mark').count()).toBe(0);

    // The collaborator sees that the case waits for CTIF.
    await page.goto(profileUrl);
    await page.getByTestId('awaiting-notice').getByText('CTIF', { exact: false }).waitFor();

    // CTIF raises no objection; the officer accepts.
    await officerPage.getByTestId('ctif-no-objection').check();
    await officerPage.getByTestId('record-ctif-answer').click();
    await officerPage.getByTestId('confirm-modal-submit').click();
    await expect.poll(() => officerPage.getByTestId('confirm-modal-submit').count()).toBe(0);
    // A PEP: source of wealth and of funds recorded, senior management approves, the officer justifies.
    await officerPage.locator('textarea[name=sourceOfWealth]').fill('Épargne sur salaires, extraits joints.');
    await officerPage.locator('textarea[name=sourceOfFunds]').fill('Virement depuis son compte belge.');
    await officerPage.getByTestId('record-measures').click();
    await officerPage.getByTestId('measures-recorded').waitFor();
    await officerPage.getByTestId('manager-approve').click();
    await officerPage.getByTestId('confirm-modal-submit').click();
    await officerPage.getByTestId('manager-approved').waitFor();
    await officerPage
      .locator('textarea[name=comment]')
      .fill('Pas d’opposition de la CTIF ; sources documentées.');
    await officerPage.getByTestId('final-accept').click();
    await officerPage.getByTestId('confirm-modal-submit').click();
    await officerPage.getByTestId('decision-final').waitFor();
    await expect
      .poll(() =>
        officerPage
          .getByTestId('timeline')
          .getByTestId(/^timeline-/)
          .count(),
      )
      .toBe(7);
    await officerPage.getByTestId('timeline-final-decision').getByText('Décision finale : accepté').waitFor();

    // Nothing awaits the officer any more; the closed case stays under "all", marked as reported to CTIF.
    await officerPage.getByTestId('nav-declarations').click();
    await officerPage.getByTestId('declarations-awaiting-officer').getByText('Aucun dossier.').waitFor();
    expect(await officerPage.getByTestId('nav-declarations-count').count()).toBe(0);
    await officerPage.getByTestId('declarations-tab-all').click();
    const closed = officerPage.getByTestId('declarations-all').getByTestId('declaration');
    await closed.getByText('Déclaré à la CTIF').first().waitFor();
    await closed.getByText('Accepté', { exact: true }).waitFor();
    // One status badge per meaning: the accepted case keeps its CTIF mark, never twice.
    expect(await closed.getByText('Déclaré à la CTIF').count()).toBe(1);

    // The queue filters by status, by waiting time and by the collaborator who declared the case.
    const all = officerPage.getByTestId('declarations-all');
    const choose = async (filter: string, option: string) => {
      await officerPage.getByTestId(`declarations-filter-${filter}`).click();
      await officerPage.getByRole('option', { name: option, exact: true }).click();
    };
    await choose('status', 'Refusé');
    await all.getByText('Aucun dossier.').waitFor();
    await choose('status', 'Accepté');
    await all.getByTestId('declaration').getByText('WOUTERS Marc', { exact: false }).waitFor();
    await choose('olderThanDays', 'Plus de 30 jours');
    await all.getByText('Aucun dossier.').waitFor();
    await officerPage.getByTestId('declarations-filter-olderThanDays').hover();
    await officerPage
      .getByTestId('declarations-filter-olderThanDays')
      .locator('xpath=..')
      .locator('button')
      .click();
    // Members may share a name: the option is the member's account.
    const declaredBy = async (userId: string) => {
      await officerPage.getByTestId('declarations-filter-declaredBy').click();
      await officerPage.locator(`[role=option][value="${userId}"]`).click();
    };
    await declaredBy(collaborator.user.id);
    await all.getByTestId('declaration').getByText('WOUTERS Marc', { exact: false }).waitFor();
    await declaredBy(officer.user.id);
    await all.getByText('Aucun dossier.').waitFor();

    // A collaborator has no "awaiting my decision" tab, nor the filter by collaborator.
    await page.goto(`${baseUrl}/declarations`);
    await page.getByTestId('declarations-tab-open').waitFor();
    expect(await page.getByTestId('declarations-tab-awaiting-officer').count()).toBe(0);
    expect(await page.getByTestId('declarations-filter-declaredBy').count()).toBe(0);

    // The officer adapts the client acceptance policy: a new version.
    await officerPage.getByTestId('nav-policy').click();
    await expect.poll(() => officerPage.getByTestId('policy-version').textContent()).toBe('Version 1');
    await officerPage.getByLabel("Vigilance accrue à partir d'un score de").fill('6');
    await officerPage.getByTestId('policy-save').click();
    await expect.poll(() => officerPage.getByTestId('policy-version').textContent()).toBe('Version 2');
    await officerPage
      .getByTestId('policy-author')
      .getByText(officer.user.lastName, { exact: false })
      .waitFor();

    // Every page renders in Dutch and in French without a missing translation.
    const pages = [
      [
        officerPage,
        [
          '/declarations',
          '/declarations?tab=awaiting-ctif',
          '/declarations?tab=all',
          '/policy',
          new URL(profileUrl).pathname,
        ],
      ],
      [
        page,
        [
          '/declarations',
          '/policy',
          new URL(profileUrl).pathname,
          `/contacts/${contact.id}?tab=risk-profiles`,
        ],
      ],
    ] as const;
    for (const language of ['NL', 'FR']) {
      for (const [p, paths] of pages) {
        await p.getByText(language, { exact: true }).click();
        for (const path of paths) {
          await p.goto(`${baseUrl}${path}`);
          await p.getByTestId('user-menu').waitFor();
          await p.waitForLoadState('networkidle');
        }
        await p.getByTestId('notifications-bell').click();
        await p.keyboard.press('Escape');
      }
    }
    expect(problems).toEqual([]);
  });
});
