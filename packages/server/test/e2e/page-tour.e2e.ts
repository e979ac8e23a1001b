import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/accounts/accounts.schema.ts';
import { organisations } from '../../src/organisations/organisations.schema.ts';
import { riskProfiles } from '../../src/risk/risk.schema.ts';
import { seedDatabase } from '../../src/seed/seed.service.ts';
import { benchAccounts } from '../../src/seed/seed-agency.ts';
import { createSignedInUser, defaultPassword, forceActiveOrganisation } from '../factories.ts';
import { createTestApp, TestClient, type TTestApp } from '../harness.ts';
import { launchBrowser, listen, webDist } from './browser.ts';
import { inspectPage, type TFinding } from './page-checks.ts';

/**
 * The page tour (issue 18): every route of the web app, as each role that can reach it, on seeded data.
 * It fails on a missing translation, text that looks like a raw code, a console error, horizontal
 * overflow, the header over the page title, or a label cut off with an ellipsis, and saves a screenshot
 * of every page under artifacts/page-tour/<size>/<language>/<role>/ for a reviewer to leaf through.
 *
 * To stay within a few minutes on CI's two cores, the three languages are toured at the common laptop
 * size (1366×768) for every role, and the wide screen (1920×1080) and phone (390 px) sizes in French
 * for every route, each as the most capable role that reaches it.
 */

type TRole = 'visitor' | 'newcomer' | 'collaborator' | 'officer' | 'admin';
type TSize = { name: string; width: number; height: number };
type TRoute = { path: string; roles: TRole[]; params?: (ids: TIds) => string };
type TIds = {
  contactId: string;
  profileId: string;
  transactionId: string;
  goamlReportId: string;
  paymentExternalId: string;
  clientLinkId: string;
  identifyToken: string;
};

const laptop: TSize = { name: '1366x768', width: 1366, height: 768 };
const wide: TSize = { name: '1920x1080', width: 1920, height: 1080 };
const phone: TSize = { name: '390x844', width: 390, height: 844 };
const signedIn: TRole[] = ['newcomer', 'collaborator', 'officer', 'admin'];
const toolUsers: TRole[] = ['collaborator', 'officer'];

/**
 * Every route of packages/web/src/app/app.tsx and the feature route files, with who reaches it. The
 * router's own paths are read from those files (`routerPaths`), so a new route missing here fails the tour.
 */
const routes: TRoute[] = [
  { path: '/login', roles: ['visitor'] },
  { path: '/sign-up', roles: ['visitor'] },
  { path: '/activate', roles: ['visitor'] },
  { path: '/eid/result', roles: ['visitor'] },
  { path: '/', roles: signedIn },
  { path: '/profile', roles: signedIn },
  { path: '/organisations', roles: signedIn },
  { path: '/organisation', roles: ['collaborator', 'officer'] },
  { path: '/aml', roles: ['newcomer', 'collaborator', 'officer'] },
  { path: '/contacts', roles: toolUsers },
  { path: '/contacts/new', roles: toolUsers },
  { path: '/contacts/import', roles: toolUsers },
  { path: '/contacts/:contactId', roles: toolUsers, params: (i) => `/contacts/${i.contactId}` },
  { path: '/contacts/:contactId/edit', roles: toolUsers, params: (i) => `/contacts/${i.contactId}/edit` },
  {
    path: '/contacts/:contactId/risk-profiles/:profileId',
    roles: toolUsers,
    params: (i) => `/contacts/${i.contactId}/risk-profiles/${i.profileId}`,
  },
  { path: '/risk-profiles/:profileId', roles: ['officer'], params: (i) => `/risk-profiles/${i.profileId}` },
  { path: '/declarations', roles: toolUsers },
  { path: '/reviews', roles: toolUsers },
  { path: '/transactions', roles: toolUsers },
  { path: '/transactions/new', roles: toolUsers },
  {
    path: '/transactions/:transactionId',
    roles: toolUsers,
    params: (i) => `/transactions/${i.transactionId}`,
  },
  { path: '/screening/new-hits', roles: toolUsers },
  { path: '/policy', roles: ['officer'] },
  { path: '/officer', roles: ['officer'] },
  { path: '/goaml', roles: ['officer'] },
  {
    path: '/goaml/reports/:goamlReportId',
    roles: ['officer'],
    params: (i) => `/goaml/reports/${i.goamlReportId}`,
  },
  { path: '/annual-report', roles: ['officer'] },
  { path: '/risk-assessment', roles: ['officer'] },
  { path: '/records/audit', roles: ['officer'] },
  { path: '/records/retention', roles: ['officer'] },
  { path: '/wallet', roles: ['officer'] },
  {
    path: '/payments/test/:externalId',
    roles: ['officer'],
    params: (i) => `/payments/test/${i.paymentExternalId}`,
  },
  { path: '/admin', roles: ['admin'] },
  { path: '/admin/wallet', roles: ['admin'] },
  { path: '/admin/lists', roles: ['admin'] },
  { path: '/admin/goaml-profiles', roles: ['admin'] },
  { path: '/admin/operator', roles: ['admin'] },
  { path: '/organisation/api-keys', roles: ['officer'] },
  { path: '/organisation/webhooks', roles: ['officer'] },
  { path: '/client-links', roles: toolUsers },
  {
    path: '/client-links/:clientLinkId',
    roles: toolUsers,
    params: (i) => `/client-links/${i.clientLinkId}`,
  },
  { path: '/identify/:token', roles: ['visitor'], params: (i) => `/identify/${i.identifyToken}` },
  { path: '/cockpit/items', roles: ['officer'], params: () => '/cockpit/items?figure=cases-under7' },
];

