/**
 * What the benchmark scripts share: a temporary PostgreSQL database, `vigilo seed` and `vigilo serve` as
 * child processes (the real CLI, as an operator runs it), sign-in over HTTP, percentiles, and writing a
 * section of docs/PERFORMANCE.md between its markers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const root = new URL('..', import.meta.url).pathname;
export const vigiloBin = join(root, 'packages/server/bin/vigilo.mjs');
export const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const benchPassword = 'Vigilo-bench-2026';
export const benchSecret = 'bench-secret-bench-secret-bench-secret-0123456789';

/** Command-line options as `--name value` (or `--flag`). */
export function cliOptions(argv = process.argv.slice(2)): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      options.set(arg.slice(2), next);
      i++;
    } else options.set(arg.slice(2), 'true');
  }
  return options;
}

/** A new, empty database on the PostgreSQL server; `drop` removes it (with its connections). */
export async function createTemporaryDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/** Runs a `vigilo` command to completion, echoing its output; rejects on a non-zero exit. */
export function runVigilo(args: string[], env: Record<string, string>, echo = true): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vigiloBin, ...args], { env: { ...process.env, ...env } });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) process.stdout.write(chunk.toString().replace(/^/gm, '    '));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`vigilo ${args[0]} exited ${code}`)),
    );
  });
}

/** The list snapshots that ship with Vigilo (packages/server/lists), which the seeded screenings refer to. */
export function availableLists(): string[] {
  const folder = join(root, 'packages/server/lists');
  return ['eu-fsf-1.1-20260501.xml.gz', 'un-consolidated-20260227.xml.gz']
    .map((file) => join(folder, file))
    .filter((file) => existsSync(file));
}

export type TServer = {
  url: string;
  port: number;
  child: ChildProcess;
  startedMs: number;
  /** CPU seconds (user + system) the server had used when it first answered: load-independent. */
  startedCpuSeconds: number;
  stop: () => Promise<void>;
};

/** CPU seconds (user + system) a process has used so far (Linux /proc, clock ticks of 1/100 s). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds so far: the machine's busy time (all cores), the given processes', PostgreSQL's, this one's. */
export type TCpuSnapshot = {
  machine: number;
  servers: number;
  postgres: Map<number, number>;
  generator: number;
};

/** CPU seconds spent between a snapshot and now, per side. */
export type TCpuSpent = { machine: number; servers: number; postgres: number; generator: number };

/**
 * Where a run's CPU went, from Linux /proc: the server processes, PostgreSQL's processes on this machine
 * (every process named `postgres`: backends, WAL writer…), the load generator (this process) and the
 * whole machine. A ratio to the ceiling is a ratio of the machine's CPU per request once both saturate it,
 * so this says which side an endpoint's extra cost is on (docs/PERFORMANCE.md).
 */
export function cpuMeter(serverPids: () => number[]) {
  // user, nice, system, irq and softirq: not idle, not waiting for disk, not stolen by the hypervisor (and
  // not guest time, which Linux already counts in user).
  const machineBusy = () => {
    const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (user! + nice! + system! + irq! + softirq!) / 100;
  };
  const postgres = () => {
    const found = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
          found.set(Number(entry), cpuSeconds(Number(entry)));
      } catch {
        // the process ended while we read it
      }
    }
    return found;
  };
  const generator = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1e6;
  };
  const servers = () => serverPids().reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  return {
    snapshot: (): TCpuSnapshot => ({
      machine: machineBusy(),
      servers: servers(),
      postgres: postgres(),
      generator: generator(),
    }),
    /**
     * A backend that ended in between is left out (its last seconds are lost): never a negative figure.
     * PostgreSQL on another machine is not seen: NaN, printed as "—".
     */
    since: (before: TCpuSnapshot): TCpuSpent => {
      let spentByPostgres = before.postgres.size === 0 ? Number.NaN : 0;
      for (const [pid, seconds] of postgres()) spentByPostgres += seconds - (before.postgres.get(pid) ?? 0);
      return {
        machine: machineBusy() - before.machine,
        servers: servers() - before.servers,
        postgres: spentByPostgres,
        generator: generator() - before.generator,
      };
    },
  };
}

/** Polls a URL until it answers 200; returns the milliseconds waited. */
export async function waitForHealth(url: string, timeoutMs = 60_000, child?: ChildProcess): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > timeoutMs) throw new Error(`${url} did not become healthy`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** `vigilo serve` as a child process on a loopback port; resolves once /api/health answers. */
export async function startServer(env: Record<string, string>, port: number): Promise<TServer> {
  const started = performance.now();
  const child = spawn(process.execPath, [vigiloBin, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: benchSecret,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'vigilo-bench-')),
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, 120_000, child);
  const startedMs = performance.now() - started;
  const startedCpuSeconds = cpuSeconds(child.pid!);
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  return { url, port, child, startedMs, startedCpuSeconds, stop };
}

/** Resident memory of a process, in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
}

export type TSession = { cookie: string; csrfToken: string; organisationId: string };

let ipCounter = 1;
/** A distinct client address per sign-in (sent as X-Forwarded-For; the server runs with TRUST_PROXY). */
export function nextClientIp(): string {
  const n = ipCounter++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** Signs in through the API and activates the account's first organisation, as the web app does. */
export async function signIn(baseUrl: string, login: string, password = benchPassword): Promise<TSession> {
  const ip = nextClientIp();
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ login, password }),
  });
  if (!response.ok) throw new Error(`login ${login}: ${response.status} ${await response.text()}`);
  const token = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('vigilo_session='))!
    .split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const headers = {
    cookie: token,
    'x-csrf-token': csrfToken,
    'content-type': 'application/json',
    'x-forwarded-for': ip,
  };
  const mine = (await (await fetch(`${baseUrl}/api/organisations`, { headers })).json()) as {
    memberships: { organisation: { id: string } }[];
  };
  const organisationId = mine.memberships[0]!.organisation.id;
  const switched = await fetch(`${baseUrl}/api/session/active-organisation`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ organisationId }),
  });
  if (!switched.ok) throw new Error(`switch organisation: ${switched.status}`);
  return { cookie: token, csrfToken, organisationId };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The machine, for the figures' context. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `${cpus().length} vCPU (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, load average at start ${load}`;
}

/** Replaces the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in docs/PERFORMANCE.md. */
export function writePerformanceSection(name: string, markdown: string): void {
  const file = join(root, 'docs/PERFORMANCE.md');
  const text = readFileSync(file, 'utf8');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) {
    console.log(`(docs/PERFORMANCE.md has no ${start} … ${end} markers: figures not written)`);
    return;
  }
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${markdown.trim()}\n${text.slice(to)}`);
  console.log(`Figures written to docs/PERFORMANCE.md (${name}).`);
}
