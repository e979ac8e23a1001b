import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { defaultPassword } from '../factories.ts';
import { createTestApp, type TTestApp } from '../harness.ts';

export const webDist = new URL('../../../web/dist', import.meta.url).pathname;

/** Debian's Chromium, headless, with the flags this sandboxed machine needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(`${webDist}/index.html`)) throw new Error('build the web app first: npm run build');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves the app on a random loopback port and runs its jobs, as `vigilo serve` does. */
export async function listen(t: TTestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  t.app.jobs.start();
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

export type TBrowserApp = { t: TTestApp; browser: Browser; baseUrl: string };

/** The app serving the built web app on loopback, with a Chromium to drive it: one per test file. */
export async function startBrowserApp(env: Record<string, string> = {}): Promise<TBrowserApp> {
  const t = await createTestApp({ WEB_DIST_DIR: webDist, ...env });
  try {
    const baseUrl = await listen(t);
    return { t, baseUrl, browser: await launchBrowser() };
  } catch (error) {
    await t.close();
    throw error;
  }
}

/** Closes what `startBrowserApp` opened, or the part of it that a failed start left open. */
export async function stopBrowserApp({ t, browser }: Partial<TBrowserApp>) {
  await browser?.close();
  await t?.close();
}

/** Signs in on the login page of a French-speaking browser and waits for the welcome page. */
export async function signIn(page: Page, baseUrl: string, login: string) {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill(defaultPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByTestId('welcome').waitFor();
}

/** Collects missing-translation reports and page errors; a journey must end with none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /i18n: missing key/.test(msg.text())) problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  return problems;
}

export async function waitFor<T>(fn: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = fn();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * When a journey fails, what its page showed: the address, the named form fields and the alerts, printed
 * into the test log (the part of a CI run one can read afterwards), and a screenshot under artifacts/.
 */
export function reportPageOnFailure(page: Page, name: string) {
  onTestFailed(async () => {
    if (page.isClosed()) return;
    const state = await page
      .evaluate(() => ({
        url: location.href,
        fields: Array.from(document.querySelectorAll('input[name], textarea[name]')).map(
          (el) => (el as HTMLInputElement).name,
        ),
        alerts: Array.from(document.querySelectorAll('[role=alert], .mantine-InputWrapper-error')).map((el) =>
          (el.textContent ?? '').trim(),
        ),
        heading: document.querySelector('h1, h2')?.textContent ?? null,
      }))
      .catch((error: unknown) => ({ unreadable: String(error) }));
    console.log(`page at failure (${name}): ${JSON.stringify(state)}`);
    const folder = new URL('../../../../artifacts/e2e-failures/', import.meta.url).pathname;
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: `${folder}${name}.png`, fullPage: true }).catch(() => undefined);
  });
}