const artifacts = new URL('../../../../artifacts/page-tour/', import.meta.url).pathname;
const languages: TLanguage[] = ['fr', 'nl', 'en'];
const logins: Record<Exclude<TRole, 'visitor'>, string> = {
  newcomer: '',
  collaborator: benchAccounts.collaborator.username,
  officer: benchAccounts.officer.username,
  admin: benchAccounts.admin.username,
};

let t: TTestApp;
let browser: Browser;
let baseUrl: string;
let ids: TIds;
const findings: string[] = [];
const timings: string[] = [];
const sessions = new Map<TRole, Awaited<ReturnType<BrowserContext['storageState']>>>();
let visits = 0;

beforeAll(async () => {
  t = await createTestApp({ WEB_DIST_DIR: webDist, PAYMENT_PROVIDER: 'test' });
  await seedDatabase(t.database.db, {
    agencies: 2,
    largestContacts: 30,
    otherContacts: 5,
    transactions: 8,
    seed: 18,
    today: new Date().toISOString().slice(0, 10),
    password: defaultPassword,
    lists: [],
  });
  const newcomer = await createSignedInUser(t);
  logins.newcomer = newcomer.user.username;
  ids = await findIds();
  baseUrl = await listen(t);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** Ids from the seeded agency of the benchmark accounts, plus a goAML draft and a test payment. */
async function findIds(): Promise<TIds> {
  const db = t.database.db;
  const officer = new TestClient(t.app);
  await officer.post('/api/auth/login', { login: benchAccounts.officer.username, password: defaultPassword });
  const [me] = await db.select().from(users).where(eq(users.username, benchAccounts.officer.username));
  const [org] = await db.select().from(organisations).limit(1);
  await forceActiveOrganisation(t, officer, org!.id);
  const transactions = await officer.get('/api/transactions?pageSize=1');
  const [profile] = await db
    .select()
    .from(riskProfiles)
    .where(and(eq(riskProfiles.organisationId, org!.id), isNotNull(riskProfiles.level)))
    .limit(1);
  // A case the officer reported to CTIF-CFI, with its goAML draft.
  const awaiting = await officer.get('/api/declarations?filter=awaiting-officer&pageSize=100');
  const subject = awaiting.body.items.find((i: { subjectType: string }) => i.subjectType === 'risk_profile');
  await officer.post(`/api/risk-profiles/${subject.subjectId}/decision`, { action: 'report-to-ctif' });
  const goaml = await officer.post('/api/goaml/reports', {
    subjectType: 'risk_profile',
    subjectId: subject.subjectId,
  });
  const topUp = await officer.post('/api/wallet/top-ups', {
    amountCents: 30_000,
    idempotencyKey: `tour-${me!.id}`,
  });
  // A client link sent to a client: the agency's review page and the client's own page.
  const link = await officer.post('/api/client-links', { kind: 'person', language: 'fr' });
  const identifyPath = new URL(String(link.body.url)).pathname;
  const found = {
    clientLinkId: link.body.link?.id,
    identifyToken: identifyPath.split('/').pop(),
    contactId: profile!.contactId,
    profileId: profile!.id,
    transactionId: transactions.body.items[0]?.id,
    goamlReportId: goaml.body.id,
    paymentExternalId: String(topUp.body.checkoutUrl).split('/').pop(),
  };
  for (const [name, value] of Object.entries(found))
    if (!value) throw new Error(`page tour: no ${name} in the seeded data`);
  return found as TIds;
}

/** The interface follows the account's language once signed in, and the browser's setting before. */
async function setLanguage(lang: TLanguage) {
  const names = Object.values(logins);
  await t.database.db.update(users).set({ language: lang }).where(inArray(users.username, names));
}

async function openAs(
  role: TRole,
  lang: TLanguage,
  size: TSize,
): Promise<{ context: BrowserContext; page: Page }> {
  const storageState = role === 'visitor' ? undefined : sessions.get(role);
  const viewport = { width: size.width, height: size.height };
  const context = await browser.newContext({ viewport, storageState });
  await context.addInitScript((l) => localStorage.setItem('vigilo.language', l), lang);
  const page = await context.newPage();
  if (role === 'visitor') return { context, page };
  if (storageState) {
    await page.goto(`${baseUrl}/`);
  } else {
    // Each role signs in once (the login form); later tabs reuse its session, as the sign-in rate limit
    // of one address would otherwise refuse a tour of 30 tabs.
    await page.goto(`${baseUrl}/login`);
    await page.locator('input[name=login]').fill(logins[role]);
    await page.locator('input[name=password]').fill(defaultPassword);
    await page.locator('input[name=password]').press('Enter');
  }
  await page.getByTestId('welcome').waitFor();
  if (!storageState) sessions.set(role, await context.storageState());
  return { context, page };
}

/**
 * Settles the page: no request in flight for a quarter of a second and no loader left on screen. (The
 * app polls its counters, so the browser's own "network idle" would wait for nothing.)
 */
async function settle(page: Page, inFlight: () => number) {
  const deadline = Date.now() + 8_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 250) break;
  }
  await page
    .waitForFunction(() => !document.querySelector('.mantine-Loader-root'), undefined, { timeout: 8_000 })
    .catch(() => {});
}

