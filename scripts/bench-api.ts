/**
 * `npm run bench:api`: the API under load, over real HTTP, on PostgreSQL with seeded data.
 *
 * Creates a temporary database (DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres), runs
 * `vigilo seed`, starts `vigilo serve`, signs the benchmark accounts in, then:
 *   1. each endpoint alone with autocannon (closed loop, --connections, --duration s): requests/s, p50, p99,
 *      and the CPU each request cost the machine, the server, PostgreSQL (if on this machine) and the load
 *      generator, read from Linux /proc;
 *   2. the ceiling in the same run: GET /api/health/session, an authenticated route that only reads the
 *      session — each endpoint's requests/s is also given as a ratio to it. The two alternate in --slices
 *      slices (default 4, of --duration ÷ slices s each), and the ratio divides the endpoint's requests by
 *      the ceiling's in the slices beside them: a shared VM's speed swung by half within a minute, and a
 *      ceiling measured once at the start made the ratios follow the swing (docs/PERFORMANCE.md);
 *   3. a mixed run at a fixed arrival rate (open loop, --rate req/s for --mixed s): p50/p99 per endpoint,
 *      latency counted from the moment each request was due, errors, and the server's memory;
 *   4. with --step-up: the same mix at 100, 200, 300, 400 … req/s (--step-seconds each, default 30) until a
 *      step misses its targets (p99 < 50 ms reads, < 150 ms writes, no errors, the server keeping up); the
 *      capacity is the last rate that held (--step-up 100,150,200 gives the rates instead);
 *   5. with --soak S: the same mix for S seconds, printing the server's RSS every 30 s.
 * Prints the tables and writes them into docs/PERFORMANCE.md (section "API"; --no-write to skip).
 *
 * Options: --scale small|medium|full (medium), --duration 10, --slices 4, --connections 8, --rate 200,
 * --mixed 60 (0: no mixed run), --soak 0, --seed 42, --login-weight 0.5 (% of the mix), --keep (keep the
 * database),
 * --database URL (a database kept with --keep: no seeding, not dropped; the contacts the run creates are
 *   deleted again at its end, so the next run measures the same agency),
 * --only contacts,login (only the endpoints whose name contains one of these, plus the ceiling),
 * --instances N (N `vigilo serve` processes behind nginx, round robin; needs Debian's nginx),
 * --step-up [rates], --step-seconds 30, --step-max 1000, --cpu-prof DIR (the server runs with --inspect and
 * a V8 CPU profile of each endpoint's run alone is written there: open it in Chrome DevTools or speedscope).
 * Every figure is printed with the load average (`uptime`): on a shared machine, compare before/after
 * runs taken one after the other, never with figures from another sitting.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { givenNames, surnames } from '../packages/server/src/seed/seed-vocabulary.ts';
import { startNginx, stopProcess } from '../packages/server/test/cluster.ts';
import {
  availableLists,
  benchPassword,
  cliOptions,
  cpuMeter,
  createTemporaryDatabase,
  machineLine,
  nextClientIp,
  percentile,
  rssMiB,
  runVigilo,
  signIn,
  startServer,
  type TCpuSpent,
  type TSession,
  writePerformanceSection,
} from './bench-support.ts';

const options = cliOptions();
const scale = options.get('scale') ?? 'medium';
const duration = Number(options.get('duration') ?? 10);
const connections = Number(options.get('connections') ?? 8);
const defaultRate = Number(options.get('rate') ?? 200);
const rate = defaultRate;
const mixedSeconds = Number(options.get('mixed') ?? 60);
const soakSeconds = Number(options.get('soak') ?? 0);
const seed = options.get('seed') ?? '42';
const loginWeight = Number(options.get('login-weight') ?? 0.5);
const only = options.get('only')?.split(',').filter(Boolean);
const stepUp = options.get('step-up');
const stepSeconds = Number(options.get('step-seconds') ?? 30);
const stepMax = Number(options.get('step-max') ?? 1000);
const cpuProfDir = options.get('cpu-prof');
const instances = Math.max(1, Number(options.get('instances') ?? 1));
// A CPU profile covers one uninterrupted run of the endpoint, without the ceiling's requests in it.
const slices = cpuProfDir ? 1 : Math.max(1, Number(options.get('slices') ?? 4));
const today = new Date().toISOString().slice(0, 10);

type TRequest = { method: string; path: string; body?: string; headers: Record<string, string> };
type TEndpoint = { name: string; kind: 'read' | 'write'; weight: number; make: () => TRequest };

let counter = 0;
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

function headersOf(session: TSession, withBody = false): Record<string, string> {
  return {
    cookie: session.cookie,
    'x-csrf-token': session.csrfToken,
    ...(withBody ? { 'content-type': 'application/json' } : {}),
  };
}

/** A new natural person as the Contacts form sends it (screened at once by the server). */
function newPersonBody(): string {
  counter += 1;
  return JSON.stringify({
    kind: 'person',
    lastName: pick(surnames),
    firstNames: pick(givenNames),
    birthDate: `19${50 + (counter % 50)}-0${1 + (counter % 9)}-1${counter % 9}`,
    birthPlace: 'Namur',
    nationalities: ['BE'],
    address: { street: `Rue de Fer ${counter % 200}`, postalCode: '5000', city: 'Namur', country: 'BE' },
    idDocument: {
      type: 'belgian_eid',
      number: `BENCH${counter}${Date.now()}`,
      expiryDate: '2031-01-01',
      issuingCountry: 'BE',
    },
    identificationMode: 'face_to_face',
    profession: 'Employé',
  });
}

