import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPassword, insertActiveUser } from '../factories.ts';
import { createTestApp, type TTestApp } from '../harness.ts';
import { startIdentityProvider, type TTestIdentityProvider } from '../identity-provider.ts';
import { launchBrowser, watchConsole, webDist } from './browser.ts';

let t: TTestApp;
let idp: TTestIdentityProvider;
let browser: Browser;
let baseUrl: string;

/** A free loopback port: the provider must know Vigilo's redirect URI before Vigilo starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  idp = await startIdentityProvider({ redirectUri: `${baseUrl}/api/auth/eid/callback` });
  t = await createTestApp({
    WEB_DIST_DIR: webDist,
    PUBLIC_URL: baseUrl,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.client.id,
    OIDC_CLIENT_SECRET: idp.client.secret,
  });
  await t.app.listen({ port, host: '127.0.0.1' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await idp?.close();
});

describe('eID journey in Chromium', () => {
  it('links the eID from the profile, locks the names, then signs in with eID from the login page', async () => {
    const user = await insertActiveUser(t.database.db, { firstName: 'Jan', lastName: 'Peeters' });
    idp.addPerson({
      sub: 'e2e-person',
      given_name: 'Johannes',
      family_name: 'Peeters',
      gender: 'male',
      national_number: '85073003328',
    });
    idp.signInAs('e2e-person');
    const page = await browser.newPage({ locale: 'fr-BE' });
    const problems = watchConsole(page);

    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('eid-sign-in').waitFor();
    await page.locator('input[name=login]').fill(user.username);
    await page.locator('input[name=password]').fill(defaultPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByTestId('welcome').textContent()).toBe('Bienvenue, Jan');

    // Through the identity provider and back: the result page, then the profile with the eID's data.
    await page.goto(`${baseUrl}/profile`);
    await page.getByTestId('eid-link').click();
    await page.getByTestId('eid-result-success').waitFor();
    await page.getByTestId('eid-result-next').click();
    await page.getByTestId('eid-linked').waitFor();
    await page.getByTestId('names-locked').waitFor();
    expect(await page.locator('input[name=firstName]').inputValue()).toBe('Johannes');
    expect(await page.locator('input[name=firstName]').isDisabled()).toBe(true);
    expect(await page.getByLabel('Date de naissance').inputValue()).toBe('30/07/1985');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.getByTestId('eid-sign-in').click();
    await page.getByTestId('eid-result-success').waitFor();
    await page.getByTestId('eid-result-next').click();
    await expect.poll(() => page.getByTestId('welcome').textContent()).toBe('Bienvenue, Johannes');
    expect(problems).toEqual([]);
  });
});