/** Client-side navigation, as a click on a link does: the app is not reloaded between pages. */
async function navigate(page: Page, url: string) {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
}

/** Two browser tabs at a time: CI has two cores, and a tab spends most of its time waiting. */
async function inPairs<T>(items: T[], run: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  };
  await Promise.all([worker(), worker()]);
}

async function tour(role: TRole, lang: TLanguage, size: TSize, only: (route: TRoute) => boolean) {
  const { context, page } = await openAs(role, lang, size);
  let logged: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') logged.push(msg.text());
  });
  page.on('pageerror', (err) => logged.push(err.message));
  const pending = new Set<unknown>();
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  for (const route of routes.filter((r) => r.roles.includes(role) && only(r))) {
    const url = route.params ? route.params(ids) : route.path;
    logged = [];
    const visitStarted = performance.now();
    if (page.url().startsWith(baseUrl)) await navigate(page, url);
    else await page.goto(`${baseUrl}${url}`);
    await settle(page, () => pending.size);
    const seen: TFinding[] = await inspectPage(page);
    for (const text of logged)
      seen.push({
        kind: /i18n: missing key/.test(text) ? 'missing translation' : 'console error',
        detail: text.slice(0, 200),
      });
    for (const f of seen) findings.push(`${size.name} ${lang} ${role} ${route.path}: ${f.kind}: ${f.detail}`);
    const file = join(artifacts, size.name, lang, role, `${route.path.replace(/[/:]+/g, '_') || 'home'}.jpg`);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 60 });
    visits++;
    timings.push(
      `${Math.round(performance.now() - visitStarted)} ms ${size.name} ${lang} ${role} ${route.path}`,
    );
  }
  await context.close();
}

/** At the other sizes each route is seen once, as the first of these roles that reaches it. */
const rolePreference: TRole[] = ['officer', 'admin', 'newcomer', 'visitor', 'collaborator'];
const firstRole = (route: TRoute) => rolePreference.find((r) => route.roles.includes(r));

/** The paths the web app's router declares (`path="…"` in app.tsx and the feature route files). */
function routerPaths(): string[] {
  const webSrc = new URL('../../../web/src/', import.meta.url).pathname;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /(^app|routes)\.tsx$/.test(name) ? [path] : [];
    });
  const paths = files(webSrc).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bpath="(\/[^"]*)"/g)].map((m) => m[1]!),
  );
  return [...new Set(paths)].sort();
}

describe('page tour', () => {
  it('visits every route the router declares', () => {
    const declared = routerPaths();
    expect(declared.length).toBeGreaterThan(30);
    expect(declared.filter((path) => !routes.some((route) => route.path === path))).toEqual([]);
  });

  it('every route, role, language and size renders translated, readable and within the screen', async () => {
    const started = performance.now();
    const roles: TRole[] = ['officer', 'collaborator', 'admin', 'newcomer', 'visitor'];
    for (const lang of languages) {
      await setLanguage(lang);
      await inPairs(roles, (role) => tour(role, lang, laptop, () => true));
    }
    await setLanguage('fr');
    const others = [wide, phone].flatMap((size) => rolePreference.map((role) => ({ size, role })));
    await inPairs(others, ({ size, role }) => tour(role, 'fr', size, (r) => firstRole(r) === role));
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const summary = `${visits} page visits in ${seconds} s, ${findings.length} findings`;
    writeFileSync(join(artifacts, 'findings.txt'), [summary, ...findings].join('\n'));
    writeFileSync(join(artifacts, 'timings.txt'), timings.join('\n'));
    expect(findings, summary).toEqual([]);
  }, 600_000);
});