const buyerAnswers = {
  actsOnOwnAccount: true,
  isPep: false,
  sensitiveSector: false,
  geographicDistance: false,
  unusualCharacteristics: false,
  avoidsDirectContact: false,
  sourceOfFunds: ['own-savings', 'mortgage-loan'],
  disproportionWithSituation: false,
};

/** Ids the endpoints pick from: contacts and search terms of the largest agency, profiles to compute. */
async function prepare(url: string, databaseUrl: string, officer: TSession) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const contactIds = (
    await db.query('select id from contacts where organisation_id = $1 order by md5(id::text) limit 2000', [
      officer.organisationId,
    ])
  ).rows.map((r) => r.id as string);
  const fresh = (
    await db.query(
      `select id from contacts where organisation_id = $1 and kind = 'person' and status = 'screened'
       order by md5(id::text) limit 40`,
      [officer.organisationId],
    )
  ).rows.map((r) => r.id as string);
  await db.end();
  const profileIds: string[] = [];
  for (const contactId of fresh) {
    const created = await fetch(`${url}/api/contacts/${contactId}/risk-profiles`, {
      method: 'POST',
      headers: headersOf(officer, true),
      body: JSON.stringify({ role: 'buyer' }),
    });
    if (!created.ok) throw new Error(`create profile: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    const saved = await fetch(`${url}/api/risk-profiles/${id}/answers`, {
      method: 'PUT',
      headers: headersOf(officer, true),
      body: JSON.stringify({ answers: buyerAnswers }),
    });
    if (!saved.ok) throw new Error(`save answers: ${saved.status} ${await saved.text()}`);
    profileIds.push(id);
  }
  return { contactIds, profileIds };
}

function endpoints(
  sessions: { officer: TSession[]; collaborator: TSession[] },
  ids: { contactIds: string[]; profileIds: string[] },
): TEndpoint[] {
  const anyone = [...sessions.officer, ...sessions.collaborator];
  const get =
    (path: () => string, who = anyone) =>
    () => ({ method: 'GET', path: path(), headers: headersOf(pick(who)) });
  const common = surnames.slice(0, 30);
  return [
    {
      name: 'login',
      kind: 'write',
      // One sign-in per session of ~200 requests; argon2id (64 MiB, 3 passes) makes each one costly.
      weight: loginWeight,
      make: () => ({
        method: 'POST',
        path: '/api/auth/login',
        body: JSON.stringify({
          login: pick(['bench.officer', 'bench.collaborator']),
          password: benchPassword,
        }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': nextClientIp() },
      }),
    },
    {
      name: 'session (GET /api/auth/session)',
      kind: 'read',
      weight: 8,
      make: get(() => '/api/auth/session'),
    },
    { name: 'contacts: list, newest first', kind: 'read', weight: 12, make: get(() => '/api/contacts') },
    {
      name: 'contacts: search a surname',
      kind: 'read',
      weight: 12,
      make: get(() => `/api/contacts?sort=name&q=${encodeURIComponent(pick(common).toLowerCase())}`),
    },
    {
      name: 'contacts: filter status + vigilance',
      kind: 'read',
      weight: 6,
      // In name order and in the page's default order, newest first (the second added 6 December 2026).
      make: get(
        () =>
          `/api/contacts?sort=${pick(['name', '-created'])}&status=${pick(['accepted', 'blocked', 'screened'])}&vigilance=${pick(['normal', 'heightened'])}`,
      ),
    },
    {
      name: 'contact page',
      kind: 'read',
      weight: 18,
      make: get(() => `/api/contacts/${pick(ids.contactIds)}`),
    },
    {
      name: 'create contact (with screening)',
      kind: 'write',
      weight: 5,
      make: () => {
        const session = pick(anyone);
        return {
          method: 'POST',
          path: '/api/contacts',
          body: newPersonBody(),
          headers: headersOf(session, true),
        };
      },
    },
    {
      name: 'risk profile computation',
      kind: 'write',
      weight: 4,
      make: () => ({
        method: 'POST',
        path: `/api/risk-profiles/${pick(ids.profileIds)}/compute`,
        body: '{}',
        headers: headersOf(pick(sessions.officer), true),
      }),
    },
    { name: 'transactions: list', kind: 'read', weight: 12, make: get(() => '/api/transactions') },
    { name: 'wallet page', kind: 'read', weight: 10, make: get(() => '/api/wallet') },
    {
      name: 'declarations queue (officer)',
      kind: 'read',
      weight: 8,
      make: get(() => '/api/declarations?filter=awaiting-officer', sessions.officer),
    },
  ];
}

type TCannonResult = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Requests answered, and the CPU seconds each side spent meanwhile (see `cpuMeter`). */
  requests: number;
  cpu: TCpuSpent;
};
/** An endpoint's slices together: its ratio to the ceiling's slices run beside them. */
type TSlicedResult = TCannonResult & { ratio: number };

const inspectPort = 9300 + Math.floor(Math.random() * 600);

/** With --cpu-prof: the server's V8 profiler over the inspector protocol, one profile per endpoint run. */
async function profiler(): Promise<{
  profile: <T>(name: string, run: () => Promise<T>) => Promise<T>;
  close: () => void;
}> {
  if (!cpuProfDir) return { profile: (_name, run) => run(), close: () => {} };
  mkdirSync(cpuProfDir, { recursive: true });
  const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  };
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  return {
    profile: async (name, run) => {
      await send('Profiler.start');
      const result = await run();
      const { profile } = (await send('Profiler.stop')) as { profile: unknown };
      const file = join(cpuProfDir, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      console.log(`  (CPU profile: ${file})`);
      return result;
    },
    // An inspector session left open keeps the server from exiting ("Waiting for the debugger to disconnect").
    close: () => socket.close(),
  };
}

/** Set once the servers run: what each run of autocannon cost the machine, per side. */
let meter: ReturnType<typeof cpuMeter> | undefined;

async function cannon(
  url: string,
  name: string,
  make: () => TRequest,
  seconds = duration,
): Promise<TCannonResult> {
  const before = meter?.snapshot();
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, ...make() }) }],
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
    cpu: meter && before ? meter.since(before) : { machine: 0, servers: 0, postgres: 0, generator: 0 },
  };
}

/** Several slices of one route as one result: the mean requests/s, the median p50, the worst p99. */
function combined(name: string, runs: TCannonResult[]): TCannonResult {
  return {
    name,
    rps: runs.reduce((total, r) => total + r.rps, 0) / Math.max(1, runs.length),
    p50: percentile(
      runs.map((r) => r.p50).sort((a, b) => a - b),
      50,
    ),
    p99: Math.max(...runs.map((r) => r.p99)),
    errors: runs.reduce((total, r) => total + r.errors, 0),
    requests: runs.reduce((total, r) => total + r.requests, 0),
    cpu: {
      machine: runs.reduce((total, r) => total + r.cpu.machine, 0),
      servers: runs.reduce((total, r) => total + r.cpu.servers, 0),
      postgres: runs.reduce((total, r) => total + r.cpu.postgres, 0),
      generator: runs.reduce((total, r) => total + r.cpu.generator, 0),
    },
  };
}

/**
 * The endpoint and the ceiling in alternating slices (ceiling first); the ratio is the endpoint's mean
 * requests/s over the ceiling's in those slices. Each ceiling slice is added to `ceilingSlices`.
 */
async function alongCeiling(
  url: string,
  endpoint: { name: string; make: () => TRequest },
  ceiling: { name: string; make: () => TRequest },
  ceilingSlices: TCannonResult[],
  profile: <T>(name: string, run: () => Promise<T>) => Promise<T>,
): Promise<TSlicedResult> {
  const seconds = duration / slices;
  const runs: TCannonResult[] = [];
  const beside: TCannonResult[] = [];
  for (let i = 0; i < slices; i++) {
    beside.push(await cannon(url, ceiling.name, ceiling.make, seconds));
    runs.push(await profile(endpoint.name, () => cannon(url, endpoint.name, endpoint.make, seconds)));
  }
  ceilingSlices.push(...beside);
  const result = combined(endpoint.name, runs);
  return { ...result, ratio: result.rps / combined(ceiling.name, beside).rps };
}

type TMixedStats = {
  name: string;
  kind: 'read' | 'write';
  latencies: number[];
  errors: number;
  samples: string[];
};

/** Sends requests at a fixed rate whatever the answers' speed; latency counts from when each was due. */
async function runMixed(
  url: string,
  list: TEndpoint[],
  seconds: number,
  onSecond?: (elapsed: number) => void,
  rate = defaultRate,
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const target = new URL(url);
  const stats = new Map<string, TMixedStats>(
    list.map((e) => [e.name, { name: e.name, kind: e.kind, latencies: [], errors: 0, samples: [] }]),
  );
  const totalWeight = list.reduce((sum, e) => sum + e.weight, 0);
  const choose = () => {
    let x = Math.random() * totalWeight;
    for (const e of list) {
      x -= e.weight;
      if (x < 0) return e;
    }
    return list.at(-1)!;
  };
  const pending = new Set<Promise<void>>();
  const interval = 1000 / rate;
  const start = performance.now();
  let sent = 0;
  let lastSecond = 0;
  const fire = (dueAt: number) => {
    const endpoint = choose();
    const request = endpoint.make();
    const stat = stats.get(endpoint.name)!;
    const done = new Promise<void>((resolve) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.path,
          headers: request.headers,
          agent,
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => {
            if (body.length < 300) body += chunk;
          });
          res.on('end', () => {
            stat.latencies.push(performance.now() - dueAt);
            if ((res.statusCode ?? 500) >= 300) {
              stat.errors += 1;
              if (stat.samples.length < 3) stat.samples.push(`${res.statusCode} ${body.slice(0, 200)}`);
            }
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        stat.errors += 1;
        if (stat.samples.length < 3) stat.samples.push(error.message);
        resolve();
      });
      if (request.body) req.write(request.body);
      req.end();
    });
    pending.add(done);
    done.then(() => pending.delete(done));
  };
  while (performance.now() - start < seconds * 1000) {
    const elapsed = performance.now() - start;
    while (sent * interval <= elapsed) fire(start + sent++ * interval);
    const second = Math.floor(elapsed / 1000);
    if (second > lastSecond) {
      lastSecond = second;
      onSecond?.(second);
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(pending);
  agent.destroy();
  return { stats: [...stats.values()], sent, seconds: (performance.now() - start) / 1000 };
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '—');

async function main() {
  const machine = `${machineLine()}${instances > 1 ? `, ${instances} instances behind nginx` : ''}`;
  console.log(`API benchmark, scale ${scale}: ${machine}`);
  // --database URL: a database kept by an earlier run (--keep), already seeded: no seeding, not dropped.
  const reuse = options.get('database');
  const database = reuse
    ? { url: reuse, drop: async () => console.log(`kept database ${reuse}`) }
    : await createTemporaryDatabase('vigilo_bench_api');
  let server: TServers | undefined;
  let created: { organisationId: string; since: Date } | undefined;
  try {
    const seedStarted = performance.now();
    const lists = availableLists();
    if (!reuse)
      await runVigilo(
        [
          'seed',
          '--scale',
          scale,
          '--seed',
          seed,
          '--today',
          today,
          '--password',
          benchPassword,
          ...lists.flatMap((l) => ['--list', l]),
        ],
        { DATABASE_URL: database.url, LOG_LEVEL: 'warn' },
      );
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    server = await startServers(database.url);
    meter = cpuMeter(server.pids);
    console.log(
      `${instances} × vigilo serve on PostgreSQL${instances > 1 ? ' behind nginx' : ''} ready in ${(server.startedMs / 1000).toFixed(1)} s`,
    );
    const sessions = {
      officer: await Promise.all([1, 2, 3, 4].map(() => signIn(server!.url, 'bench.officer'))),
      collaborator: await Promise.all([1, 2, 3, 4].map(() => signIn(server!.url, 'bench.collaborator'))),
    };
    created = { organisationId: sessions.officer[0]!.organisationId, since: await databaseNow(database.url) };
    const ids = await prepare(server.url, database.url, sessions.officer[0]!);
    const list = endpoints(sessions, ids);
    await waitForIdleJobs(database.url);
    const prof = await profiler();
    // Warm-up: the screening index is built on the first screening, statistics and caches fill.
    await runMixed(server.url, list, 5);

    console.log(
      `\n1. Each endpoint alone: autocannon, ${connections} connections, ${duration} s in ${slices} slice(s), alternating with the ceiling`,
    );
    const ceilingRoute = {
      name: 'ceiling: GET /api/health/session',
      make: () => ({ method: 'GET', path: '/api/health/session', headers: headersOf(sessions.officer[0]!) }),
    };
    const ceilingSlices: TCannonResult[] = [];
    const single: TSlicedResult[] = [];
    for (const endpoint of list) {
      if (only && !only.some((word) => endpoint.name.includes(word))) continue;
      const result = await alongCeiling(server.url, endpoint, ceilingRoute, ceilingSlices, prof.profile);
      single.push(result);
      const beside = ceilingSlices.slice(-slices).map((r) => r.rps.toFixed(0));
      console.log(
        `  ${result.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, ratio to ceiling ${result.ratio.toFixed(2)} (ceiling beside it: ${beside.join(', ')} req/s), machine CPU ${perRequest(result, 'machine')} µs per request [load ${loadAverage()}]`,
      );
    }
    // With no endpoint chosen (`--only none`, as for a step-up run), the ceiling is still measured.
    if (ceilingSlices.length === 0)
      ceilingSlices.push(await cannon(server.url, ceilingRoute.name, ceilingRoute.make));
    const ceiling = ceilingSummary(ceilingRoute.name, ceilingSlices);

    prof.close();
    let mixed: Awaited<ReturnType<typeof runMixed>> | undefined;
    const rssBefore = server.rss();
    if (mixedSeconds > 0) {
      console.log(`\n2. Mixed, open loop at ${rate} req/s for ${mixedSeconds} s [load ${loadAverage()}]`);
      mixed = await runMixed(server.url, list, mixedSeconds);
    }
    const rssAfter = server.rss();
    const stepLines = stepUp ? await stepUpRun(server.url, list) : [];
    let soakLines: string[] = [];
    if (soakSeconds > 0) soakLines = await soak(server, list);

    const markdown = report({
      machine,
      seedSeconds,
      startupMs: server.startedMs,
      single,
      ceiling,
      mixed,
      rssBefore,
      rssAfter,
      stepLines,
      soakLines,
    });
    console.log(`\n${markdown}`);
    if (options.get('no-write') !== 'true') writePerformanceSection('api', markdown);
  } finally {
    await server?.stop();
    if (reuse && created) await removeCreatedContacts(reuse, created);
    if (options.get('keep') === 'true') console.log(`kept database ${database.url}`);
    else await database.drop();
  }
}

async function databaseNow(url: string): Promise<Date> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query<{ now: Date }>('select now() as now')).rows[0]!.now;
  } finally {
    await db.end();
  }
}

/**
 * A kept database stays the same from run to run: the contacts this run created (and what their creation
 * wrote beside them) are deleted again. Otherwise each run grew the largest agency by thousands of contacts
 * and its searches slowed from one run to the next (37,000 to 92,000 contacts in one sitting). Their audit
 * events stay: the chains must verify.
 */
async function removeCreatedContacts(url: string, created: { organisationId: string; since: Date }) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('begin');
    await db.query(
      `create temporary table bench_created on commit drop as
       select id from contacts where organisation_id = $1 and created_at >= $2`,
      [created.organisationId, created.since],
    );
    const tables = ['risk_profiles', 'screening_hits', 'screenings', 'contact_retention', 'contact_versions'];
    for (const table of tables)
      await db.query(`delete from ${table} where contact_id in (select id from bench_created)`);
    const removed = await db.query('delete from contacts where id in (select id from bench_created)');
    await db.query('commit');
    console.log(`removed the ${removed.rowCount} contacts this run created from the kept database`);
  } catch (error) {
    await db.query('rollback');
    console.log(`could not remove the contacts this run created: ${(error as Error).message}`);
  }
  try {
    // What autovacuum would do (it is off on our CI's PostgreSQL): otherwise the next run's lists read
    // through the dead rows at the top of the agency's index (the newest-first page: 0.6 ms became 1.7).
    await db.query(
      'vacuum analyze risk_profiles, screening_hits, screenings, contact_retention, contact_versions, contacts',
    );
  } catch (error) {
    console.log(`could not vacuum the kept database: ${(error as Error).message}`);
  } finally {
    await db.end();
  }
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** One step's verdict: the targets of the mixed run, and the server keeping up (the last answer within 2 s of the end). */
function stepVerdict(result: Awaited<ReturnType<typeof runMixed>>, seconds: number) {
  const sorted = (kind: 'read' | 'write') =>
    result.stats
      .filter((s) => s.kind === kind)
      .flatMap((s) => s.latencies)
      .sort((a, b) => a - b);
  const reads = sorted('read');
  const writes = sorted('write');
  const errors = result.stats.reduce((sum, s) => sum + s.errors, 0);
  const readP99 = percentile(reads, 99);
  const writeP99 = percentile(writes, 99);
  const keptUp = result.seconds < seconds + 2;
  const held = errors === 0 && readP99 < 50 && writeP99 < 150 && keptUp;
  return { reads, writes, errors, readP99, writeP99, keptUp, held };
}

/** The step-up run: the mix at rising rates until one misses its targets; the capacity is the last that held. */
async function stepUpRun(url: string, list: TEndpoint[]): Promise<string[]> {
  const rates =
    stepUp && stepUp !== 'true'
      ? stepUp.split(',').map(Number)
      : Array.from({ length: Math.floor(stepMax / 100) }, (_, i) => (i + 1) * 100);
  console.log(`\n3. Step-up: the mix at ${rates.join(', ')} req/s, ${stepSeconds} s each`);
  const lines = [
    '| rate req/s | load average at start | requests | reads p50 ms | reads p99 ms | writes p50 ms | writes p99 ms | errors | drained s after the end | held |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  let capacity = 0;
  for (const stepRate of rates) {
    const load = loadAverage();
    const result = await runMixed(url, list, stepSeconds, undefined, stepRate);
    const v = stepVerdict(result, stepSeconds);
    const line = `| ${stepRate} | ${load} | ${result.sent} | ${ms(percentile(v.reads, 50))} | ${ms(v.readP99)} | ${ms(percentile(v.writes, 50))} | ${ms(v.writeP99)} | ${v.errors} | ${(result.seconds - stepSeconds).toFixed(1)} | ${v.held ? 'yes' : '**no**'} |`;
    lines.push(line);
    console.log(`  ${line}`);
    if (!v.held) break;
    capacity = stepRate;
  }
  lines.push(
    '',
    capacity > 0
      ? `Capacity (last rate that held): **${capacity} req/s** of the mix.`
      : `Capacity: **below ${rates[0]} req/s** of the mix (the first step did not hold).`,
  );
  return lines;
}

/** The memory soak: the same mix at the same rate, the server's RSS every 30 s. */
async function soak(server: { url: string; rss: () => number }, list: TEndpoint[]): Promise<string[]> {
  console.log(`\n3. Soak: ${soakSeconds} s at ${rate} req/s, server RSS every 30 s`);
  const lines: string[] = [];
  const sample = (second: number) => {
    if (second % 30 !== 0) return;
    const line = `${String(second).padStart(4)} s  ${server.rss().toFixed(0)} MiB`;
    lines.push(line);
    console.log(`  ${line}`);
  };
  sample(0);
  const result = await runMixed(server.url, list, soakSeconds, sample);
  const errors = result.stats.reduce((sum, s) => sum + s.errors, 0);
  const all = result.stats.flatMap((s) => s.latencies).sort((a, b) => a - b);
  lines.push(
    `${result.sent} requests, ${errors} errors, p50 ${ms(percentile(all, 50))} ms, p99 ${ms(percentile(all, 99))} ms`,
  );
  // What went wrong, as the mixed run prints it: an error count alone says nothing to mend.
  for (const stat of result.stats)
    for (const sample of stat.samples) lines.push(`${stat.name} error sample: ${sample}`);
  return lines;
}

/** The ceiling's row: the mean of all its slices, and their spread. */
function ceilingSummary(name: string, runs: TCannonResult[]): TSlicedResult & { low: number; high: number } {
  const rates = runs.map((r) => r.rps);
  return { ...combined(name, runs), ratio: 1, low: Math.min(...rates), high: Math.max(...rates) };
}

/** CPU microseconds per answered request, for one side. */
function perRequest(result: TCannonResult, side: keyof TCpuSpent): string {
  // No request (a division by zero) and a PostgreSQL on another machine (NaN) both print "—".
  const micros = (result.cpu[side] * 1e6) / result.requests;
  return Number.isFinite(micros) ? micros.toFixed(0) : '—';
}

function report(input: {
  machine: string;
  seedSeconds: number;
  startupMs: number;
  single: TSlicedResult[];
  ceiling: ReturnType<typeof ceilingSummary>;
  mixed: Awaited<ReturnType<typeof runMixed>> | undefined;
  rssBefore: number;
  rssAfter: number;
  stepLines: string[];
  soakLines: string[];
}): string {
  const { mixed } = input;
  const lines = [
    `Measured ${today}, scale \`${scale}\` (seeded in ${input.seedSeconds.toFixed(0)} s), ${input.machine}.`,
    `\`vigilo serve\` on this PostgreSQL database answered /api/health ${(input.startupMs / 1000).toFixed(1)} s after it was started.`,
    '',
    `**Each endpoint alone** (autocannon, ${connections} connections, ${duration} s each in ${slices} slice(s) alternating with the ceiling's; ratio = the endpoint's requests ÷ the ceiling's in the slices beside them; the ceiling's slices ranged ${input.ceiling.low.toFixed(0)}–${input.ceiling.high.toFixed(0)} req/s):`,
    '',
    '| endpoint | req/s | p50 ms | p99 ms | errors | ratio to ceiling | CPU µs per request: machine | server | PostgreSQL | load generator |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...[input.ceiling, ...input.single].map(
      (r) =>
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.ratio.toFixed(2)} | ${perRequest(r, 'machine')} | ${perRequest(r, 'servers')} | ${perRequest(r, 'postgres')} | ${perRequest(r, 'generator')} |`,
    ),
    '',
    `The machine's CPU per request is every process's and the kernel's; once the ceiling and an endpoint both saturate the ${cpus().length} cores, the ratio to the ceiling is close to the ceiling's machine CPU per request ÷ the endpoint's, and the other columns say on which side the difference lies.`,
  ];
  if (mixed) lines.push(...mixedReport(mixed, input.rssBefore, input.rssAfter));
  if (input.stepLines.length)
    lines.push('', `**Step-up** (the mix, open loop, ${stepSeconds} s per rate):`, '', ...input.stepLines);
  if (input.soakLines.length)
    lines.push(
      '',
      `**Soak** (${soakSeconds} s at ${rate} req/s, server RSS):`,
      '',
      '```',
      ...input.soakLines,
      '```',
    );
  return lines.join('\n');
}

