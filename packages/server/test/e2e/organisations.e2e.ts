import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../factories.ts';
import { createTestApp, type TTestApp } from '../harness.ts';
import { startSmtpServer } from '../smtp.ts';
import { launchBrowser, listen, signIn, waitFor, watchConsole, webDist } from './browser.ts';

let t: TTestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, WEB_DIST_DIR: webDist });
  baseUrl = await listen(t);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await smtp?.close();
});

/** A valid KBO/BCE number (check digits 97 − first eight digits mod 97). */
const enterpriseNumber = '0403.170.701';

/** Picks an option of a Mantine Select (a text input that opens a list box) in the open dialog. */
async function choose(page: Page, testId: string, option: string) {
  await page.getByRole('dialog').getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('organisations journey in Chromium', () => {
  it('creates an agency, allow-lists it, lets a colleague join, confirms them and opens the AML tool', async () => {
    // The first account of a fresh installation is the platform administrator.
    const admin = await createSignedInUser(t, { firstName: 'Anne', lastName: 'Admin' });
    const manager = await createSignedInUser(t, { firstName: 'Sofie', lastName: 'Dubois' });
    const colleague = await createSignedInUser(t, { firstName: 'Luc', lastName: 'Martin' });
    expect(admin.user.isPlatformAdmin).toBe(true);
    const problems: string[] = [];

    // The manager creates the agency through "Mes organisations" and becomes its manager.
    const managerPage = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(managerPage));
    await signIn(managerPage, baseUrl, manager.input.username);
    // A user with no organisation is offered both first steps on the home page.
    await managerPage.goto(`${baseUrl}/`);
    await managerPage.getByTestId('home-first-steps').waitFor();
    expect(await managerPage.getByTestId('home-create-agency').getAttribute('href')).toBe(
      '/organisations?add=create',
    );
    await managerPage.getByTestId('home-join-agency').waitFor();
    await managerPage.goto(`${baseUrl}/organisations`);
    await managerPage.getByTestId('no-organisations').waitFor();
    await managerPage.locator('input[name=enterpriseNumber]').fill('0403 170 702');
    await managerPage.locator('input[name=name]').fill('Agence Dubois');
    await managerPage.locator('input[name=city]').fill('Namur');
    await managerPage.locator('input[name=jobTitle]').fill('Gérante');
    await managerPage.getByTestId('create-organisation').click();
    // A wrong check digit is refused under the field, in French, and nothing else is lost.
    await managerPage.getByText("Ce numéro d'entreprise belge n'est pas valide", { exact: false }).waitFor();
    expect(await managerPage.locator('input[name=name]').inputValue()).toBe('Agence Dubois');
    await managerPage.locator('input[name=enterpriseNumber]').fill(enterpriseNumber);
    await managerPage.getByText("Numéro d'entreprise valide : 0403.170.701").waitFor();
    await managerPage.getByTestId('create-organisation').click();
    await expect.poll(() => managerPage.getByTestId('organisation-name').textContent()).toBe('Agence Dubois');
    await expect
      .poll(() => managerPage.getByTestId('header-organisation').textContent())
      .toContain('Agence Dubois');

    // The platform administrator allow-lists the number and grants the BIV/IPI recognition to the colleague.
    const adminPage = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(adminPage));
    await signIn(adminPage, baseUrl, admin.input.username);
    await adminPage.getByTestId('user-menu').click();
    await adminPage.getByTestId('menu-admin').click();
    await adminPage.locator('input[name=enterpriseNumber]').fill('403170701');
    await adminPage.locator('input[name=note]').fill('Demande IPI du 3 mars');
    await adminPage.getByTestId('add-allowed-number').click();
    await adminPage.getByTestId('allowed-numbers').getByText('Agence Dubois').waitFor();
    await adminPage.getByTestId('admin-accounts-tab').click();
    await adminPage.locator('input[name=q]').fill(colleague.input.username);
    await adminPage.getByTestId(`grant-${colleague.input.username}`).click();
    await adminPage.locator('input[name=reference]').fill('IPI 512.345');
    await choose(adminPage, 'grant-code', 'Membre IPI');
    await adminPage.getByTestId('grant-submit').click();
    await adminPage.getByTestId(`admin-user-${colleague.input.username}`).getByText('Membre IPI').waitFor();

    // The colleague asks to join the existing agency and waits for confirmation.
    const colleaguePage = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(colleaguePage));
    await signIn(colleaguePage, baseUrl, colleague.input.email);
    await colleaguePage.getByTestId('user-menu').click();
    await colleaguePage.getByTestId('menu-my-organisations').click();
    await colleaguePage.getByText('Rejoindre une organisation existante').click();
    await colleaguePage.locator('input[name=enterpriseNumber]').fill('0403170701');
    await colleaguePage.locator('input[name=jobTitle]').fill('Agent immobilier');
    await colleaguePage.locator('input[name=phone]').fill('081 22 33 44');
    await colleaguePage.getByTestId('join-organisation').click();
    await colleaguePage.getByTestId('join-requested').waitFor();
    await colleaguePage.getByTestId('memberships').getByText('En attente de confirmation').waitFor();

    // The manager sees the orange badge, goes to the employees, confirms and grants collaborator access.
    await managerPage.goto(`${baseUrl}/organisations`);
    const badge = managerPage.getByTestId('memberships').getByTestId('pending-members-badge');
    await expect.poll(() => badge.textContent()).toBe('Collaborateurs à confirmer : 1');
    await managerPage.getByTestId('user-menu').click();
    await expect.poll(() => managerPage.getByTestId('menu-pending-badge').textContent()).toBe('1');
    await managerPage.keyboard.press('Escape');
    await badge.click();
    await managerPage.getByTestId(`confirm-${colleague.input.username}`).click();
    await managerPage.locator('input[name=contactEmail]').fill('luc@agence-dubois.be');
    await managerPage.getByTestId('confirm-member-submit').click();
    await managerPage.getByTestId('member-confirmed').waitFor();
    await choose(managerPage, `tool-role-${colleague.input.username}`, "Collaborateur d'agence");
    await managerPage.getByTestId('save-tool-access').click();
    const row = managerPage.getByTestId(`member-${colleague.input.username}`);
    await row.getByText('luc@agence-dubois.be').waitFor();
    await expect
      .poll(() => row.getByTestId(`tool-role-${colleague.input.username}`).inputValue())
      .toBe("Collaborateur d'agence");
    expect(await managerPage.getByTestId('pending-members-badge').count()).toBe(0);
    // The manager's own account lacks the recognition: their access cannot be granted (disabled select).
    expect(await managerPage.getByTestId(`tool-role-${manager.input.username}`).isDisabled()).toBe(true);
    // The colleague is told by e-mail.
    await waitFor(() =>
      smtp.mails.find((m) => m.to.includes(colleague.input.email) && /Agence Dubois/.test(m.raw)),
    );

    // Confirmed in exactly one organisation, the colleague works in it at once and opens the AML tool.
    await colleaguePage.goto(`${baseUrl}/organisations`);
    await expect
      .poll(() => colleaguePage.getByTestId('header-organisation').textContent())
      .toContain('Agence Dubois');
    await colleaguePage.getByTestId('active-organisation').waitFor();
    await colleaguePage.getByTestId('user-menu').click();
    await colleaguePage.getByTestId('menu-aml').click();
    await colleaguePage.getByTestId('aml-no-officer').waitFor();
    await colleaguePage
      .getByText("Il n'y a pas encore de responsable anti-blanchiment dans votre organisation !", {
        exact: false,
      })
      .waitFor();
    await colleaguePage
      .getByTestId('aml-my-access')
      .getByText("Collaborateur d'agence", { exact: true })
      .waitFor();

    // The colleague becomes the AML officer; as the only one, they cannot step down.
    await colleaguePage.getByTestId('become-officer').click();
    await colleaguePage
      .getByTestId('aml-my-access')
      .getByText('Responsable anti-blanchiment', { exact: true })
      .waitFor();
    expect(await colleaguePage.getByTestId('aml-no-officer').count()).toBe(0);
    await colleaguePage.getByTestId('step-down-collaborator').click();
    await colleaguePage.getByTestId('step-down-submit').click();
    await colleaguePage.getByRole('dialog').getByTestId('error-alert').waitFor();
    expect(await colleaguePage.getByRole('dialog').getByTestId('error-alert').textContent()).toContain(
      'au moins un responsable anti-blanchiment',
    );
    await colleaguePage.keyboard.press('Escape');

    // The activity tab tells the manager what happened, in words.
    await managerPage.goto(`${baseUrl}/organisation?tab=activity`);
    await managerPage.getByTestId('activity').getByText('Employé confirmé').waitFor();
    await managerPage
      .getByTestId('activity')
      .getByText('Désignation comme responsable anti-blanchiment')
      .waitFor();

    // Every main page renders in Dutch and in French without a missing translation.
    const pages = [
      [
        managerPage,
        [
          '/organisations',
          '/organisation',
          '/organisation?tab=members',
          '/organisation?tab=activity',
          '/aml',
        ],
      ],
      [colleaguePage, ['/organisations', '/organisation?tab=members', '/aml']],
      [adminPage, ['/admin', '/admin?tab=recognitions', '/admin?tab=accounts', '/organisations', '/aml']],
    ] as const;
    for (const language of ['NL', 'FR']) {
      for (const [page, paths] of pages) {
        await page.getByText(language, { exact: true }).click();
        for (const path of paths) {
          await page.goto(`${baseUrl}${path}`);
          await page.getByTestId('user-menu').waitFor();
          await page.waitForLoadState('networkidle');
        }
        await page.getByTestId('user-menu').click();
        await page.keyboard.press('Escape');
      }
    }
    await managerPage.getByText('NL', { exact: true }).click();
    await managerPage.goto(`${baseUrl}/organisation?tab=members`);
    await expect
      .poll(() => managerPage.getByTestId(`tool-role-${colleague.input.username}`).inputValue())
      .toBe('Antiwitwasverantwoordelijke');
    expect(problems).toEqual([]);
  });
});
