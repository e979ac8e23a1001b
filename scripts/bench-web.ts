/**
 * `npm run bench:web`: the web app as a first-time visitor gets it.
 *
 * Builds (unless --no-build), prints every chunk's gzip size (scripts/web-size.mjs; budget: the first
 * page's JavaScript under 250 KB gzip), seeds a temporary PostgreSQL database (the largest agency with
 * --largest-contacts contacts, 100,000 by default), starts `vigilo serve`, signs in with headless
 * Chromium and opens the main pages, each in a fresh browser context (cold cache, the session cookie
 * kept). Per page: time to the load event, time until the last network response (the page's data is
 * there), largest contentful paint, bytes transferred, and what the API sent for its table.
 * Writes the figures into docs/PERFORMANCE.md (section "Web"; --no-write to skip).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import {
  benchPassword,
  cliOptions,
  createTemporaryDatabase,
  machineLine,
  root,
  runVigilo,
  startServer,
  writePerformanceSection,
} from './bench-support.ts';

const options = cliOptions();
const largestContacts = options.get('largest-contacts') ?? '100000';

type TPageResult = {
  name: string;
  path: string;
  loadMs: number;
  readyMs: number;
  lcpMs: number;
  transferKb: number;
  requests: number;
  api: string;
};

function webSize(): { markdown: string; firstJsKb: number; chunks: number } {
  const json = spawnSync(process.execPath, [`${root}scripts/web-size.mjs`, '--json'], { encoding: 'utf8' });
  const report = JSON.parse(json.stdout) as {
    chunks: { file: string; initial: boolean; raw: number; gzip: number }[];
    firstPageJsGzip: number;
    firstPageCssGzip: number;
  };
  const kb = (n: number) => (n / 1024).toFixed(1);
  const js = report.chunks.filter((c) => c.file.endsWith('.js'));
  const biggest = js.filter((c) => !c.initial).slice(0, 8);
  const lines = [
    `First page (entry script and what index.html preloads): **${kb(report.firstPageJsGzip)} KB JavaScript gzip** (budget 250 KB), ${kb(report.firstPageCssGzip)} KB CSS gzip; ${js.length} JavaScript chunks in all.`,
    '',
    '| chunk | first page | raw KB | gzip KB |',
    '|---|---|---:|---:|',
    ...report.chunks
      .filter((c) => c.initial)
      .map((c) => `| ${c.file.replace(/-[\w-]{8}\./, '.')} | yes | ${kb(c.raw)} | ${kb(c.gzip)} |`),
    ...biggest.map((c) => `| ${c.file.replace(/-[\w-]{8}\./, '.')} | | ${kb(c.raw)} | ${kb(c.gzip)} |`),
  ];
  if (js.length - js.filter((c) => c.initial).length > biggest.length)
    lines.push(
      `| … ${js.length - js.filter((c) => c.initial).length - biggest.length} smaller route chunks | | | |`,
    );
  return { markdown: lines.join('\n'), firstJsKb: report.firstPageJsGzip / 1024, chunks: js.length };
}

/** Records the largest contentful paint entries before any script of the page runs. */
const lcpObserver = `
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = Math.max(window.__lcp, entry.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

async function measurePage(page: Page, baseUrl: string, name: string, path: string): Promise<TPageResult> {
  const apiSizes: string[] = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/contacts') && !url.pathname.startsWith('/api/transactions')) return;
    if (url.pathname.split('/').length > 3) return;
    const body = (await response.json().catch(() => null)) as { items?: unknown[]; total?: number } | null;
    if (body?.items) apiSizes.push(`${url.pathname}: ${body.items.length} of ${body.total} rows`);
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  const figures = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      loadMs: navigation.loadEventEnd,
      readyMs: Math.max(navigation.responseEnd, ...resources.map((r) => r.responseEnd)),
      lcpMs: (window as unknown as { __lcp: number }).__lcp,
      transfer: navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
      requests: resources.length + 1,
    };
  });
  return {
    name,
    path,
    loadMs: figures.loadMs,
    readyMs: figures.readyMs,
    lcpMs: figures.lcpMs,
    transferKb: figures.transfer / 1024,
    requests: figures.requests,
    api: apiSizes.join('; '),
  };
}

async function main() {
  const machine = machineLine();
  if (options.get('no-build') !== 'true')
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  const size = webSize();
  console.log(size.markdown);
  const database = await createTemporaryDatabase('vigilo_bench_web');
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const browser = await chromium.launch({
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
  try {
    const seedArgs = [
      'seed',
      '--scale',
      'small',
      '--agencies',
      '5',
      '--largest-contacts',
      largestContacts,
      '--transactions',
      '3000',
      '--password',
      benchPassword,
    ];
    await runVigilo(seedArgs, { DATABASE_URL: database.url, LOG_LEVEL: 'warn' });
    server = await startServer({ DATABASE_URL: database.url }, 3700 + Math.floor(Math.random() * 90));
    const baseUrl = server.url;

    // The sign-in page is the first page: measured cold, then used to sign in.
    const results: TPageResult[] = [];
    const first = await browser.newContext({ locale: 'fr-BE' });
    await first.addInitScript(lcpObserver);
    const login = await first.newPage();
    results.push(await measurePage(login, baseUrl, 'sign-in (first page)', '/login'));
    await login.locator('input[name=login]').fill('bench.officer');
    await login.locator('input[name=password]').fill(benchPassword);
    await login.getByRole('button', { name: 'Se connecter' }).click();
    await login.getByTestId('welcome').waitFor();
    const signedIn = await first.storageState();
    const contactId = await login.evaluate(async () => {
      const response = await fetch('/api/contacts?pageSize=1&kind=entity');
      return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
    });
    await first.close();

    const pages: [string, string][] = [
      ['home', '/'],
      ['contacts (list)', '/contacts'],
      ['contact page (a company)', `/contacts/${contactId}`],
      ['transactions', '/transactions'],
      ['declarations', '/declarations'],
      ['wallet', '/wallet'],
    ];
    for (const [name, path] of pages) {
      const context = await browser.newContext({ locale: 'fr-BE', storageState: signedIn });
      await context.addInitScript(lcpObserver);
      const page = await context.newPage();
      results.push(await measurePage(page, baseUrl, name, path));
      console.log(
        `  ${name}: ready ${results.at(-1)!.readyMs.toFixed(0)} ms, ${results.at(-1)!.transferKb.toFixed(0)} KB`,
      );
      await context.close();
    }
    const markdown = [
      `Measured ${new Date().toISOString().slice(0, 10)}, ${machine}; Chromium headless, each page in a fresh context (cold cache, signed in), the server on PostgreSQL with ${largestContacts} contacts in the signed-in agency.`,
      '',
      size.markdown,
      '',
      '| page | load event ms | data ready ms | LCP ms | transferred KB | requests | table rows sent by the API |',
      '|---|---:|---:|---:|---:|---:|---|',
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.loadMs.toFixed(0)} | ${r.readyMs.toFixed(0)} | ${r.lcpMs.toFixed(0)} | ${r.transferKb.toFixed(0)} | ${r.requests} | ${r.api} |`,
      ),
      '',
      '"Data ready" is when the last network response of the page arrived (the page then has its data); LCP is the largest contentful paint Chromium reports.',
    ].join('\n');
    console.log(`\n${markdown}`);
    if (options.get('no-write') !== 'true') writePerformanceSection('web', markdown);
  } finally {
    await browser.close();
    await server?.stop();
    await database.drop();
  }
}

await main();