function mixedReport(
  mixed: Awaited<ReturnType<typeof runMixed>>,
  rssBefore: number,
  rssAfter: number,
): string[] {
  const lines = [
    '',
    `**Mixed** (open loop at ${rate} req/s for ${mixed.seconds.toFixed(0)} s, ${mixed.sent} requests; targets: p99 < 50 ms reads, < 150 ms writes, no errors):`,
    '',
    '| endpoint | kind | requests | p50 ms | p99 ms | errors | target met |',
    '|---|---|---:|---:|---:|---:|---|',
  ];
  for (const stat of mixed.stats) {
    const sorted = [...stat.latencies].sort((a, b) => a - b);
    const p99 = percentile(sorted, 99);
    const met = stat.errors === 0 && p99 < (stat.kind === 'read' ? 50 : 150);
    lines.push(
      `| ${stat.name} | ${stat.kind} | ${sorted.length} | ${ms(percentile(sorted, 50))} | ${ms(p99)} | ${stat.errors} | ${met ? 'yes' : '**no**'} |`,
    );
    for (const sample of stat.samples) console.log(`  ${stat.name} error sample: ${sample}`);
  }
  const reads = mixed.stats
    .filter((s) => s.kind === 'read')
    .flatMap((s) => s.latencies)
    .sort((a, b) => a - b);
  const writes = mixed.stats
    .filter((s) => s.kind === 'write')
    .flatMap((s) => s.latencies)
    .sort((a, b) => a - b);
  lines.push(
    `| **all reads** | read | ${reads.length} | ${ms(percentile(reads, 50))} | ${ms(percentile(reads, 99))} | | |`,
    `| **all writes** | write | ${writes.length} | ${ms(percentile(writes, 50))} | ${ms(percentile(writes, 99))} | | |`,
    '',
    `Server memory (RSS) ${rssBefore.toFixed(0)} MiB before the mixed run, ${rssAfter.toFixed(0)} MiB after; load average at the end ${loadAverage()}.`,
  );
  return lines;
}

