import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TTestApp } from '../harness.ts';
import { codeFromMail, startSmtpServer } from '../smtp.ts';
import { launchBrowser, listen, waitFor, watchConsole, webDist } from './browser.ts';

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

describe('account journey in Chromium', () => {
  it('signs up, activates with the mailed code, signs in, switches to Dutch and keeps it after signing in again', async () => {
    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);
    await page.goto(`${baseUrl}/sign-up`);
    await page.locator('input[name=firstName]').fill('Sofie');
    await page.locator('input[name=lastName]').fill('Van Damme');
    await page.locator('input[name=lastName]').blur();
    await expect.poll(() => page.locator('input[name=username]').inputValue()).toBe('sofie.van-damme');
    await page.locator('input[name=email]').fill('sofie@agence.be');
    await page.locator('input[name=password]').fill('un mot de passe solide');
    await page.locator('input[name=passwordConfirmation]').fill('un mot de passe solide');
    // The labels are French: the browser asked for fr-BE and nothing was chosen yet.
    await page.getByText('Répétez le mot de passe').waitFor();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await page.getByText('Activer votre compte').waitFor();
    const code = await waitFor(() => codeFromMail(smtp.mails, 'sofie@agence.be'));
    await page.locator('input[name=code]').fill(code);
    await page.getByRole('button', { name: 'Activer', exact: true }).click();
    await page.getByTestId('activated').waitFor();
    await page.getByRole('link', { name: 'Se connecter' }).click();

    await page.locator('input[name=login]').fill('sofie.van-damme');
    await page.locator('input[name=password]').fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByTestId('welcome').textContent()).toBe('Bienvenue, Sofie');

    await page.getByText('NL', { exact: true }).click();
    await expect.poll(() => page.getByTestId('welcome').textContent()).toBe('Welkom, Sofie');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();

    // A fresh browser (no local storage): the account, not the browser, remembers Dutch.
    const fresh = await browser.newPage({ locale: 'fr-BE' });
    problems.push(...watchConsole(fresh));
    await fresh.goto(`${baseUrl}/login`);
    await fresh.locator('input[name=login]').fill('sofie@agence.be');
    await fresh.locator('input[name=password]').fill('un mot de passe solide');
    await fresh.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => fresh.getByTestId('welcome').textContent()).toBe('Welkom, Sofie');
    await fresh.getByTestId('user-menu').click();
    await fresh.getByText('Mijn profiel').waitFor();
    expect(problems).toEqual([]);
  });

  it('shows a translated, field-level error for a bad sign-up and keeps what was typed', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(`${baseUrl}/sign-up`);
    await page.getByText('EN', { exact: true }).click();
    await page.locator('input[name=firstName]').fill('Ann');
    await page.locator('input[name=lastName]').fill('Claes');
    await page.locator('input[name=username]').fill('ann.claes');
    await page.locator('input[name=email]').fill('ann@agency.be');
    await page.locator('input[name=password]').fill('first password 1');
    await page.locator('input[name=passwordConfirmation]').fill('second password 2');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByText('The two passwords do not match.').first().waitFor();
    expect(await page.locator('input[name=email]').inputValue()).toBe('ann@agency.be');
  });
});