await main();

type TServers = {
  url: string;
  startedMs: number;
  pids: () => number[];
  rss: () => number;
  stop: () => Promise<void>;
};

/**
 * `--instances` servers on the one database; with more than one, nginx in front (round robin, as in the
 * multi-instance test) and the memory is their sum. The CPU profiler, if asked, watches the first.
 */
async function startServers(databaseUrl: string): Promise<TServers> {
  const started = await Promise.all(
    Array.from({ length: instances }, (_, i) =>
      startServer(
        {
          DATABASE_URL: databaseUrl,
          TRUST_PROXY: 'true',
          // The seed loaded the lists: no snapshot load and no fetch (unreachable here), whose new versions
          // would re-screen every seeded contact in the background of the measurement.
          LISTS_BOOTSTRAP: 'false',
          LISTS_AUTO_UPDATE: 'false',
          ...(cpuProfDir && i === 0 ? { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` } : {}),
        },
        3900 + i * 100 + Math.floor(Math.random() * 90),
      ),
    ),
  );
  const front = instances > 1 ? await startNginx(started.map((s) => s.port)) : null;
  return {
    url: front?.url ?? started[0]!.url,
    startedMs: Math.max(...started.map((s) => s.startedMs)),
    pids: () => started.map((s) => s.child.pid!),
    rss: () => started.reduce((sum, s) => sum + rssMiB(s.child.pid!), 0),
    stop: async () => {
      await stopProcess(front?.child, 'SIGQUIT');
      await Promise.all(started.map((s) => s.stop()));
    },
  };
}

/**
 * Waits (up to ten minutes) until the job queue has nothing due: on a freshly seeded database the first
 * start sends thousands of review reminders, which would otherwise be measured as the API's own cost.
 */
async function waitForIdleJobs(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    for (;;) {
      const { rows } = await client.query(
        "select count(*)::int as n from jobs where status in ('pending', 'running') and run_at <= now()",
      );
      const due = (rows[0] as { n: number }).n;
      const seconds = (performance.now() - started) / 1000;
      if (due === 0 || seconds > 600) {
        console.log(`Job queue idle after ${seconds.toFixed(0)} s (${due} due jobs left)`);
        return;
      }
      await new Promise((r) => setTimeout(r, 2000));
    }
  } finally {
    await client.end();
  }
}
